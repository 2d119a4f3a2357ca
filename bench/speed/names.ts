/**
 * What the acronym table, the names register and their four rules cost on
 * the 100,000-word document: on a warm full check (the same text again) and
 * on a re-check after one letter is typed in the middle (a new model from
 * the edited text, every other paragraph's parse reused). Also the seed
 * article, and the first check of the long document in this process.
 *
 *   npx tsx bench/speed/names.ts [rounds]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, type ArticleModel } from '../../server/src/engine/model';
import { buildAcronymTable } from '../../server/src/engine/acronyms';
import { buildNameRegister } from '../../server/src/engine/names';
import { defaultConfig } from '../../server/src/engine/config';
import { nameVariant } from '../../server/src/rules/name-variant';
import { nameFirstReference } from '../../server/src/rules/name-first-reference';
import { acronymBeforeDefinition } from '../../server/src/rules/acronym-before-definition';
import { acronymUndefined } from '../../server/src/rules/acronym-undefined';
import { buildLongDocument, median } from '../corpus';

const rounds = Number(process.argv[2] ?? 15);
const config = defaultConfig;
const context = { config };
const rules = [nameVariant, nameFirstReference, acronymBeforeDefinition, acronymUndefined];

interface Times {
  acronyms: number;
  names: number;
  rules: number;
  total: number;
}

/** Builds the table and the register again for the model's sentences, and runs the four rules on them. */
function time(model: ArticleModel): Times {
  const t0 = performance.now();
  const acronyms = buildAcronymTable(model.sentences, config.acronyms.known);
  const t1 = performance.now();
  const names = buildNameRegister(model.sentences, { deskNames: config.names, acronyms });
  const t2 = performance.now();
  const fresh = { ...model, acronyms, names };
  for (const rule of rules) rule.check(fresh, context);
  const t3 = performance.now();
  return { acronyms: t1 - t0, names: t2 - t1, rules: t3 - t2, total: t3 - t0 };
}

/** Medians; the fastest round's total too, a steadier figure on a busy machine. */
function report(label: string, samples: Times[]): void {
  const m = (key: keyof Times) => median(samples.map((s) => s[key])).toFixed(1);
  const fastest = Math.min(...samples.map((s) => s.total)).toFixed(1);
  console.log(`${label.padEnd(28)} acronyms ${m('acronyms').padStart(6)}  names ${m('names').padStart(6)}  rules ${m('rules').padStart(5)}  total ${m('total').padStart(6)} ms (fastest ${fastest})`);
}

const long = buildLongDocument(100_000).text;
const t0 = performance.now();
const firstModel = buildModel(long, 'plaintext', config);
console.log(`100k first buildModel in this process (parse and all): ${(performance.now() - t0).toFixed(0)} ms`);
report('100k again, same model', [time(firstModel)]);

const full: Times[] = [];
for (let i = 0; i < rounds; i++) full.push(time(buildModel(long, 'plaintext', config)));
report('100k warm full check', full);

const edited: Times[] = [];
const middle = long.indexOf(' ', long.length >> 1);
for (let i = 0; i < rounds; i++) {
  // A letter typed at the end of a word, a different one each round, so the edited paragraph is new to every cache.
  const text = long.slice(0, middle) + String.fromCharCode(97 + (i % 26)).repeat(1 + Math.floor(i / 26)) + long.slice(middle);
  edited.push(time(buildModel(text, 'plaintext', config)));
}
report('100k re-check after an edit', edited);

const seed = readFileSync(join(__dirname, '..', '..', 'test-fixtures', 'pulwama-draft.txt'), 'utf8');
const seedTimes: Times[] = [];
for (let i = 0; i < rounds * 4; i++) seedTimes.push(time(buildModel(seed, 'plaintext', config)));
report('seed article', seedTimes);
