/**
 * Which words of a sentence no English dictionary knows, judged from the
 * sentence alone: the part of the `spelling` rule that does not depend on the
 * rest of the article. A sentence's verdicts are kept with its parse, so a
 * check pays only for the sentences it has not read before.
 *
 * One question needs the whole article: whether a capitalised word that opens
 * a sentence is a name the article uses elsewhere. Such a word comes back as
 * a suspect "unless it is a name", for the rule to settle.
 */
import { compoundPrefixes } from '../data/compound-prefixes';
import { hyphenParticles } from '../data/name-particles';
import { loanPhrases } from '../data/loan-phrases';
import type { Sentence, Word } from './model';
import type { ChunkSentence } from './tokens';
import type { Speller } from './spelling';

const prefixes = new Set(compoundPrefixes);
const particles = new Set(hyphenParticles);
/** Prefixes that close up with a word ("nongovernment", "reenergized"); one-letter ones are too easy to hit by mistake. */
const closedPrefixes = [...compoundPrefixes.filter((p) => p.length > 1), 'over', 'under', 'out'];
/** Each loan-phrase word, with the phrases it belongs to. */
const loanWords = new Map<string, string[][]>();
for (const phrase of loanPhrases) {
  const words = phrase.split(' ');
  for (const word of words) loanWords.set(word, [...(loanWords.get(word) ?? []), words]);
}
/** Informal elisions with a leading apostrophe: ’em, ’cause. */
const elisions = new Set(['em', 'cause', 'til', 'tis', 'twas', 'bout', 'round', 'n']);

/** A word of the sentence that may be misspelt. */
export interface Suspect {
  /** Its index among the sentence's words. */
  word: number;
  /** Set when the word is misspelt only if the article does not use this key as a name. */
  unlessName?: string;
}

/** A capitalised word of the sentence, for telling names from misspellings. */
export interface Capitalised {
  /** Its key without a possessive ending. */
  key: string;
  startsClause: boolean;
}

/** What one sentence says about spelling. */
export interface SentenceSpelling {
  suspects: Suspect[];
  capitalised: Capitalised[];
}

type PartKind = 'lower' | 'capitalised' | 'other';

/** The judge for one speller and one set of desk words; its verdicts are kept per sentence parse. */
export class MisspeltWords {
  private readonly read = new WeakMap<ChunkSentence, SentenceSpelling>();

  constructor(
    private readonly speller: Speller,
    private readonly deskWords: ReadonlySet<string>,
  ) {}

  /**
   * The sentence's suspects and capitalised words. `opensAll` reads every
   * word as opening a clause (a title-case headline); such readings are not kept.
   */
  inSentence(sentence: Sentence, opensAll: boolean): SentenceSpelling {
    if (opensAll) return this.readSentence(sentence, true);
    let reading = this.read.get(sentence.source);
    if (!reading) {
      reading = this.readSentence(sentence, false);
      this.read.set(sentence.source, reading);
    }
    return reading;
  }

  private readSentence(sentence: Sentence, opensAll: boolean): SentenceSpelling {
    const suspects: Suspect[] = [];
    const capitalised: Capitalised[] = [];
    sentence.words.forEach((word, index) => {
      if (/^\p{Lu}/u.test(word.text)) {
        // Most have no possessive: share the word's key rather than keep a copy.
        const stem = stripPossessive(word.text);
        capitalised.push({ key: stem === word.text ? word.key : keyOf(stem), startsClause: word.startsClause });
      }
      const suspect = this.judge(word, opensAll || word.startsClause);
      if (suspect) suspects.push({ word: index, ...suspect });
    });
    return { suspects: suspects.length ? suspects : none, capitalised: capitalised.length ? capitalised : none };
  }

  /** Undefined when the word is spelt right (or not ours to judge); else when it is misspelt. */
  private judge(word: Word, opensClause: boolean): { unlessName?: string } | undefined {
    if (word.notProse || !/\p{L}/u.test(word.text) || notAWord.test(word.text)) return undefined;
    if (this.deskWords.has(word.key) || this.speller.knows(word.text)) return undefined;
    const text = stripEnding(word.text);
    const plain = withoutAccents(text.replace(/\u00ad/g, ''));
    if (plain !== word.text && (this.deskWords.has(keyOf(plain)) || this.speller.knows(plain))) return undefined;
    if (this.endsBrokenWord(word, plain) || isParticleBeforeName(word) || inLoanPhrase(word) || inBracketedWord(word)) return undefined;

    const parts = plain.split('-');
    if (parts.some((part) => part === '') || parts.filter((part) => part.length <= 2).length >= 3) return undefined;
    const kinds = parts.map(partKind);
    const hasCapital = kinds.includes('capitalised');
    if (parts.length > 1 && !hasCapital && this.speller.knows(parts.join(''))) return undefined;

    let unknown = false;
    let unlessName: string | undefined;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const key = keyOf(part);
      const isLast = i === parts.length - 1;
      if (kinds[i] === 'other' || this.deskWords.has(key)) continue;
      if (kinds[i] === 'lower') {
        if (hasCapital && particles.has(key)) continue;
        if (!isKnownPart(part, isLast, this.speller) && !isDerived(part, this.speller)) unknown = true;
        continue;
      }
      // A capitalised part is a name unless it opens the sentence.
      if (i > 0 || !opensClause || isKnownPart(part, isLast, this.speller)) continue;
      // Nothing in the dictionary is one slip away: a name, not a typo.
      if (!this.speller.nearDictionaryWord(key) || beginsFullName(word)) continue;
      unlessName = key;
    }
    if (unknown) return {};
    return unlessName === undefined ? undefined : { unlessName };
  }

  /** The second half of a word broken across a line in print: "prosecu- tion". */
  private endsBrokenWord(word: Word, text: string): boolean {
    const tokens = word.sentence.tokens;
    const before = tokens[word.tokenIndex - 2];
    if (before?.kind !== 'word' || !before.text.endsWith('-') || tokens[word.tokenIndex - 1].kind !== 'whitespace') return false;
    return this.speller.knows(before.text.slice(0, -1) + text);
  }
}

