/**
 * The bench's text: PolNeAR's news articles (read from a checkout, never
 * copied into this repository), and the same articles with common
 * misspellings typed into them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

export interface Article {
  name: string;
  text: string;
}

/** Every article in `text/`, in name order, with the half it belongs to. */
export function readArticles(dataDir: string): Array<Article & { split: 'dev' | 'held-out' }> {
  const dir = join(dataDir, 'text');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name, i) => ({ name, text: readFileSync(join(dir, name), 'utf8'), split: i % 2 === 0 ? ('dev' as const) : ('held-out' as const) }));
}

export function countWords(text: string): number {
  return text.match(/\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** One typo typed into an article: where it is now, and the word it replaced. */
export interface InjectedTypo {
  start: number;
  end: number;
  typo: string;
  intended: string;
}

/**
 * Misspelling → intended word, from cspell's list of common English
 * misspellings (entries with a single intended word), keeping only
 * misspellings that neither Hunspell dictionary accepts (the rest are real
 * words, which no spell checker can catch) and intended words of plain
 * lower-case letters.
 */
export function commonMisspellings(isWord: (word: string) => boolean): Map<string, string[]> {
  const listDir = join(dirname(createRequire(import.meta.url).resolve('@cspell/dict-en-common-misspellings/cspell-ext.json')), 'dict');
  const byIntended = new Map<string, string[]>();
  for (const file of ['dict-en.json', 'dict-en-gb.json', 'dict-en-us.json']) {
    const json = JSON.parse(readFileSync(join(listDir, file), 'utf8')) as {
      dictionaryDefinitions: Array<{ flagWords?: string[]; suggestWords?: string[] }>;
    };
    for (const definition of json.dictionaryDefinitions) {
      for (const entry of [...(definition.flagWords ?? []), ...(definition.suggestWords ?? [])]) {
        const [typo, intended] = entry.split('->').map((s) => s.trim());
        if (!typo || !intended || intended.includes(',') || !/^[a-z]{3,}$/.test(intended) || !/^[a-z]+$/.test(typo)) continue;
        if (isWord(typo) || !isWord(intended)) continue;
        const list = byIntended.get(intended) ?? [];
        if (!list.includes(typo)) list.push(typo);
        byIntended.set(intended, list);
      }
    }
  }
  return byIntended;
}

/** Seeded, so every run injects the same typos. */
export { seededRandom as random } from '../../server/test/seeded-random';

/**
 * Types up to `perArticle` misspellings into the article, each over one
 * lower-case occurrence of a word the list knows a misspelling of (different
 * words where it can), and says where they are.
 */
export function injectTypos(text: string, misspellings: Map<string, string[]>, next: () => number, perArticle: number): { text: string; typos: InjectedTypo[] } {
  const spots: Array<{ start: number; word: string }> = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}'’-])[a-z]+(?![\p{L}\p{N}'’-])/gu)) {
    if (misspellings.has(match[0])) spots.push({ start: match.index ?? 0, word: match[0] });
  }
  const chosen: typeof spots = [];
  const used = new Set<string>();
  while (chosen.length < perArticle && spots.length > 0) {
    const [spot] = spots.splice(Math.floor(next() * spots.length), 1);
    if (used.has(spot.word)) continue;
    used.add(spot.word);
    chosen.push(spot);
  }
  chosen.sort((a, b) => a.start - b.start);
  let result = '';
  let from = 0;
  const typos: InjectedTypo[] = [];
  for (const spot of chosen) {
    const options = misspellings.get(spot.word) ?? [];
    const typo = options[Math.floor(next() * options.length)];
    result += text.slice(from, spot.start);
    typos.push({ start: result.length, end: result.length + typo.length, typo, intended: spot.word });
    result += typo;
    from = spot.start + spot.word.length;
  }
  return { text: result + text.slice(from), typos };
}
