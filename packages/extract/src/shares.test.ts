import { describe, expect, it } from "vitest";
import { shareEndingAt } from "./shares.js";

/** The share ending right before the verb that follows `before` in `sentence`. */
const shareBefore = (sentence: string, before: string) => shareEndingAt(sentence, 0, sentence.indexOf(before) - 1)?.text ?? null;

describe("poll shares as sources", () => {
  it("reads a share of people ending right before a verb", () => {
    expect(shareBefore("Asked about it, 72 percent of Democrats said yes.", "said")).toBe("72 percent of Democrats");
    expect(shareBefore("About four in 10 South Carolina Republican primary voters say they want change.", "say")).toBe("About four in 10 South Carolina Republican primary voters");
    expect(shareBefore("But majorities in all five say they want immigrants to stay.", "say")).toBe("majorities in all five");
    expect(shareBefore("Less than a third agreed with the President.", "agreed")).toBe("Less than a third");
    expect(shareBefore("Only a quarter of Americans agree with him.", "agree")).toBe("Only a quarter of Americans");
    expect(shareBefore("But most Republicans agreed they had no recourse.", "agreed")).toBe("most Republicans");
    expect(shareBefore("Until the shutdown, most of them said they had loved working there.", "said")).toBe("most of them");
  });
  it("stops at a clause, and reads no share where none is of people", () => {
    expect(shareBefore("Earnings rose 0.4 percent after showing no increase.", "showing")).toBeNull();
    expect(shareBefore("The most telling promise she has made is that.", "promise")).toBeNull();
    expect(shareBefore("Senators Cruz and Paul do it, most explicitly by proposing a tax.", "proposing")).toBeNull();
    expect(shareBefore("In the first half of the 20th century consistently supported civil rights.", "consistently")).toBeNull();
    expect(shareBefore("Only 1 percent of the sales force had been involved with what lawmakers called fraud.", "called")).toBeNull();
    expect(shareBefore("Nearly 60 percent of Mrs. Clinton's reported contributions came from women.", "reported")).toBeNull();
    expect(shareBefore("Trump won the state and voters said he was right.", "said")).toBeNull();
  });
});
