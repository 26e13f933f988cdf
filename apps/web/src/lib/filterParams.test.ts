import { describe, expect, it } from "vitest";
import { dayParam, personParam, withParams } from "./filterParams";

describe("filter params", () => {
  it("reads days as the start or end of the UTC day, and ignores junk", () => {
    const p = new URLSearchParams("from=2024-10-09&to=2024-10-10&bad=yesterday");
    expect(dayParam(p, "from")).toBe("2024-10-09T00:00:00.000Z");
    expect(dayParam(p, "to", true)).toBe("2024-10-10T23:59:59.999Z");
    expect(dayParam(p, "bad")).toBeNull();
  });

  it("keeps a person's name beside the id and removes emptied keys", () => {
    const p = withParams(new URLSearchParams("q=x"), { speaker: "abc", speakerName: "Jason Miller", q: "" });
    expect(p.toString()).toBe("speaker=abc&speakerName=Jason+Miller");
    expect(personParam(p, "speaker")).toEqual({ id: "abc", name: "Jason Miller" });
  });
});
