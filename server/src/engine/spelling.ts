/**
 * What the spelling rules know about English words: the Hunspell dictionaries
 * (US and British) that an adapter loads from disk and hands to `check`, and
 * the answers the rules ask of them, cached per word for the life of the
 * process (up to a bound), so that a keystroke only asks about words it has
 * not seen before.
 *
 * Pure: the engine never reads the dictionary files; see `server/src/dictionaries.ts`.
 */
import { dialectSpellingPairs } from '../data/dialect-spellings';
import { newsWords } from '../data/news-words';
import { oneEditAway, oneLetterDropped } from './edit-distance';

const extraWords = new Set(newsWords);

/** One Hunspell dictionary: does it accept this word, capitalised as written? */
export interface WordList {
  correct(word: string): boolean;
}

export type SpellingDialect = 'en-US' | 'en-GB';

export interface SpellingDictionaries {
  'en-US': WordList;
  'en-GB': WordList;
  /**
   * How often each lower-case word occurs in a large corpus of English, to
   * rank suggestions. Asked for only when suggestions are, so loading it can wait.
   */
  frequencies(): ReadonlyMap<string, number>;
}

const US = 1;
const GB = 2;

/** The caches that belong with one set of dictionaries. */
export class Speller {
  private readonly dialectMasks = new Map<string, number>();
  private readonly counterparts = new Map<string, string | null>();
  private readonly nearWords = new Map<string, boolean>();
  /** Scored suggestion candidates by dialect and misspelling (see suggest.ts). */
  readonly suggestions = new Map<string, ReadonlyArray<readonly [string, number]>>();

  constructor(readonly dictionaries: SpellingDictionaries) {}

  /** Whether either dictionary accepts the word as written (curly apostrophes allowed). */
  knows(word: string): boolean {
    return this.mask(word) !== 0;
  }

  /** Whether the given dialect's dictionary accepts the word. */
  knowsIn(word: string, dialect: SpellingDialect): boolean {
    return (this.mask(word) & (dialect === 'en-US' ? US : GB)) !== 0;
  }

  /**
   * For a word only one dialect accepts, that dialect and its spelling in the
   * other ("neighbours" → en-GB, "neighbors"); undefined for every other word.
   */
  dialectSpelling(word: string): { dialect: SpellingDialect; other: string } | undefined {
    const mask = this.mask(word);
    if (mask !== US && mask !== GB) return undefined;
    let other = this.counterparts.get(word);
    if (other === undefined) {
      other = findCounterpart(word, mask, (w) => this.mask(w)) ?? null;
      remember(this.counterparts, word, other);
    }
    if (other === null) return undefined;
    return { dialect: mask === US ? 'en-US' : 'en-GB', other };
  }

  /**
   * Whether either dictionary accepts the word, without remembering the
   * answer: for the many made-up spellings a suggestion search tries.
   */
  probe(word: string): boolean {
    return extraWords.has(word) || this.dictionaries['en-US'].correct(word) || this.dictionaries['en-GB'].correct(word);
  }

  /** Whether a dictionary word is one typing slip away from this lower-case word. */
  nearDictionaryWord(word: string): boolean {
    let near = this.nearWords.get(word);
    if (near === undefined) {
      // The words with a letter dropped first: a word being typed ("hisx") finds its dictionary word in a few
      // probes rather than after every letter put in or swapped before it (hundreds).
      near = some(oneLetterDropped(word), (candidate) => this.probe(candidate)) || some(oneEditAway(word), (candidate) => this.probe(candidate));
      remember(this.nearWords, word, near);
    }
    return near;
  }

  private mask(word: string): number {
    let mask = this.dialectMasks.get(word);
    if (mask === undefined) {
      const plain = word.replace(/’/g, "'");
      const lower = plain.toLowerCase();
      if (extraWords.has(plain) || (extraWords.has(lower) && plain.slice(1) === lower.slice(1))) mask = US | GB;
      else mask = (this.dictionaries['en-US'].correct(plain) ? US : 0) | (this.dictionaries['en-GB'].correct(plain) ? GB : 0);
      remember(this.dialectMasks, word, mask);
    }
    return mask;
  }
}

/** Past this many answers a cache starts again: a server open for days meets words without end. */
const maxAnswers = 200_000;

export function remember<V>(cache: Map<string, V>, key: string, value: V, limit = maxAnswers): void {
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
}

function findCounterpart(word: string, mask: number, maskOf: (word: string) => number): string | undefined {
  const wanted = mask === US ? GB : US;
  for (const [a, b] of dialectSpellingPairs) {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      for (const candidate of replacements(word, from, to)) {
        if (maskOf(candidate) === wanted) return candidate;
      }
    }
  }
  return undefined;
}

/** The word with one occurrence of `from` swapped for `to`, each in turn, then all of them. */
function* replacements(word: string, from: string, to: string): Generator<string> {
  let at = word.indexOf(from);
  if (at < 0) return;
  let count = 0;
  while (at >= 0) {
    yield word.slice(0, at) + to + word.slice(at + from.length);
    count++;
    at = word.indexOf(from, at + 1);
  }
  if (count > 1) yield word.split(from).join(to);
}

const spellers = new WeakMap<SpellingDictionaries, Speller>();

/** The one speller (and its caches) for a set of dictionaries. */
export function spellerFor(dictionaries: SpellingDictionaries): Speller {
  let speller = spellers.get(dictionaries);
  if (!speller) {
    speller = new Speller(dictionaries);
    spellers.set(dictionaries, speller);
  }
  return speller;
}

function some(candidates: Iterable<string>, found: (candidate: string) => boolean): boolean {
  for (const candidate of candidates) if (found(candidate)) return true;
  return false;
}
