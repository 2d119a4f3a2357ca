/**
 * What is worked out from one paragraph's own tokens, kept as long as the
 * paragraph is. A layout kept for a draft reuses a paragraph object only while
 * its text is unchanged (layout.ts), and never replaces its tokens; so what
 * depends on a paragraph's tokens and nothing else is still right when the
 * paragraph has moved. Keep no offsets in it, only tokens and indices.
 */
import type { Paragraph } from './model';

export function paragraphMemo<T>(): (paragraph: Paragraph, make: () => T) => T {
  const kept = new WeakMap<Paragraph, T>();
  return (paragraph, make) => {
    let value = kept.get(paragraph);
    if (value === undefined) kept.set(paragraph, (value = make()));
    return value;
  };
}
