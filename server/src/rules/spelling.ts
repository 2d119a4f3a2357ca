/**
 * spelling — a word no English dictionary knows, with the word the reporter
 * meant: first the article's own ("de-escate" → "de-escalate", written three
 * times elsewhere in the story), then the dictionary's.
 *
 * Does not flag:
 * - names: a capitalised word inside a sentence ("Foreign Secretary Vijay
 *   Gokhale") is a name, not a typo; the names rules check its consistency.
 *   A capitalised word that opens a sentence is checked, unless the article
 *   uses it as a name elsewhere ("Qureshi said …"), uses it twice, a
 *   capitalised word follows it ("Melania Trump said"), or no dictionary
 *   word is one slip of the keyboard away from it;
 * - acronyms and mixed case (JeM, CRPF, MiG-21, iPhone): the acronym rules own them;
 * - addresses, handles, hashtags, numbers and units (40km, 1990s, 3rd), and
 *   abbreviations with full stops (U.S.);
 * - correct compounds checked part by part ("counter-terrorism",
 *   "de-escalate", "Pakistan-based", "Jaish-e-Muhammed");
 * - possessives, contractions and curly apostrophes ("Qureshi’s", "everything’ll", "’em");
 * - words built from a known word with a prefix or -ly, -ness ("nongovernment",
 *   "cartoonishly"), and loan phrases whose words are not English alone
 *   ("modus operandi", "bona fides"), listed in data/loan-phrases.ts;
 * - spellings of either dialect ("neighbours", "neighbors"): mixing them is
 *   `spelling-dialect`'s business;
 * - the desk's and the reporter's own words (`words` in the configuration).
 */
import { compoundPrefixes } from '../data/compound-prefixes';
import { nameParticles } from '../data/name-particles';
import { loanPhrases } from '../data/loan-phrases';
import type { Finding } from '../engine/findings';
import type { ArticleModel, Word } from '../engine/model';
import { spellerFor, type Speller, type SpellingDialect } from '../engine/spelling';
import { articleDialect } from '../engine/dialect';
import { dictionarySuggestions, evidenceFor, maxSuggestions, type ArticleEvidence } from '../engine/suggest';
import type { Rule, RuleContext } from './rule';

const prefixes = new Set(compoundPrefixes);
const particles = new Set(nameParticles);
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

/** What `spelling` findings carry in `data`, for the adapters' "add to dictionary" actions. */
export interface SpellingData {
  /** The misspelt word as written, without a possessive ending. */
  word: string;
  evidence?: ArticleEvidence;
}

export const spelling: Rule = {
  id: 'spelling',
  defaultSeverity: 'warning',
  description: 'A word no English dictionary knows, with the word the article itself suggests.',
  docs:
    'Flags words that neither the American nor the British dictionary knows, and offers the word the reporter probably meant: first a word the article uses elsewhere ("de-escate" → "de-escalate", which the story writes three times), then dictionary words, ranked by how easy the slip is to make and how common the word is. Names inside a sentence, acronyms, addresses, numbers and the desk\'s own words are left alone; hyphenated words are checked part by part.',
  check(model, context) {
    if (!context.dictionaries) return [dictionariesMissing()];
    const speller = spellerFor(context.dictionaries);
    const reading = new ArticleReading(model, speller, context);
    const findings: Finding[] = [];
    for (const word of model.words) {
      const stem = reading.misspelt(word);
      if (!stem) continue;
      const evidence = evidenceFor(stem.text, model, speller, (key) => reading.isDeskWord(key));
      const data: SpellingData = { word: stem.text };
      if (evidence) data.evidence = { word: matchCase(evidence.word, stem.text), count: evidence.count };
      findings.push({
        rule: 'spelling',
        severity: 'warning',
        message: data.evidence
          ? `“${stem.text}” looks like a typo for “${data.evidence.word}”, which appears ${times(data.evidence.count)} in this article.`
          : `“${stem.text}” is not in the dictionary. Check the spelling; if it is right, add it to the desk dictionary.`,
        start: stem.start,
        end: stem.end,
        data: { ...data },
      });
    }
    return findings;
  },
  resolve(finding, model, context) {
    if (!context.dictionaries || finding.suggestions) return finding;
    const data = finding.data as SpellingData | undefined;
    const typed = data?.word ?? model.text.slice(finding.start, finding.end);
    const speller = spellerFor(context.dictionaries);
    const suggestions = unique([
      ...(data?.evidence ? [data.evidence.word] : []),
      ...suggestionsFor(typed, speller, articleDialect(model, speller).dialect, model),
    ]).slice(0, maxSuggestions);
    return {
      ...finding,
      suggestions,
      fixes: suggestions.map((suggestion, i) => ({
        title: `Change to “${suggestion}”`,
        edits: [{ start: finding.start, end: finding.end, newText: suggestion }],
        preferred: i === 0 || undefined,
        // The article's own spelling of the word is evidence enough to fix it unread.
        safe: (i === 0 && data?.evidence !== undefined) || undefined,
      })),
    };
  },
};

