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
 *
 * Also flags a word whose accents or quotation marks were garbled on the way
 * from another system ("FranÃ§ois"), with what it said ("François") as a
 * safe fix; see engine/garbled.ts.
 */
import type { Finding } from '../engine/findings';
import type { ArticleModel, Sentence, Word } from '../engine/model';
import { KeptForDraft, KeptSentences } from '../engine/sentence-changes';
import { spellerFor, type Speller, type SpellingDialect } from '../engine/spelling';
import { articleDialect } from '../engine/dialect';
import { quoteAt } from '../engine/attribution';
import { articleEvidence, type ArticleEvidence } from '../engine/evidence';
import { isKnownPart, keyOf, MisspeltWords, stripEnding, type Suspect } from '../engine/misspelt';
import { dictionarySuggestions, maxSuggestions } from '../engine/suggest';
import { garbledWords, mayBeGarbled, type GarbledWord } from '../engine/garbled';
import type { Rule } from './rule';

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
    const garbled = garbledIn(model);
    const found = garbled.map(garbledFinding);
    if (!context.dictionaries) return context.dictionariesLoading ? found : [...found, dictionariesMissing()];
    const speller = spellerFor(context.dictionaries);
    const desk = deskWordsOf(context.config.words);
    // The pieces of a garbled word are not typos of their own: the word is flagged whole.
    const stems = misspellings(model, misspeltWordsFor(speller, desk))
      .map(stemOf)
      .filter((stem) => !garbled.some((word) => word.start < stem.end && stem.start < word.end));
    const evidence = articleEvidence(stems.map((stem) => stem.text), model, speller, (key) => desk.keys.has(key));
    return [...found, ...stems.map((stem, i) => typo(stem, evidence[i]))];
  },
  readAhead(sentence, context) {
    if (context.dictionaries) misspeltWordsFor(spellerFor(context.dictionaries), deskWordsOf(context.config.words)).inSentence(sentence, false);
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
        // The article's own spelling of the word is evidence enough to fix it unread, but a quotation is changed only knowingly.
        safe: (i === 0 && data?.evidence !== undefined && !quoteAt(model.quotes, finding.start)) || undefined,
      })),
    };
  },
};

/** Where a word is misspelt: the word without its possessive ending. */
interface Stem {
  text: string;
  start: number;
  end: number;
}

function stemOf(word: Word): Stem {
  const text = stripEnding(word.text);
  return { text, start: word.start, end: word.start + text.length };
}

function typo(stem: Stem, evidence: ArticleEvidence | undefined): Finding {
  const data: SpellingData = { word: stem.text };
  if (evidence) data.evidence = { word: matchCase(evidence.word, stem.text), count: evidence.count };
  return {
    rule: 'spelling',
    severity: 'warning',
    message: data.evidence
      ? `“${stem.text}” looks like a typo for “${data.evidence.word}”, which appears ${times(data.evidence.count)} in this article.`
      : `“${stem.text}” is not in the dictionary. Check the spelling; if it is right, add it to the desk dictionary.`,
    start: stem.start,
    end: stem.end,
    data: { ...data },
  };
}

/**
 * The article's misspelt words, in order. Each sentence names its suspects
 * (kept with its parse); the article settles the capitalised words that open
 * a sentence: names when it capitalises them where only a name would be, or
 * capitalises them more than once.
 */
function misspellings(model: ArticleModel, judge: MisspeltWords): Word[] {
  const titleCaseHeadline = isTitleCase(model);
  const suspects: Array<{ word: Word; suspect: Suspect }> = [];
  const nameKeys = new Set<string>();
  // Few sentences have a suspect; a title-case headline, read with every word opening a clause, may have some read so alone.
  const read = keptSuspects.get(model.draft, model.sentences, (sentence) => judge.inSentence(sentence, false).suspects.length > 0, judge);
  if (titleCaseHeadline) {
    for (const sentence of model.headline?.sentences ?? []) if (!read.includes(sentence)) read.push(sentence);
    read.sort((a, b) => a.index - b.index);
  }
  for (const sentence of read) {
    const opensAll = titleCaseHeadline && sentence.paragraph.isHeadline;
    for (const suspect of judge.inSentence(sentence, opensAll).suspects) {
      suspects.push({ word: sentence.words[suspect.word], suspect });
      if (suspect.unlessName !== undefined) nameKeys.add(suspect.unlessName);
    }
  }
  const names = namesAmong(nameKeys, model, judge, titleCaseHeadline);
  return suspects.filter(({ suspect }) => suspect.unlessName === undefined || !names.has(suspect.unlessName)).map(({ word }) => word);
}

/** The sentences with a suspect, read as they stand outside a title-case headline, for each judge. */
const keptSuspects = new KeptSentences();

/** Which of `keys` the article uses as names: capitalised where a clause does not open, or capitalised twice. */
function namesAmong(keys: Set<string>, model: ArticleModel, judge: MisspeltWords, titleCaseHeadline: boolean): Set<string> {
  const names = new Set<string>();
  if (keys.size === 0) return names;
  const capitals = capitalsOf(model, judge);
  // A title-case headline capitalises every word, as if each opened a clause.
  const headlineLoose = new Map<string, number>();
  if (titleCaseHeadline) {
    for (const sentence of model.headline?.sentences ?? []) {
      for (const { key, startsClause } of judge.inSentence(sentence, false).capitalised) if (!startsClause) headlineLoose.set(key, (headlineLoose.get(key) ?? 0) + 1);
    }
  }
  for (const key of keys) {
    const capital = capitals.get(key);
    if (capital && (capital.count > 1 || capital.loose - (headlineLoose.get(key) ?? 0) > 0)) names.add(key);
  }
  return names;
}

