/**
 * Binary search over a sorted list: the index of the first item for which `before` is false, where `before` holds
 * for a prefix of the list (items before an offset). `tokenIndexAt` in tokens.ts keeps its own loop: it is hot.
 */
export function firstIndexNotBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
