/**
 * Copydesk's engine as the speed bench runs it, in this process: a full
 * check, and — where the engine has one — a check that redoes only what an
 * edit touched.
 */
import { createRequire } from 'node:module';
import type { CheckOptions, CheckResult } from '../../server/src/engine/check';
import type { SpellingDictionaries } from '../../server/src/engine/spelling';

// Required like the dictionaries in run.mts, so that the engine and its dictionaries are one set of CommonJS modules.
const engine = createRequire(import.meta.url)('../../server/src/engine/check') as typeof import('../../server/src/engine/check');

/**
 * `shareParses: false` (an option of engines that keep a process-wide cache
 * of parsed paragraphs; older engines ignore it): the bench checks the same
 * text over and over, and with the cache every run after the first would
 * parse nothing. A full check here is a check of text not yet parsed, as the
 * CLI does it on a new file.
 */
type BenchCheckOptions = CheckOptions & { shareParses?: boolean };

export function fullCheck(dictionaries: SpellingDictionaries): (text: string) => CheckResult {
  const options: BenchCheckOptions = { languageId: 'plaintext', dictionaries, shareParses: false };
  return (text) => engine.check(text, options);
}

/** What the bench needs of an incremental checker: checking a draft again after each edit. */
export interface IncrementalChecker {
  check(text: string): CheckResult;
}

/**
 * HOOK for the incremental engine: a checker kept for one draft, or
 * undefined when the engine has none. It looks for the `DraftChecker` class
 * that server/src/engine/check.ts exports once the incremental engine is in
 * (branch perf); if that API changes, this is the one place to adapt. The
 * language server uses it with `shareParses: false`, and so does the bench.
 */
export function incrementalChecker(dictionaries: SpellingDictionaries): IncrementalChecker | undefined {
  const DraftChecker = (engine as unknown as { DraftChecker?: new (options: BenchCheckOptions) => IncrementalChecker }).DraftChecker;
  return DraftChecker ? new DraftChecker({ languageId: 'plaintext', dictionaries, shareParses: false }) : undefined;
}

/**
 * Where the bench types: just before the space after the word nearest
 * `fraction` of the way into the text (different for each run, so that no
 * run repeats the one before).
 */
export function typingPoint(text: string, run: number): number {
  const fraction = 0.3 + ((run * 0.37) % 0.4);
  const at = text.indexOf(' ', Math.floor(text.length * fraction));
  return at > 0 ? at : text.length;
}
