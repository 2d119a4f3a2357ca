/**
 * The one interface every rule implements. A rule reads the article model and
 * returns findings; it never parses text and never talks to an editor.
 */
import type { ArticleModel, Sentence } from '../engine/model';
import type { CopydeskConfig } from '../engine/config';
import type { Finding, Severity } from '../engine/findings';
import type { SpellingDictionaries } from '../engine/spelling';

export interface RuleContext {
  config: CopydeskConfig;
  /** The English dictionaries, when the adapter loaded them (the spelling rules need them). */
  dictionaries?: SpellingDictionaries;
  /** The adapter is loading them still: the spelling rules wait for a later check. */
  dictionariesLoading?: boolean;
}

export interface Rule {
  /** Stable id: configs, docs, tests and outside tools depend on it. */
  id: string;
  defaultSeverity: Severity;
  /** One line for a journalist: what it catches. */
  description: string;
  /** A paragraph for the README and hovers: what it flags, what it deliberately does not. */
  docs: string;
  /** Findings carry the default severity; the engine applies the configured one. */
  check(model: ArticleModel, context: RuleContext): Finding[];
  /**
   * Fills in what is costly to compute (suggestions, fixes) for one finding,
   * when an editor or the CLI asks for it; the keystroke path skips it.
   */
  resolve?(finding: Finding, model: ArticleModel, context: RuleContext): Finding;
  /**
   * Reads one sentence ahead of `check`, which then finds it read: for a long
   * draft's first check, made in steps (see DraftChecker.steps), by a rule
   * whose first reading of such a draft takes long.
   */
  readAhead?(sentence: Sentence, context: RuleContext): void;
}
