/** Every rule Copydesk runs, in the order DESIGN.md lists them. Adding a rule is one import and one line. */
import type { Rule } from './rule';
import { spelling } from './spelling';
import { spellingDialect } from './spelling-dialect';
import { repeatedWord } from './repeated-word';
import { quoteUnattributed } from './quote-unattributed';
import { quoteUnclosed } from './quote-unclosed';
import { quoteMixedMarks } from './quote-mixed-marks';
import { attributionVerb } from './attribution-verb';
import { anonymousSource } from './anonymous-source';
import { nameVariant } from './name-variant';
import { nameFirstReference } from './name-first-reference';
import { acronymBeforeDefinition } from './acronym-before-definition';
import { acronymUndefined } from './acronym-undefined';

export const rules: readonly Rule[] = [
  spelling,
  spellingDialect,
  repeatedWord,
  quoteUnattributed,
  quoteUnclosed,
  quoteMixedMarks,
  attributionVerb,
  anonymousSource,
  nameVariant,
  nameFirstReference,
  acronymBeforeDefinition,
  acronymUndefined,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);

export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
