/**
 * Timing several tools fairly on a shared machine: one run of each in turn
 * (A B C D A B C D …), so that a burst of load from elsewhere lands on all of
 * them alike, after warm-up runs that are thrown away.
 */

export interface Contender {
  name: string;
  /** How many timed runs; fewer than the rounds for a slow tool, spread evenly over them. */
  runs: number;
  /** Untimed, before each run (e.g. dropping a cache of the text about to be checked). */
  prepare?(): Promise<void> | void;
  run(): Promise<unknown> | unknown;
}

// No forced garbage collection between runs: tried (node --expose-gc, gc() before each run), it made Copydesk and cspell
// several times slower on the seed and noisier, so V8 collects when it decides to, as it does in an editor.

/** Each contender's timings in milliseconds, in run order (warm-up runs left out). */
export async function alternate(contenders: Contender[], rounds: number, warmUpRounds: number, progress?: (line: string) => void): Promise<Map<string, number[]>> {
  const times = new Map(contenders.map((c) => [c.name, [] as number[]]));
  for (let round = -warmUpRounds; round < rounds; round++) {
    for (const contender of contenders) {
      if (round >= 0 && !takesPart(round, contender.runs, rounds)) continue;
      await contender.prepare?.();
      const began = performance.now();
      await contender.run();
      const took = performance.now() - began;
      if (round >= 0) times.get(contender.name)!.push(took);
    }
    progress?.(round < 0 ? `warm-up round ${round + warmUpRounds + 1} of ${warmUpRounds}` : `round ${round + 1} of ${rounds}`);
  }
  return times;
}

/** Whether a contender with `runs` runs in all runs in round `round` of `rounds`: every round if runs ≥ rounds, else evenly spaced ones. */
function takesPart(round: number, runs: number, rounds: number): boolean {
  if (runs >= rounds) return true;
  return Math.floor(((round + 1) * runs) / rounds) > Math.floor((round * runs) / rounds);
}