/** Fixes the one misspelt part of a compound ("de-escate" → "de-escape"), or the whole word. */
function suggestionsFor(typed: string, speller: Speller, dialect: SpellingDialect | undefined, model: ArticleModel): string[] {
  const parts = typed.split('-');
  const unknown = parts.map((part, i) => !isKnownPart(part, i === parts.length - 1, speller));
  if (parts.length > 1 && unknown.filter(Boolean).length === 1) {
    const at = unknown.indexOf(true);
    return dictionarySuggestions(parts[at].toLowerCase(), speller, dialect, model).map((fixed) =>
      parts.map((part, i) => (i === at ? matchCase(fixed, part) : part)).join('-'),
    );
  }
  return dictionarySuggestions(typed.toLowerCase(), speller, dialect, model).map((fixed) => matchCase(fixed, typed));
}

function isKnownPart(part: string, isLast: boolean, speller: Speller): boolean {
  return part.length <= 1 || speller.knows(part) || (!isLast && prefixes.has(part.toLowerCase()));
}

/** Where a word is misspelt: the word without its possessive ending. */
interface Stem {
  text: string;
  start: number;
  end: number;
}

type PartKind = 'lower' | 'capitalised' | 'other';

/** What the article tells about its own words: which are names, which are the desk's. */
class ArticleReading {
  private readonly deskWords: Set<string>;
  /** Words the article capitalises where only a name would be. */
  private readonly names = new Set<string>();
  private readonly capitalisedCounts = new Map<string, number>();
  private readonly titleCaseHeadline: boolean;

  constructor(
    model: ArticleModel,
    private readonly speller: Speller,
    context: RuleContext,
  ) {
    this.deskWords = new Set(context.config.words.map(keyOf));
    const headlineWords = model.headline?.sentences.flatMap((s) => s.words).filter((w) => /^\p{L}{4,}/u.test(w.text)) ?? [];
    this.titleCaseHeadline = headlineWords.length >= 3 && headlineWords.filter((w) => /^\p{Lu}/u.test(w.text)).length >= 0.6 * headlineWords.length;
    for (const word of model.words) {
      if (!/^\p{Lu}/u.test(word.text)) continue;
      const key = keyOf(stripPossessive(word.text));
      this.capitalisedCounts.set(key, (this.capitalisedCounts.get(key) ?? 0) + 1);
      if (!this.opensClause(word)) this.names.add(key);
    }
  }

  isDeskWord(key: string): boolean {
    return this.deskWords.has(key);
  }

