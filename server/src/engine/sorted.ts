/**
 * Searching what the engine keeps in text order (tokens, words, paragraphs'
 * starts, attributions by their cue) by offset.
 */

/** The index of the first item starting at or after `offset` (the list's length if none does). */
export function firstAtOrAfter<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
