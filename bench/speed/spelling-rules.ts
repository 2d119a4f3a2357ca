/**
 * The spelling rules' share of a check: a warm full check of a 100,000-word
 * document, then re-checks after typing one letter in its middle (a kept
 * Layout, as the server keeps one per draft), timed per rule; and the seed.
 *
 *   npx tsx bench/speed/spelling-rules.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../../server/src/engine/model';
import { Layout } from '../../server/src/engine/layout';
import { defaultConfig } from '../../server/src/engine/config';
import { loadDictionaries } from '../../server/src/dictionaries';
import { rules } from '../../server/src/rules/registry';
import type { RuleContext } from '../../server/src/rules/rule';
import { buildLongDocument, median } from '../corpus';

const dictionaries = loadDictionaries();
const context: RuleContext = { config: defaultConfig, dictionaries };
const watched = ['spelling', 'spelling-dialect'];

function timeRules(text: string, layout: Layout): Record<string, number> {
  const began = performance.now();
  const model = buildModel(text, 'plaintext', defaultConfig, layout);
  const times: Record<string, number> = { model: performance.now() - began };
  for (const rule of rules) {
    const start = performance.now();
    rule.check(model, context);
    times[rule.id] = performance.now() - start;
  }
  times.total = performance.now() - began;
  return times;
}

function report(label: string, runs: Array<Record<string, number>>): void {
  const cell = (key: string) => median(runs.map((r) => r[key])).toFixed(1);
  const both = median(runs.map((r) => r.spelling + r['spelling-dialect'])).toFixed(1);
  console.log(`${label.padEnd(34)} spelling ${cell('spelling').padStart(7)}  dialect ${cell('spelling-dialect').padStart(6)}  both ${both.padStart(7)}  check ${cell('total').padStart(7)} ms`);
}

const long = buildLongDocument(100_000).text;
const seed = readFileSync(join(__dirname, '..', '..', 'test-fixtures', 'pulwama-draft.txt'), 'utf8');

// Warm up the dictionaries' caches and the JIT.
for (let i = 0; i < 3; i++) timeRules(long, new Layout());
const full: Array<Record<string, number>> = [];
for (let i = 0; i < 7; i++) full.push(timeRules(long, new Layout()));
report('100k full check (fresh layout)', full);

const layout = new Layout();
timeRules(long, layout);
const edits: Array<Record<string, number>> = [];
for (let run = 0; run < 21; run++) {
  const at = long.indexOf(' ', Math.floor(long.length / 2) + run * 997);
  edits.push(timeRules(long.slice(0, at) + 'x' + long.slice(at), layout));
}
report('100k re-check, one letter typed', edits);

for (let i = 0; i < 20; i++) timeRules(seed, new Layout());
const seeds: Array<Record<string, number>> = [];
for (let i = 0; i < 41; i++) seeds.push(timeRules(seed, new Layout()));
report('seed full check', seeds);
