/**
 * What a rule reports. Offsets are UTF-16 code units into the source text, as
 * JavaScript strings and LSP count them; adapters turn them into positions.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A setting for one rule: a severity, or "off" to silence it. */
export type RuleSetting = Severity | 'off';

/** One replacement in the source text. */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

/** A repair the editor can offer: every edit is applied together, as one undo step. */
export interface Fix {
  title: string;
  edits: Edit[];
  /** The fix a copy editor would pick first (shown first in the light bulb). */
  preferred?: boolean;
  /**
   * Safe to apply without reading it, in "Fix All Safe Problems": the
   * evidence is in the article itself (a doubled word, a name spelled the
   * article's usual way), so the fix cannot change what the story says.
   */
  safe?: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** Replacement words, best first (spelling, names). */
  suggestions?: string[];
  fixes?: Fix[];
  /** Rule-specific facts that adapters may show (counts, the canonical name…). */
  data?: Record<string, unknown>;
}
