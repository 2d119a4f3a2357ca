/**
 * The names benchmark on real news (PolNeAR, see shared/data/polnear-train/README.md):
 *
 * 1. false `name-variant` findings per article on the articles as published;
 * 2. recall of `name-variant` on copies where one mention of a name the
 *    article uses twice or more is respelled: a transliteration swap or a
 *    one-letter typo;
 * 3. recall of `acronym-before-definition` on copies where a definition is
 *    moved after a later use: the article's own "Full Name (ACR)"
 *    definitions, and definitions made from a capitalised phrase the
 *    article uses twice, in all three forms;
 * and what a check costs, on the seed and on about 100,000 words.
 *
 * Articles are read from the data folder and never copied into the project.
 *
 *   npm run bench:names -- [--data DIR] [--limit N] [--seed N] [--write]
 *
 * --data defaults to ../shared/data/polnear-train from the repository root;
 * --write puts the table in bench/names/RESULTS.md; the findings behind
 * each number go to bench/results/names-*.txt (not committed).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { check } from '../../server/src/engine/check';
import { loadDictionaries } from '../../server/src/dictionaries';
import { buildModel } from '../../server/src/engine/model';
import { buildAcronymTable } from '../../server/src/engine/acronyms';
import { buildNameRegister } from '../../server/src/engine/names';
import { functionWords } from '../../server/src/data/function-words';
import { demonyms } from '../../server/src/data/demonyms';
import { calendarWords } from '../../server/src/data/calendar-words';
import { titleHeads, titleModifiers } from '../../server/src/data/name-titles';
import { commonNames, commonWords } from '../../server/src/data/english-words';
import { seededRandom as random } from '../../server/test/seeded-random';

const root = resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(root, option('data') ?? '../shared/data/polnear-train');
const limit = Number(option('limit') ?? Infinity);
const seed = Number(option('seed') ?? 5);
const write = args.includes('--write');

const rand = random(seed);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];

interface Article {
  name: string;
  text: string;
}

function readArticles(): Article[] {
  const dir = join(dataDir, 'text');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    console.error(`No PolNeAR text folder at ${dir}. Point --data at a checkout of PolNeAR's data/train.`);
    process.exit(2);
  }
  return files.slice(0, limit).map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

const findingsOf = (text: string, rule: string) => check(text, { languageId: 'plaintext' }).findings.filter((f) => f.rule === rule);

// ---------------------------------------------------------------- 1. false name-variant findings

/** Findings on the published articles that are real inconsistencies, checked by hand: article → spellings as written. */
function genuineVariants(): Map<string, Set<string>> {
  const genuine = new Map<string, Set<string>>();
  for (const line of readFileSync(join(__dirname, 'published-variants.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [article, written] = line.split('\t');
    genuine.set(article, (genuine.get(article) ?? new Set()).add(written));
  }
  return genuine;
}

function falseVariants(articles: Article[], log: string[]): { findings: number; genuine: number; articles: number; undefinedAcronyms: number; earlyAcronyms: number } {
  const known = genuineVariants();
  let findings = 0;
  let genuine = 0;
  let undefinedAcronyms = 0;
  let earlyAcronyms = 0;
  // With the dictionaries, as the CLI and the editor check: acronym-undefined asks them of a long word in capitals.
  const dictionaries = loadDictionaries();
  for (const article of articles) {
    const result = check(article.text, { languageId: 'plaintext', dictionaries });
    for (const f of result.findings) {
      if (f.rule === 'name-variant') {
        const written = article.text.slice(f.start, f.end);
        const real = known.get(article.name)?.has(written) ?? false;
        findings++;
        if (real) genuine++;
        log.push(`${article.name}: ${real ? '[real inconsistency] ' : ''}“${written}” → ${f.message}`);
      }
      if (f.rule === 'acronym-undefined') undefinedAcronyms++;
      if (f.rule === 'acronym-before-definition') {
        earlyAcronyms++;
        log.push(`${article.name}: [acronym-before-definition] ${f.message}`);
      }
    }
  }
  return { findings, genuine, articles: articles.length, undefinedAcronyms, earlyAcronyms };
}

// ---------------------------------------------------------------- 2. respelled names

const notNames = new Set([...functionWords, ...demonyms, ...calendarWords, ...titleHeads, ...titleModifiers].map((w) => w.toLowerCase()));

/**
 * Names the article writes twice or more, found without the register: a
 * capitalised word inside a sentence, letters only, four letters or more, not
 * a title, calendar or demonym word, and not a common English word ("House",
 * "News": a typo there is the spelling rule's).
 */
function namesUsedTwice(text: string): Map<string, Array<{ start: number; end: number }>> {
  const model = buildModel(text, 'plaintext');
  const words = model.sentences.flatMap((sentence) => sentence.words);
  const occurrences = new Map<string, Array<{ start: number; end: number }>>();
  const inside = new Set<string>();
  const writtenLower = new Set(words.filter((w) => /^\p{Ll}/u.test(w.text)).map((w) => w.key));
  for (const word of words) {
    const bare = word.text.replace(/[’']s$/u, '');
    const lower = bare.toLowerCase();
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(bare) || notNames.has(lower) || writtenLower.has(lower) || englishWords.has(lower)) continue;
    if (!word.startsClause) inside.add(bare);
    const list = occurrences.get(bare) ?? [];
    list.push({ start: word.start, end: word.start + bare.length });
    occurrences.set(bare, list);
  }
  for (const [name, list] of occurrences) if (list.length < 2 || !inside.has(name)) occurrences.delete(name);
  return occurrences;
}

const transliterations: Array<[RegExp, string]> = [
  [/o/, 'u'], [/u/, 'o'], [/e/, 'i'], [/i/, 'e'], [/a/, 'e'], [/ee/, 'i'], [/oo/, 'u'], [/ph/, 'f'], [/f/, 'ph'],
  [/kh/, 'k'], [/([bcdfgklmnprst])\1/, '$1'], [/([aeiou])([bdfglmnprst])([aeiou])/, '$1$2$2$3'], [/^Q/, 'K'], [/^K/, 'Q'],
  [/^G/, 'Q'], [/([dgkt])h/, '$1'], [/([dgkt])([aeiou])/, '$1h$2'], [/y/, 'i'], [/i$/, 'y'], [/ai/, 'e'],
];

function transliterate(name: string): string | undefined {
  const options: string[] = [];
  for (const [pattern, replacement] of transliterations) {
    const tail = name.slice(1);
    if (pattern.source.startsWith('^')) {
      if (pattern.test(name)) options.push(name.replace(pattern, replacement));
      continue;
    }
    const matches = [...tail.matchAll(new RegExp(pattern.source, 'g'))];
    if (matches.length === 0) continue;
    const m = pick(matches);
    const at = 1 + (m.index ?? 0);
    options.push(name.slice(0, at) + m[0].replace(pattern, replacement) + name.slice(at + m[0].length));
  }
  const usable = options.filter((o) => o !== name);
  return usable.length > 0 ? pick(usable) : undefined;
}

const keyboard: Record<string, string> = {
  q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'ol',
  a: 'qsz', s: 'adwx', d: 'sfe', f: 'dgr', g: 'fht', h: 'gjy', j: 'hku', k: 'jli', l: 'ko',
  z: 'xa', x: 'zcs', c: 'xvd', v: 'cbf', b: 'vng', n: 'bmh', m: 'nj',
};

/** A one-letter slip past the first letter: a neighbouring key, a letter dropped, added or swapped with the next. */
function typo(name: string): string | undefined {
  const at = 1 + Math.floor(rand() * (name.length - 1));
  const letter = name[at].toLowerCase();
  const near = keyboard[letter] ?? 'e';
  switch (Math.floor(rand() * 4)) {
    case 0:
      return name.slice(0, at) + pick([...near]) + name.slice(at + 1);
    case 1:
      return name.length > 4 ? name.slice(0, at) + name.slice(at + 1) : undefined;
    case 2:
      return name.slice(0, at) + pick([...near]) + name.slice(at);
    default:
      return at < name.length - 1 && name[at] !== name[at + 1] ? name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2) : undefined;
  }
}

/** A respelling that makes another form of the same word is no variant: Sanders → Sander, Clinton → Clintons. */
function isDerived(original: string, respelled: string): boolean {
  const [short, long] = original.length < respelled.length ? [original, respelled] : [respelled, original];
  return long.toLowerCase().startsWith(short.toLowerCase()) && ['s', 'es', 'n', 'an', 'i', 'is', 'ese'].includes(long.slice(short.length).toLowerCase());
}

interface RecallCount {
  trials: number;
  found: number;
}

/** Respellings that make a real word or a known name ("Bill" → "Bell") are out of scope: a reader sees no slip either. */
const englishWords = new Set(commonWords.split(' '));
const realWords = new Set([...englishWords, ...commonNames.split(' ')]);

function respelledRecall(articles: Article[], log: string[]): Record<'transliteration' | 'typo', RecallCount> & { realWords: number; otherEnd: number } {
  const counts = { transliteration: { trials: 0, found: 0 }, typo: { trials: 0, found: 0 }, realWords: 0, otherEnd: 0 };
  for (const article of articles) {
    const names = [...namesUsedTwice(article.text)];
    if (names.length === 0) continue;
    for (const kind of ['transliteration', 'typo'] as const) {
      const [name, occurrences] = pick(names);
      let respelled: string | undefined;
      for (let attempt = 0; attempt < 6 && !respelled; attempt++) {
        const candidate = kind === 'typo' ? typo(name) : transliterate(name);
        if (!candidate || candidate === name || isDerived(name, candidate) || article.text.includes(candidate)) continue;
        if (realWords.has(candidate.toLowerCase())) counts.realWords++;
        else respelled = candidate;
      }
      if (!respelled) continue;
      const where = pick(occurrences);
      const text = article.text.slice(0, where.start) + respelled + article.text.slice(where.end);
      const findings = findingsOf(text, 'name-variant');
      const atRespelling = findings.some((f) => f.start <= where.start && where.start < f.end);
      // With the name written once each way, the rule may keep the respelling and flag the other one.
      const atOther = findings.some((f) => f.data?.canonical === respelled && f.data?.variant === name);
      counts[kind].trials++;
      if (atRespelling) counts[kind].found++;
      else if (atOther) {
        counts[kind].found++;
        counts.otherEnd++;
        log.push(`${article.name}: ${kind} ${name} → ${respelled} (×${occurrences.length}) flagged the other spelling`);
      } else log.push(`${article.name}: ${kind} ${name} → ${respelled} (×${occurrences.length}) missed`);
    }
  }
  return counts;
}

// ---------------------------------------------------------------- 3. definitions moved after a use

/** "Full Name (ACR)" as the article writes it, with the acronym used again later. */
const writtenDefinition = /((?:[A-Z][\w’'-]*\s+(?:(?:of|and|the|for|on)\s+)*)*[A-Z][\w’'-]*)\s+\(([A-Z][A-Za-z]{1,7})\)/g;

function movedDefinitionRecall(articles: Article[], log: string[]): Record<'article' | 'made', RecallCount> {
  const counts = { article: { trials: 0, found: 0 }, made: { trials: 0, found: 0 } };
  const forms = ['expansion-first', 'acronym-first', 'or'] as const;
  let formIndex = 0;
  for (const article of articles) {
    const { text } = article;
    for (const m of text.matchAll(writtenDefinition)) {
      const acronym = m[2];
      const definitionStart = m.index ?? 0;
      // Datelines ("WASHINGTON (AP)") and asides are not definitions: the acronym must start like the phrase.
      if ((acronym.match(/[A-Z]/g) ?? []).length < 2 || acronym[0] !== m[1][0] || definitionStart < bodyStart(text)) continue;
      const definitionEnd = definitionStart + m[0].length;
      const later = new RegExp(`\\b${acronym}\\b`, 'g');
      later.lastIndex = definitionEnd;
      const use = later.exec(text);
      if (!use) continue;
      const moved = text.slice(0, definitionStart) + acronym + text.slice(definitionEnd, use.index) + m[0] + text.slice(use.index + acronym.length);
      counts.article.trials++;
      const hit = findingsOf(moved, 'acronym-before-definition').some((f) => f.data?.acronym === acronym && f.start <= definitionStart);
      if (hit) counts.article.found++;
      else log.push(`${article.name}: article definition “${m[0]}” moved after a use of ${acronym}: missed`);
      break;
    }

    const phrase = twiceUsedPhrase(text);
    if (!phrase) continue;
    const form = forms[formIndex++ % forms.length];
    // "…, or NH," closes with a comma unless the sentence goes on with its own mark.
    const closing = /^[,.;:!?)’”'"]/.test(text.slice(phrase.second + phrase.text.length)) ? '' : ',';
    const definition = form === 'expansion-first' ? `${phrase.text} (${phrase.acronym})` : form === 'acronym-first' ? `${phrase.acronym} (${phrase.text})` : `${phrase.text}, or ${phrase.acronym}${closing}`;
    const made = text.slice(0, phrase.first) + phrase.acronym + text.slice(phrase.first + phrase.text.length, phrase.second) + definition + text.slice(phrase.second + phrase.text.length);
    counts.made.trials++;
    // An earlier use written with stops ("N.H.") is the first use as well.
    const hit = findingsOf(made, 'acronym-before-definition').some((f) => f.data?.acronym === phrase.acronym && f.start <= phrase.first);
    if (hit) counts.made.found++;
    else log.push(`${article.name}: made definition “${definition}” after a use of ${phrase.acronym}: missed`);
  }
  return counts;
}

/** A capitalised phrase of two to five words the article writes twice, and the acronym of its initials. */
function twiceUsedPhrase(text: string): { text: string; acronym: string; first: number; second: number } | undefined {
  const phrases = /(?<![\w’'-])(?:[A-Z][a-z]+\s+(?:(?:of|and|for|the)\s+)?){1,4}[A-Z][a-z]+(?![\w’'-])/g;
  const seen = new Map<string, number>();
  for (const m of text.matchAll(phrases)) {
    const phrase = m[0];
    if ((m.index ?? 0) < bodyStart(text)) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 2), m.index);
    if (/[.!?"“]\s*$/.test(before) || (m.index ?? 0) === 0 || /^\s*$/.test(before) && /\n\s*$/.test(before)) continue;
    const acronym = phrase.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    if (acronym.length < 2 || new RegExp(`\\b${acronym}\\b`).test(text)) continue;
    if (/^[’']s\b/.test(text.slice((m.index ?? 0) + phrase.length))) continue;
    const first = seen.get(phrase);
    if (first === undefined) seen.set(phrase, m.index ?? 0);
    else if ((m.index ?? 0) > first + phrase.length + 20) return { text: phrase, acronym, first, second: m.index ?? 0 };
  }
  return undefined;
}

/** Where the body starts: PolNeAR puts the title on the first line. */
function bodyStart(text: string): number {
  const end = text.indexOf('\n');
  return end < 0 ? 0 : end;
}

// ---------------------------------------------------------------- cost

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeIt(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

interface Cost {
  seedCheck: number;
  seedNames: number;
  articleCheck: number;
  articleNames: number;
  sizes: Array<{ words: number; check: number; names: number }>;
}

function cost(articles: Article[]): Cost {
  const seedText = readFileSync(join(root, 'test-fixtures', 'pulwama-draft.txt'), 'utf8');
  for (let i = 0; i < 20; i++) check(seedText, { languageId: 'plaintext' });
  const seedCheck = timeIt(() => check(seedText, { languageId: 'plaintext' }), 50);
  const seedModel = buildModel(seedText, 'plaintext');
  const namesOf = (model: typeof seedModel) => () => {
    const acronyms = buildAcronymTable(model.sentences, []);
    buildNameRegister(model.sentences, { deskNames: {}, acronyms });
  };
  const seedNames = timeIt(namesOf(seedModel), 50);

  const checks: number[] = [];
  const names: number[] = [];
  for (const article of articles) {
    checks.push(timeIt(() => check(article.text, { languageId: 'plaintext' }), 1));
    names.push(timeIt(namesOf(buildModel(article.text, 'plaintext')), 1));
  }

  const sizes: Cost['sizes'] = [];
  for (const target of [25_000, 50_000, 100_000]) {
    const parts: string[] = [];
    let words = 0;
    for (const article of articles) {
      if (words >= target) break;
      parts.push(article.text);
      words += article.text.split(/\s+/).length;
    }
    const joined = parts.join('\n\n');
    const model = buildModel(joined, 'plaintext');
    sizes.push({ words: model.stats.words, check: timeIt(() => check(joined, { languageId: 'plaintext' }), 3), names: timeIt(namesOf(model), 3) });
  }
  return { seedCheck, seedNames, articleCheck: median(checks), articleNames: median(names), sizes };
}

// ---------------------------------------------------------------- report

const percent = (c: RecallCount) => (c.trials === 0 ? 'n/a' : `${((100 * c.found) / c.trials).toFixed(1)}%`);
const both = (a: RecallCount, b: RecallCount): RecallCount => ({ trials: a.trials + b.trials, found: a.found + b.found });

const articles = readArticles();
const logs = { variants: [] as string[], respelled: [] as string[], acronyms: [] as string[] };
const started = performance.now();
const one = falseVariants(articles, logs.variants);
const two = respelledRecall(articles, logs.respelled);
const three = movedDefinitionRecall(articles, logs.acronyms);
const timing = cost(articles);
const seconds = ((performance.now() - started) / 1000).toFixed(0);

const perArticle = (one.findings - one.genuine) / one.articles;
const twoAll = both(two.transliteration, two.typo);
const threeAll = both(three.article, three.made);
const rate = (c: RecallCount) => c.found / Math.max(c.trials, 1);
const table = `| measure | result | target | trials |
|---|---|---|---|
| 1. false \`name-variant\` per article, articles as published | ${perArticle.toFixed(3)} (${one.findings - one.genuine} in ${one.articles}) | ≤ 0.05 ${perArticle <= 0.05 ? '✓' : '✗'} | ${one.articles} articles |
| 1a. … findings in all, real inconsistencies in the published copy among them (published-variants.tsv) | ${one.findings}, ${one.genuine} real | | |
| 2. \`name-variant\` recall, one mention respelled | ${percent(twoAll)} | ≥ 90% ${rate(twoAll) >= 0.9 ? '✓' : '✗'} | ${twoAll.trials} |
| 2a. … transliteration swap | ${percent(two.transliteration)} | | ${two.transliteration.trials} |
| 2b. … one-letter typo | ${percent(two.typo)} | | ${two.typo.trials} |
| (of 2, found by flagging the original spelling: name written once each way) | ${two.otherEnd} | | |
| (respellings skipped because they made a real word or a known name, "Bill" → "Bell") | ${two.realWords} | | |
| 3. \`acronym-before-definition\` recall, definition moved after a use | ${percent(threeAll)} | ≥ 95% ${rate(threeAll) >= 0.95 ? '✓' : '✗'} | ${threeAll.trials} |
| 3a. … the article's own "Full Name (ACR)" | ${percent(three.article)} | | ${three.article.trials} |
| 3b. … a definition made from a phrase used twice, three forms | ${percent(three.made)} | | ${three.made.trials} |

Also on the articles as published: ${one.earlyAcronyms} \`acronym-before-definition\` findings and ${one.undefinedAcronyms} \`acronym-undefined\` (info) findings in ${one.articles} articles.

| cost (median) | whole check | names register + acronym table |
|---|---|---|
| seed article (${buildModel(readFileSync(join(root, 'test-fixtures', 'pulwama-draft.txt'), 'utf8'), 'plaintext').stats.words} words) | ${timing.seedCheck.toFixed(2)} ms | ${timing.seedNames.toFixed(2)} ms |
| a PolNeAR article (median of ${articles.length}) | ${timing.articleCheck.toFixed(2)} ms | ${timing.articleNames.toFixed(2)} ms |
${timing.sizes.map((s) => `| PolNeAR articles joined (${s.words.toLocaleString('en-US')} words) | ${s.check.toFixed(0)} ms | ${s.names.toFixed(0)} ms |`).join('\n')}
`;

console.log(table);
console.log(`(${seconds} s, data: ${dataDir}, seed ${seed})`);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'names-false-variants.txt'), logs.variants.join('\n') + '\n');
writeFileSync(join(root, 'bench', 'results', 'names-missed-respellings.txt'), logs.respelled.join('\n') + '\n');
writeFileSync(join(root, 'bench', 'results', 'names-missed-acronyms.txt'), logs.acronyms.join('\n') + '\n');
if (write) {
  const readme = readFileSync(join(__dirname, 'RESULTS.md'), 'utf8');
  const updated = readme.replace(/<!-- table -->[\s\S]*<!-- \/table -->/, `<!-- table -->\n${table}\n<!-- /table -->`);
  writeFileSync(join(__dirname, 'RESULTS.md'), updated);
}