  /** The stretch of the word to flag, or undefined when it is spelt right (or not ours to judge). */
  misspelt(word: Word): Stem | undefined {
    if (word.notProse || !/\p{L}/u.test(word.text) || notAWord.test(word.text)) return undefined;
    if (this.deskWords.has(word.key) || this.speller.knows(word.text)) return undefined;
    const text = stripEnding(word.text);
    const stem: Stem = { text, start: word.start, end: word.start + text.length };
    const plain = withoutAccents(text.replace(/\u00ad/g, ''));
    if (plain !== word.text && (this.deskWords.has(keyOf(plain)) || this.speller.knows(plain))) return undefined;
    if (this.endsBrokenWord(word, plain) || this.isParticleBeforeName(word) || this.inLoanPhrase(word)) return undefined;

    const parts = plain.split('-');
    if (parts.some((part) => part === '') || parts.filter((part) => part.length <= 2).length >= 3) return undefined;
    const kinds = parts.map(partKind);
    const hasCapital = kinds.includes('capitalised');
    if (parts.length > 1 && !hasCapital && this.speller.knows(parts.join(''))) return undefined;

    const opensClause = this.opensClause(word);
    let unknown = false;
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
      if (this.looksLikeName(key) || this.beginsFullName(word)) continue;
      unknown = true;
    }
    return unknown ? stem : undefined;
  }

  /** The second half of a word broken across a line in print: "prosecu- tion". */
  private endsBrokenWord(word: Word, text: string): boolean {
    const tokens = word.sentence.tokens;
    const before = tokens[word.tokenIndex - 2];
    if (before?.kind !== 'word' || !before.text.endsWith('-') || tokens[word.tokenIndex - 1].kind !== 'whitespace') return false;
    return this.speller.knows(before.text.slice(0, -1) + text);
  }

  /** "modus" and "operandi" in "modus operandi". */
  private inLoanPhrase(word: Word): boolean {
    const phrases = loanWords.get(word.key);
    if (!phrases) return false;
    const words = word.sentence.words;
    const at = words.indexOf(word);
    return phrases.some((phrase) => {
      const offset = phrase.indexOf(word.key);
      return phrase.every((part, i) => words[at - offset + i]?.key === part);
    });
  }

  /** "al" in "al Qaeda", "de" in "de Blasio". */
  private isParticleBeforeName(word: Word): boolean {
    const tokens = word.sentence.tokens;
    const after = tokens[word.tokenIndex + 2];
    return particles.has(word.key) && tokens[word.tokenIndex + 1]?.kind === 'whitespace' && after?.kind === 'word' && /^\p{Lu}/u.test(after.text);
  }

  /** A first name opening a sentence: "Melania Trump said …". */
  private beginsFullName(word: Word): boolean {
    const tokens = word.sentence.tokens;
    const after = tokens[word.tokenIndex + 2];
    return tokens[word.tokenIndex + 1]?.kind === 'whitespace' && after?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(after.text);
  }

  private opensClause(word: Word): boolean {
    return word.startsClause || (this.titleCaseHeadline && word.sentence.paragraph.isHeadline);
  }

  /** A capitalised word at the start of a sentence that the article treats as a name. */
  private looksLikeName(key: string): boolean {
    if (this.names.has(key) || (this.capitalisedCounts.get(key) ?? 0) > 1) return true;
    return !this.speller.nearDictionaryWord(key);
  }
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
function stripEnding(text: string): string {
  return text.replace(/['’](?:s|ll|re|ve|d|m)?$/iu, '');
}

function withoutAccents(text: string): string {
  return /[\u00c0-\u024f]/u.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
}

function keyOf(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/** The suggestion in the typed word's case: "Goverment" → "Government". */
function matchCase(suggestion: string, typed: string): string {
  if (/^\p{Lu}/u.test(typed) && /^\p{Ll}/u.test(suggestion)) return suggestion[0].toUpperCase() + suggestion.slice(1);
  return suggestion;
}

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function dictionariesMissing(): Finding {
  return {
    rule: 'spelling',
    severity: 'warning',
    message: 'Spelling is not being checked: Copydesk could not load its English dictionaries. Reinstall the extension, or turn the "spelling" rule off.',
    start: 0,
    end: 0,
  };
}
