// The article text container holds the article's text and nothing else (highlights only wrap it),
// so lengths of its text are offsets into `Article.text`.

/** Offsets of the current selection within `container`'s text, or null when nothing inside it is selected. */
export function selectionOffsets(container: HTMLElement, selection: Selection | null = window.getSelection()): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = container.ownerDocument.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}