const none: never[] = [];

/** A part of a compound that needs no checking: a letter, a known word, or a prefix ("counter-", "de-"). */
export function isKnownPart(part: string, isLast: boolean, speller: Speller): boolean {
  return part.length <= 1 || speller.knows(part) || (!isLast && prefixes.has(part.toLowerCase()));
}

/** "modus" and "operandi" in "modus operandi". */
function inLoanPhrase(word: Word): boolean {
  const phrases = loanWords.get(word.key);
  if (!phrases) return false;
  const words = word.sentence.words;
  const at = words.indexOf(word);
  return phrases.some((phrase) => {
    const offset = phrase.indexOf(word.key);
    return phrase.every((part, i) => words[at - offset + i]?.key === part);
  });
}

/** A piece of a word a quotation's editor changed in square brackets: "[W]ith", "pick[ing]". */
function inBracketedWord(word: Word): boolean {
  const tokens = word.sentence.tokens;
  return /[[\]]$/.test(tokens[word.tokenIndex - 1]?.text ?? '') || /^[[\]]/.test(tokens[word.tokenIndex + 1]?.text ?? '');
}

/** "al" in "al Qaeda", "de" in "de Blasio", "von" and "der" in "von der Leyen". */
function isParticleBeforeName(word: Word): boolean {
  const tokens = word.sentence.tokens;
  // Particles may come in a row before the name: "Ursula von der Leyen", "Oscar de la Renta".
  for (let i = word.tokenIndex; particles.has(tokens[i].text.toLowerCase()); i += 2) {
    const after = tokens[i + 2];
    if (tokens[i + 1]?.kind !== 'whitespace' || after?.kind !== 'word') return false;
    if (/^\p{Lu}/u.test(after.text)) return true;
  }
  return false;
}

/** A first name opening a sentence: "Melania Trump said …". */
function beginsFullName(word: Word): boolean {
  const tokens = word.sentence.tokens;
  const after = tokens[word.tokenIndex + 2];
  return tokens[word.tokenIndex + 1]?.kind === 'whitespace' && after?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(after.text);
}

/**
 * A word English builds from one the dictionary knows: a closed-up prefix
 * ("nongovernment", "reenergized"), -ly or -ness ("cartoonishly",
 * "connectedness"), or an elision ("’em").
 */
function isDerived(part: string, speller: Speller): boolean {
  const word = part.toLowerCase();
  if (/^['’]/.test(word)) return elisions.has(word.slice(1));
  const known = (stem: string) => stem.length >= 4 && speller.knows(stem);
  if (closedPrefixes.some((prefix) => word.startsWith(prefix) && known(word.slice(prefix.length)))) return true;
  const suffix = /(?:ly|ness)$/.exec(word);
  return suffix !== null && known(word.slice(0, suffix.index));
}

function partKind(part: string): PartKind {
  if (!/\p{Lu}/u.test(part)) return 'lower';
  // O'Brien and D'Souza are capitalised names too.
  return /^\p{Lu}[^\p{Lu}]*(?:['’]\p{Lu}[^\p{Lu}]*)?$/u.test(part) ? 'capitalised' : 'other';
}

/** What no word of prose has: digits, full stops (U.S.), slashes (h/t), underscores, colons (CSS), a stray accent first. */
const notAWord = /[\d./_@&+=<>:\\]|^\p{M}/u;

function stripPossessive(text: string): string {
  return text.replace(/['’]s?$/u, '');
}

/** The word without a possessive or a contracted verb: "Qureshi’s", "everything’ll". */
export function stripEnding(text: string): string {
  return text.replace(/['’](?:s|ll|re|ve|d|m)?$/iu, '');
}

function withoutAccents(text: string): string {
  return /[\u00c0-\u024f]/u.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
}

export function keyOf(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}
