/** Every rule Copydesk runs, in the order their findings are listed. */
import type { Rule } from './rule';
import { repeatedWord } from './repeated-word';
import { spelling } from './spelling';
import { spellingDialect } from './spelling-dialect';
import { quoteUnattributed } from './quote-unattributed';
import { quoteUnclosed } from './quote-unclosed';
import { quoteMixedMarks } from './quote-mixed-marks';
import { attributionVerb } from './attribution-verb';
import { anonymousSource } from './anonymous-source';

export const rules: readonly Rule[] = [
  repeatedWord,
  spelling,
  spellingDialect,
  quoteUnattributed,
  quoteUnclosed,
  quoteMixedMarks,
  attributionVerb,
  anonymousSource,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);

export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
