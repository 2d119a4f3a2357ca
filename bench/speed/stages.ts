/**
 * Where a check's time goes, stage by stage and rule by rule, on the
 * 100,000-word document: a warm full check (a fresh layout, parses cached)
 * and a re-check after typing one letter (the layout kept, as the server
 * keeps it). For finding what to make faster next; `npm run bench` is the
 * comparison with peers.
 *
 *   npx tsx bench/speed/stages.ts [runs]
 */
import { buildLongDocument, median } from '../corpus';
import { buildAcronymTable } from '../../server/src/engine/acronyms';
import { buildNameRegister } from '../../server/src/engine/names';
import { defaultConfig } from '../../server/src/engine/config';
import { keptReading, type ArticleModel, type KeptReading } from '../../server/src/engine/model';
import { loadDictionaries } from '../../server/src/dictionaries';
import { rules } from '../../server/src/rules/registry';

const runs = Number(process.argv[2] ?? 15);
const dictionaries = loadDictionaries();
const config = defaultConfig;

type Times = Map<string, number[]>;

function timed<T>(times: Times, stage: string, work: () => T): T {
  const began = performance.now();
  const value = work();
  const list = times.get(stage) ?? times.set(stage, []).get(stage)!;
  list.push(performance.now() - began);
  return value;
}

/** The model's stages in the order buildModel runs them, then every rule. */
function checkTimed(text: string, kept: KeptReading, times: Times): void {
  const placed = timed(times, 'layout (parse, place, counts)', () => kept.layout.place(text, 'plaintext'));
  const acronyms = timed(times, 'acronym table', () => buildAcronymTable(placed.sentences, config.acronyms.known, kept));
  const names = timed(times, 'name register', () => buildNameRegister(placed.sentences, { deskNames: config.names, acronyms }, kept));
  const { quotes, attributions } = timed(times, 'quotes and attribution', () => kept.quotes.read(text, placed.paragraphs, config.attributionVerbs, placed.oneChanged));
  const model: ArticleModel = {
    text,
    languageId: 'plaintext',
    paragraphs: placed.paragraphs,
    sentences: placed.sentences,
    headline: placed.paragraphs.find((p) => p.isHeadline),
    wordCounts: placed.wordCounts,
    stats: { words: placed.wordTotal, sentences: placed.sentences.length, paragraphs: placed.paragraphs.length },
    names,
    acronyms,
    quotes,
    attributions,
    draft: kept,
  };
  for (const rule of rules) timed(times, `rule ${rule.id}`, () => rule.check(model, { config, dictionaries }));
}

const long = buildLongDocument(100_000);
const full: Times = new Map();
const edit: Times = new Map();
checkTimed(long.text, keptReading(), new Map());
const kept = keptReading();
let text = long.text;
checkTimed(text, kept, new Map());
for (let run = 0; run < runs; run++) {
  checkTimed(long.text, keptReading(), full);
  const at = text.indexOf(' ', Math.floor(text.length / 2) + run * 997);
  text = run % 2 === 0 ? `${text.slice(0, at)}x${text.slice(at)}` : text.slice(0, at - 1) + text.slice(at);
  checkTimed(text, kept, edit);
}

console.log(`${long.words.toLocaleString('en')} words, medians of ${runs} (ms)\n`);
console.log('| stage | warm full check | re-check after one letter |\n|---|---:|---:|');
let totals = [0, 0];
for (const [stage, values] of full) {
  const row = [median(values), median(edit.get(stage) ?? [])];
  totals = [totals[0] + row[0], totals[1] + row[1]];
  console.log(`| ${stage} | ${row[0].toFixed(1)} | ${row[1].toFixed(1)} |`);
}
console.log(`| sum of medians | ${totals[0].toFixed(1)} | ${totals[1].toFixed(1)} |`);
