/**
 * Work made in steps: a generator that yields between steps, so that a
 * caller with other work to answer (the language server, its editor) can
 * run them a few at a time. Run at once, it is the same work.
 */

/** Runs the steps of a work made in steps to its end, and returns what it made. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
