import { check, DraftChecker, type CheckOptions, type CheckResult } from '../check';

/**
 * A long draft's first check in steps, as the language server makes it, with
 * another draft checked between every `every` steps (the `others` in turn),
 * as the server checks other drafts meanwhile. Returns the first check's
 * result and how many other checks ran.
 */
export function checkedInStepsBeside(text: string, others: readonly string[], every: number, options: CheckOptions): { result: CheckResult; others: number } {
  const steps = new DraftChecker().steps(text, options);
  let checked = 0;
  for (let n = 1; ; n++) {
    const step = steps.next();
    if (step.done) return { result: step.value, others: checked };
    if (n % every === 0) {
      check(others[n % others.length], options);
      checked++;
    }
  }
}
