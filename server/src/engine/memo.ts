/**
 * Memos of pure functions, kept for the life of the process so that the next
 * check of a draft (a keystroke later) finds what the last one worked out.
 * Each is bounded: past its limit it forgets everything and starts over,
 * so a day of typing cannot grow it without end, and a check never pays
 * more than one refill.
 */

/** `fn` remembered by its string argument. */
export function memoize<T>(fn: (key: string) => T, limit = 100_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as T;
    if (known.size >= limit) known.clear();
    const value = fn(key);
    known.set(key, value);
    return value;
  };
}

/** `fn` remembered by its two string arguments, in order (no key is built by joining them). */
export function memoizePair<T>(fn: (a: string, b: string) => T, limit = 200_000): (a: string, b: string) => T {
  const known = new Map<string, Map<string, T>>();
  let size = 0;
  return (a, b) => {
    let row = known.get(a);
    const hit = row?.get(b);
    if (hit !== undefined || row?.has(b)) return hit as T;
    if (size >= limit) {
      known.clear();
      size = 0;
      row = undefined;
    }
    if (!row) {
      row = new Map();
      known.set(a, row);
    }
    const value = fn(a, b);
    row.set(b, value);
    size++;
    return value;
  };
}