/** How often the article capitalises a word, and how often where no clause opens. */
interface Capital {
  count: number;
  loose: number;
}

/** The article's capitalised words, by key: kept for each draft. */
const keptCapitals = new KeptForDraft<{ judge: MisspeltWords; capitals: Map<string, Capital> }>();

/** Counted once for a draft, then brought up to date from the sentences each check changed. */
function capitalsOf(model: ArticleModel, judge: MisspeltWords): Map<string, Capital> {
  const add = (capitals: Map<string, Capital>, sentences: readonly Sentence[], sign: 1 | -1) => {
    for (const sentence of sentences) {
      for (const { key, startsClause } of judge.inSentence(sentence, false).capitalised) {
        let capital = capitals.get(key);
        if (!capital) capitals.set(key, (capital = { count: 0, loose: 0 }));
        capital.count += sign;
        if (!startsClause) capital.loose += sign;
        if (capital.count === 0) capitals.delete(key);
      }
    }
  };
  return keptCapitals.get(
    model.draft,
    model.sentences,
    () => {
      const capitals = new Map<string, Capital>();
      add(capitals, model.sentences, 1);
      return { judge, capitals };
    },
    (kept, { gone, came }) => {
      add(kept.capitals, gone, -1);
      add(kept.capitals, came, 1);
      return kept;
    },
    (kept) => kept.judge !== judge,
  ).capitals;
}

/** A headline in title case ("Pakistan Urges India To …") capitalises words that are not names. */
function isTitleCase(model: ArticleModel): boolean {
  const headlineWords = model.headline?.sentences.flatMap((s) => s.words).filter((w) => /^\p{L}{4,}/u.test(w.text)) ?? [];
  return headlineWords.length >= 3 && headlineWords.filter((w) => /^\p{Lu}/u.test(w.text)).length >= 0.6 * headlineWords.length;
}

const judges = new WeakMap<Speller, Map<string, MisspeltWords>>();

/** The desk's words as keys, and the sheet they make (what a judge is kept by). */
interface DeskWords {
  keys: ReadonlySet<string>;
  sheet: string;
}

const deskLists = new WeakMap<readonly string[], DeskWords>();

/** The desk words of a configuration's list: worked out once for the list, which every check and every sentence read ahead asks for. */
function deskWordsOf(words: readonly string[]): DeskWords {
  let desk = deskLists.get(words);
  if (!desk) {
    const keys = new Set(words.map(keyOf));
    deskLists.set(words, (desk = { keys, sheet: [...keys].join('\n') }));
  }
  return desk;
}

/** The judge (and its kept verdicts) for these dictionaries and desk words; a few desk lists are kept, one per style sheet. */
function misspeltWordsFor(speller: Speller, desk: DeskWords): MisspeltWords {
  let bySheet = judges.get(speller);
  if (!bySheet) judges.set(speller, (bySheet = new Map()));
  const { sheet } = desk;
  let judge = bySheet.get(sheet);
  if (!judge) {
    if (bySheet.size >= 8) bySheet.clear();
    judge = new MisspeltWords(speller, desk.keys);
    bySheet.set(sheet, judge);
  }
  return judge;
}

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

/**
 * A word whose accents or quote marks were mangled between two systems
 * ("FranÃ§ois"): what it said, when every byte is still there, as a safe fix.
 */
function garbledFinding(word: GarbledWord): Finding {
  const finding: Finding = {
    rule: 'spelling',
    severity: 'warning',
    message: word.meant
      ? `“${word.text}” has garbled characters: accents or quotation marks mangled on the way from another system. It should read “${word.meant}”.`
      : `“${word.text}” has garbled characters: accents or quotation marks mangled on the way from another system, some of them lost. Retype it.`,
    start: word.start,
    end: word.end,
    // Never a word for the dictionary, and no dictionary suggestions.
    suggestions: word.meant ? [word.meant] : [],
  };
  if (word.meant) finding.fixes = [{ title: `Change to “${word.meant}”`, edits: [{ start: word.start, end: word.end, newText: word.meant }], preferred: true, safe: true }];
  return finding;
}

/** The sentences that may hold garbled characters, kept for each draft: a keystroke scans only the sentences it changed. */
const withGarbling = new KeptSentences();

/** The draft's garbled words: in its sentences, so never in Markdown's code or markup. */
function garbledIn(model: ArticleModel): GarbledWord[] {
  const { text } = model;
  const words = withGarbling
    .get(model.draft, model.sentences, (sentence) => mayBeGarbled(text.slice(sentence.start, sentence.end)))
    .flatMap((sentence) => garbledWords(text, sentence.start, sentence.end));
  // Two sentences with no space between them may share a word.
  return words.filter((word, i) => i === 0 || word.start !== words[i - 1].start);
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
