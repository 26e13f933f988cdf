// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { selectionOffsets } from "./selection";

const text = "Putin told Trump: “Keep it quiet.” The book reportedly claims they spoke.";

let container: HTMLElement;
beforeEach(() => {
  // The reader's markup: plain text with highlights nested around parts of it.
  document.body.innerHTML =
    `<p id="outside">Elsewhere</p><div id="text"><a>Putin</a> told <a>Trump</a>: ` +
    `<span><mark>“Keep it quiet.”</mark></span> <span class="claim">The book <b>reportedly</b> claims they spoke.</span></div>`;
  container = document.getElementById("text")!;
});

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number) {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe("selectionOffsets", () => {
  it("maps a selection across nested highlights to offsets in the article text", () => {
    const mark = container.querySelector("mark")!.firstChild!;
    const bold = container.querySelector("b")!.firstChild!;
    const offsets = selectionOffsets(container, select(mark, 1, bold, 10));
    expect(offsets).toEqual({ start: 19, end: 54 });
    expect(text.slice(offsets!.start, offsets!.end)).toBe("Keep it quiet.” The book reportedly");
  });

  it("is null for a collapsed selection or one reaching outside the text", () => {
    const told = container.childNodes[1]!;
    expect(selectionOffsets(container, select(told, 2, told, 2))).toBeNull();
    expect(selectionOffsets(container, select(document.getElementById("outside")!.firstChild!, 0, told, 3))).toBeNull();
    expect(selectionOffsets(container, null)).toBeNull();
  });
});
