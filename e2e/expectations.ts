/**
 * What the suite expects Copydesk to show, one line per finding. The VS Code
 * suite (Problems panel) and the Neovim suite (diagnostics) both read these.
 *
 * When a rule lands, add its findings here: one line each. Lines and columns
 * are 1-based, as the Problems panel prints them ("[Ln 1, Col 19]"), and
 * point at where the finding starts.
 *
 * e2e/fixtures/desk-draft.txt carries one of every kind of problem a desk
 * editor marks, so that each rule has something to find in it:
 *   line 1  "the the"                               repeated-word
 *   line 2  "Officials said"                        anonymous-source (info)
 *   line 2  "of of"                                 repeated-word
 *   line 2  JeM used before "Jaish-e-Mohammed (JeM)" acronym-before-definition
 *   line 2  NIA ... spelled out; line 5 NIA          (acronym: defined, not flagged)
 *   line 3  a quote told to reporters by "a senior officer"  (not flagged yet: "officer"
 *           is not among the anonymous nouns of server/src/data/anonymous-sources.ts)
 *   line 4  "claimed"                               attribution-verb (info)
 *   line 4  "thorough. never closed                 quote-unclosed
 *   line 5  "Rajnat Singh" against "Rajnath Singh"   name-variant
 *   line 5  "witnesess"                             spelling
 *   line 6  curly and straight marks in one quote   (not flagged yet: quote-mixed-marks
 *           counts a quote with any straight mark as straight, so every quote here is)
 *
 * test-fixtures/pulwama-draft.txt, the seed: exactly what DESIGN.md asks
 * ("The seed article"), and the VS Code suite fails on any other finding of
 * warning or error severity there.
 */
import type { Severity } from './harness/workbench';

/** Workspace files the suites open: name in the workspace → source in the repository. */
export const drafts = {
  seed: { name: 'pulwama-draft.txt', source: 'test-fixtures/pulwama-draft.txt' },
  desk: { name: 'desk-draft.txt', source: 'e2e/fixtures/desk-draft.txt' },
} as const;

export type DraftName = (typeof drafts)[keyof typeof drafts]['name'];

export interface ExpectedFinding {
  file: DraftName;
  rule: string;
  severity: Severity;
  line: number;
  col: number;
  /** Part of the message the panel shows. */
  message?: string | RegExp;
}

export const expectedFindings: ExpectedFinding[] = [
  // The desk draft: every finding it shows.
  { file: 'desk-draft.txt', rule: 'repeated-word', severity: 'warning', line: 1, col: 19, message: '“the” is typed twice' },
  { file: 'desk-draft.txt', rule: 'anonymous-source', severity: 'info', line: 2, col: 13, message: 'The source is not named (“Officials”)' },
  { file: 'desk-draft.txt', rule: 'acronym-before-definition', severity: 'warning', line: 2, col: 65, message: '“JeM” is used here before the story spells it out' },
  { file: 'desk-draft.txt', rule: 'repeated-word', severity: 'warning', line: 2, col: 104, message: '“of” is typed twice' },
  { file: 'desk-draft.txt', rule: 'quote-mixed-marks', severity: 'info', line: 3, col: 1, message: 'Straight quotation marks here' },
  { file: 'desk-draft.txt', rule: 'anonymous-source', severity: 'info', line: 3, col: 42, message: 'The source is not named (“a senior officer”)' },
  { file: 'desk-draft.txt', rule: 'attribution-verb', severity: 'info', line: 4, col: 120, message: '“claimed” judges the speaker' },
  { file: 'desk-draft.txt', rule: 'quote-mixed-marks', severity: 'info', line: 4, col: 155, message: 'Straight quotation marks here' },
  { file: 'desk-draft.txt', rule: 'quote-unclosed', severity: 'warning', line: 4, col: 155, message: 'This quote opens here and never closes' },
  { file: 'desk-draft.txt', rule: 'name-variant', severity: 'warning', line: 5, col: 1, message: 'spells this name “Rajnath”' },
  { file: 'desk-draft.txt', rule: 'spelling', severity: 'warning', line: 5, col: 58, message: '“witnesess” is not in the dictionary' },
  { file: 'desk-draft.txt', rule: 'quote-mixed-marks', severity: 'info', line: 6, col: 1, message: 'This quote mixes straight' },
  // The seed: exactly these (DESIGN.md, "The seed article").
  { file: 'pulwama-draft.txt', rule: 'acronym-before-definition', severity: 'warning', line: 4, col: 72, message: '“JeM” is used here before the story spells it out as “Jaish-e-Muhammed (JeM)”' },
  { file: 'pulwama-draft.txt', rule: 'acronym-undefined', severity: 'info', line: 5, col: 121, message: '“CRPF” is never spelled out in this story' },
  { file: 'pulwama-draft.txt', rule: 'spelling', severity: 'warning', line: 11, col: 145, message: '“de-escate” looks like a typo for “de-escalate”, which appears 3 times in this article' },
];

/** Drafts on which a finding of warning or error severity that is not listed above fails the suite. */
export const strictDrafts: readonly DraftName[] = ['pulwama-draft.txt'];

/** Findings that must never show (DESIGN.md, "The seed article"). `message` narrows to one word. */
export interface ForbiddenFinding {
  file: DraftName;
  rule: string;
  message?: string | RegExp;
}

export const forbiddenFindings: ForbiddenFinding[] = [
  { file: 'pulwama-draft.txt', rule: 'quote-unattributed' },
  { file: 'pulwama-draft.txt', rule: 'repeated-word' },
  { file: 'pulwama-draft.txt', rule: 'spelling', message: /^“(Qureshi|Gokhale|Pompeo|Pulwama|Balakot|Palladino|Imran|de-escalate|counter-terrorism|neighbours)(’s)?”/ },
];

/** Quick fixes applied through the editor, and what the line reads after each. */
export interface ExpectedQuickFix {
  file: DraftName;
  rule: string;
  line: number;
  col: number;
  title: string;
  /** How the fix is chosen: the light bulb in the editor, or Ctrl+. */
  via: 'lightbulb' | 'keyboard';
  /** The whole line after the fix. */
  lineAfter: string;
}

export const quickFixes: ExpectedQuickFix[] = [
  { file: 'desk-draft.txt', rule: 'repeated-word', line: 1, col: 19, title: 'Delete the second “the”', via: 'lightbulb', lineAfter: 'Police reopen the inquiry into Pulwama attack' },
  { file: 'desk-draft.txt', rule: 'repeated-word', line: 2, col: 104, title: 'Delete the second “of”', via: 'keyboard', lineAfter: 'NEW DELHI — Officials said on Tuesday that the inquiry into the JeM attack would resume after a gap of two years. Jaish-e-Mohammed (JeM) remains the main suspect, the National Investigation Agency said.' },
];

export function matchesMessage(message: string, pattern: string | RegExp | undefined): boolean {
  if (pattern === undefined) return true;
  return typeof pattern === 'string' ? message.includes(pattern) : pattern.test(message);
}
