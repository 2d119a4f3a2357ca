/**
 * The engine's front door: text in, findings and the article model out.
 * Pure: no files, no editor, no network. The language server and the CLI are
 * thin adapters around these two functions.
 */
import type { CopydeskConfig } from './config';
import { defaultConfig } from './config';
import type { Finding } from './findings';
import { buildModel, keptReading, type ArticleModel } from './model';
import { rules, ruleById } from '../rules/registry';
import type { RuleContext } from '../rules/rule';
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

  check(text: string, options: CheckOptions): CheckResult {
    if (options.languageId !== this.languageId) {
      this.kept = keptReading();
      this.languageId = options.languageId;
    }
    const config = options.config ?? defaultConfig;
    const model = buildModel(text, options.languageId, config, this.kept);
    const context: RuleContext = { config, dictionaries: options.dictionaries, dictionariesLoading: options.dictionariesLoading };
    const findings: Finding[] = [];
    for (const rule of rules) {
      const setting = config.rules[rule.id] ?? rule.defaultSeverity;
      if (setting === 'off') continue;
      for (const finding of rule.check(model, context)) findings.push({ ...finding, severity: setting });
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
    return { findings, model, dictionaries: options.dictionaries };
  }
}

/** Adds a finding's costly parts (suggestions, fixes), computed only on demand. */
export function resolveFinding(finding: Finding, result: CheckResult, config: CopydeskConfig = defaultConfig): Finding {
  const rule = ruleById(finding.rule);
  if (!rule?.resolve) return finding;
  return { ...rule.resolve(finding, result.model, { config, dictionaries: result.dictionaries }), severity: finding.severity };
}
