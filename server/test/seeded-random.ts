/**
 * A small seeded random generator (mulberry32), for tests and benches that
 * must do the same thing on every run: inject the same typos, respell the
 * same names, replay a failing edit storm from the seed in its name.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
