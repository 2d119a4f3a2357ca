/** Every rule Copydesk runs, in the order their findings are listed. */
import type { Rule } from './rule';
import { repeatedWord } from './repeated-word';
import { spelling } from './spelling';
import { spellingDialect } from './spelling-dialect';
import { nameVariant } from './name-variant';
import { nameFirstReference } from './name-first-reference';
import { acronymBeforeDefinition } from './acronym-before-definition';
import { acronymUndefined } from './acronym-undefined';

export const rules: readonly Rule[] = [
  repeatedWord,
  spelling,
  spellingDialect,
  nameVariant,
  nameFirstReference,
  acronymBeforeDefinition,
  acronymUndefined,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);

export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
