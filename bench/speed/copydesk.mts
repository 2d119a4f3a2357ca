/**
 * Copydesk's engine as the speed bench runs it, in this process: a full
 * check, and a check that redoes only what an edit touched.
 */
import { createRequire } from 'node:module';
import type { CheckResult } from '../../server/src/engine/check';
import type { SpellingDictionaries } from '../../server/src/engine/spelling';

// Required like the dictionaries in run.mts, so that the engine and its dictionaries are one set of CommonJS modules.
const require = createRequire(import.meta.url);
const engine = require('../../server/src/engine/check') as typeof import('../../server/src/engine/check');
const { chunkCache } = require('../../server/src/engine/parse') as typeof import('../../server/src/engine/parse');

/** The check the CLI makes of a file: all twelve rules, findings without their suggestions (those are made when asked for). */
export function fullCheck(dictionaries: SpellingDictionaries): (text: string) => CheckResult {
  return (text) => engine.check(text, { languageId: 'plaintext', dictionaries });
}

/**
 * Drops the process-wide cache of parsed paragraphs. The bench checks the
 * same text over and over, and with the cache every run after the first
 * would parse nothing: a full check is one of text not parsed yet, as when
 * the CLI reads a new file.
 */
export function forgetParses(): void {
  chunkCache.clear();
}

/** A checker kept for one draft, as the language server keeps one per open draft: each check redoes only what the last edit touched. */
export function incrementalChecker(dictionaries: SpellingDictionaries): (text: string) => CheckResult {
  const checker = new engine.DraftChecker();
  return (text) => checker.check(text, { languageId: 'plaintext', dictionaries });
}

/**
 * Where the bench types in run `run`: at the end of a word between 30% and
 * 70% of the way into the text, a different one each run.
 */
export function typingPoint(text: string, run: number): number {
  const fraction = 0.3 + ((run * 0.37) % 0.4);
  const at = text.indexOf(' ', Math.floor(text.length * fraction));
  return at > 0 ? at : text.length;
}
