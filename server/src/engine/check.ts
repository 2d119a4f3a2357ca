/**
 * The engine's front door: text in, findings and the article model out.
 * Pure: no files, no editor, no network. The language server and the CLI are
 * thin adapters around these two functions.
 */
import type { CopydeskConfig } from './config';
import { defaultConfig } from './config';
import type { Finding } from './findings';
import { keptReading, modelInSteps, type ArticleModel, type Sentence } from './model';
import { finish } from './steps';
import { forgetNameReadings } from './names';
import { forgetAcronymReadings } from './acronyms';
import type { ChunkSentence } from './tokens';
import { parseInSteps } from './parse';
import { rules, ruleById } from '../rules/registry';
import type { Rule, RuleContext } from '../rules/rule';
import type { SpellingDictionaries } from './spelling';

export interface CheckOptions {
  /** "markdown", "plaintext" or "article" (anything else is read as plain text). */
  languageId: string;
  config?: CopydeskConfig;
  /** Loaded once per process by the adapter (server/src/dictionaries.ts); without them "spelling" says it cannot check. */
  dictionaries?: SpellingDictionaries;
  /** Set while the adapter is still loading the dictionaries: the spelling rules find nothing yet rather than say they cannot check. */
  dictionariesLoading?: boolean;
}

export interface CheckResult {
  findings: Finding[];
  model: ArticleModel;
  /** The dictionaries the check used, so that resolving a finding uses them too. */
  dictionaries?: SpellingDictionaries;
}

export function check(text: string, options: CheckOptions): CheckResult {
  return new DraftChecker().check(text, options);
}

/**
 * Checks one draft again and again as it is edited, reusing what the last
 * check of it read in the paragraphs an edit left alone. The findings are the
 * same as a fresh `check` of the same text; only the work differs. A result is
 * stale once the next check of the same draft is made.
 */
export class DraftChecker {
  private kept = keptReading();
  private languageId?: string;
  private checked = false;

  /** No check of the draft has ended yet: the next reads it all. */
  get fresh(): boolean {
    return !this.checked;
  }

  /** The draft's sentences as its last check placed them, that check ended or not (none before a first check places them). */
  get sentences(): readonly Sentence[] {
    return this.kept.layout.sentences;
  }

  check(text: string, options: CheckOptions): CheckResult {
    return finish(this.stages(text, options));
  }

  /**
   * The same check in small steps: a step for each paragraph parsed, each
   * sentence read ahead (for the names register, the acronym table and the
   * rules that read ahead), each stage of the model, each rule. For a long
   * draft's first check, which takes seconds: the language server answers
   * the editor between steps.
   * Until the last step the draft's checker must not be asked for another
   * check.
   */
  *steps(text: string, options: CheckOptions): Generator<void, CheckResult> {
    yield* parseInSteps(text, options.languageId);
    return yield* this.stages(text, options, true);
  }

  private *stages(text: string, options: CheckOptions, readAhead = false): Generator<void, CheckResult> {
    if (options.languageId !== this.languageId) {
      this.kept = keptReading();
      this.languageId = options.languageId;
    }
    const config = options.config ?? defaultConfig;
    const model = yield* modelInSteps(text, options.languageId, config, this.kept, readAhead);
    const context: RuleContext = { config, dictionaries: options.dictionaries, dictionariesLoading: options.dictionariesLoading };
    const settingOf = (rule: Rule) => config.rules[rule.id] ?? rule.defaultSeverity;
    if (readAhead) {
      for (const rule of rules) {
        if (!rule.readAhead || settingOf(rule) === 'off') continue;
        for (const sentence of model.sentences) {
          rule.readAhead(sentence, context);
          yield;
        }
      }
    }
    const findings: Finding[] = [];
    for (const rule of rules) {
      const setting = settingOf(rule);
      if (setting === 'off') continue;
      for (const finding of rule.check(model, context)) findings.push({ ...finding, severity: setting });
      yield;
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
    this.checked = true;
    return { findings, model, dictionaries: options.dictionaries };
  }
}

/** Adds a finding's costly parts (suggestions, fixes), computed only on demand. */
export function resolveFinding(finding: Finding, result: CheckResult, config: CopydeskConfig = defaultConfig): Finding {
  const rule = ruleById(finding.rule);
  if (!rule?.resolve) return finding;
  return { ...rule.resolve(finding, result.model, { config, dictionaries: result.dictionaries }), severity: finding.severity };
}

/**
 * For a draft closed: lets go of what the names register and the acronym
 * table read in its sentences, but for those an open draft has too, its
 * first check ended or not. They keep each sentence's reading while one of
 * their last few full builds used it, and keystrokes make no full build: a
 * book-length draft closed while another is typed in would be held (about 7
 * MB for 350,000 characters) until a full build elsewhere. Returns how many
 * readings went.
 */
export function letGoOfDraft(closed: DraftChecker, open: Iterable<DraftChecker>): number {
  const kept = new Set<ChunkSentence>();
  for (const checker of open) for (const sentence of checker.sentences) kept.add(sentence.source);
  const gone = closed.sentences.map((sentence) => sentence.source).filter((source) => !kept.has(source));
  return forgetNameReadings(gone) + forgetAcronymReadings(gone);
}
