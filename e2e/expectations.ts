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
 *   line 2  "of of"                                 repeated-word
 *   line 2  JeM used before "Jaish-e-Mohammed (JeM)" acronym-before-definition
 *   line 2  NIA ... spelled out; line 5 NIA          (acronym: defined, not flagged)
 *   line 3  a quote told to reporters by nobody named (anonymous-source / quote-unattributed)
 *   line 4  "claimed"                               attribution-verb
 *   line 4  "thorough. never closed                 quote-unclosed
 *   line 5  "Rajnat Singh" against "Rajnath Singh"   name-variant
 *   line 5  "witnesess"                             spelling
 *   line 6  curly and straight marks in one quote   quote-mixed-marks
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
  { file: 'desk-draft.txt', rule: 'repeated-word', severity: 'warning', line: 1, col: 19, message: '“the” is typed twice' },
  { file: 'desk-draft.txt', rule: 'repeated-word', severity: 'warning', line: 2, col: 104, message: '“of” is typed twice' },
];

/** Findings that must never show (DESIGN.md, "The seed article"). `message` narrows to one word. */
export interface ForbiddenFinding {
  file: DraftName;
  rule: string;
  message?: string | RegExp;
}

export const forbiddenFindings: ForbiddenFinding[] = [
  { file: 'pulwama-draft.txt', rule: 'quote-unattributed' },
  { file: 'pulwama-draft.txt', rule: 'repeated-word' },
  { file: 'pulwama-draft.txt', rule: 'spelling', message: /\b(Qureshi|Gokhale|Pompeo|Pulwama|Balakot|Palladino|Imran|de-escalate|counter-terrorism|neighbours)\b/ },
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
