/**
 * Acronyms in the article: where each is used and where, if anywhere, it is
 * spelled out. Built once per check from the model's words; the acronym
 * rules and the report read it.
 *
 * A definition takes one of the three forms news copy uses:
 *   "Jaish-e-Muhammed (JeM)"                   expansion, then the acronym in brackets
 *   "JeM (Jaish-e-Muhammed)"                   acronym, then the expansion in brackets
 *   "the Central Reserve Police Force, or CRPF,"
 * The acronym's letters are matched loosely to the expansion: its capitals to
 * the first letters of the expansion's words and hyphenated parts (J-e-M for
 * Jaish-e-Muhammed, C-R-P-F for Central Reserve Police Force), its small
 * letters also to letters inside a word (MiG, Mikoyan-Gurevich), and small
 * words (of, and, the, e) may be skipped. Every other word of the expansion
 * has to give a letter, so "Pakistan-based Jaish-e-Muhammed (JeM)" expands
 * to "Jaish-e-Muhammed" alone.
 *
 * An article can also spell an acronym out without brackets: "Foreign
 * Minister Shah Mehmood Qureshi" … "FM Qureshi". That counts as spelled out
 * for `acronym-undefined`, never as a definition that could come too late.
 *
 * Each sentence is read once (its definitions, its acronyms, whether it is
 * shouting or opens with a dateline, the initials of its capitalised
 * phrases) and kept while recent checks use it, so a check after a
 * keystroke reads only the sentences typed in.
 */
import { functionWords } from '../data/function-words';
import { wellKnownAcronyms } from '../data/well-known-acronyms';
import { isCommonWord } from './english';
import { ungarbled } from './garbled';
import type { Paragraph, Sentence, Token, Word } from './model';
import { headlineOf, sentenceChanges, sourcesGone } from './sentence-changes';
import type { ChunkSentence } from './tokens';
import { IdMap, IdSet, Interner, RecentReadings } from './memo';
import { finish } from './steps';

export type DefinitionForm = 'expansion-first' | 'acronym-first' | 'or';

export interface AcronymDefinition {
  acronym: string;
  /** As written: "Jaish-e-Muhammed". */
  expansion: string;
  form: DefinitionForm;
  /** The whole definition, brackets included ("Jaish-e-Muhammed (JeM)"; for "or": "Full Name, or ACR", and the comma after it). */
  readonly start: number;
  readonly end: number;
  readonly expansionStart: number;
  readonly expansionEnd: number;
  /** The acronym inside the definition. */
  readonly acronymStart: number;
  readonly acronymEnd: number;
}

export interface AcronymUse {
  /** The word as written, possessive and plural left out ("CEO" of "CEOs"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly word: Word;
  readonly inHeadline: boolean;
}

export interface AcronymEntry {
  acronym: string;
  /** Every use outside its own definition, in source order. */
  uses: AcronymUse[];
  /** The first definition in the article. */
  definition?: AcronymDefinition;
  /** A capitalised phrase of the article whose initials it takes ("Foreign Minister" for FM). */
  spelledOut?: string;
  /** On the well-known list or the desk's `acronyms.known`. */
  wellKnown: boolean;
}

export interface AcronymTable {
  entries: AcronymEntry[];
  byAcronym: Map<string, AcronymEntry>;
}

/** Small words an acronym may skip or take a letter from: Department of Defense (DoD), Jaish-e-Muhammed (JeM). */
const skippable = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'at', 'a', 'an', 'e', 'i', 'al', 'el', 'ul', 'de', 'la', '&']);
const romanNumeral = /^[IVX]+$/;
const maxLetters = 8;

/**
 * The acronym a word is, if it is one: "CRPF", "JeM", "U.S." → "US", "CEOs" →
 * "CEO", "JeM’s" → "JeM". Two to eight letters, at least two capitals and no
 * more small letters than capitals; Roman numerals and English words set in
 * capitals are not acronyms.
 */
export function acronymOf(text: string): string | undefined {
  if (!hasTwoCapitals(text)) return undefined;
  let t = text.replace(/[’']s$/u, '').replace(/s[’']$/u, 's');
  if (/^(\p{Lu}\.){2,}$/u.test(t)) return t.replace(/\./g, '');
  if (/^\p{Lu}{2,}s$/u.test(t)) t = t.slice(0, -1);
  if (!/^\p{Lu}\p{L}+$/u.test(t) || t.length > maxLetters) return undefined;
  const capitals = (t.match(/\p{Lu}/gu) ?? []).length;
  if (capitals < 2 || capitals < t.length - capitals) return undefined;
  if (romanNumeral.test(t)) return undefined;
  // "BEFORE", "SUSPECT": a word set in capitals, not an acronym (but AIDS and WHO are).
  if (t.length >= 4 && capitals === t.length && !isWellKnown(t) && isCommonWord(t.toLowerCase())) return undefined;
  return t;
}

/** On the list readers know without being told (US, NATO, FBI…). */
function isWellKnown(acronym: string): boolean {
  return Object.prototype.hasOwnProperty.call(wellKnownAcronyms, acronym);
}

function hasTwoCapitals(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length && capitals < 2; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c > 127 && text[i] !== text[i].toLowerCase())) capitals++;
  }
  return capitals >= 2;
}

interface Part {
  text: string;
  optional: boolean;
}

function partsOf(words: readonly string[]): Part[] {
  const parts: Part[] = [];
  for (const word of words) {
    for (const piece of word.split(/[-‐]/)) {
      if (!piece) continue;
      parts.push({ text: piece.toLowerCase(), optional: skippable.has(piece.toLowerCase()) });
    }
  }
  return parts;
}

/**
 * True when `acronym` abbreviates exactly these words: its first letter
 * starts the first word, every word that is not a small word gives its first
 * letter, and every letter is used.
 */
export function abbreviates(acronym: string, words: readonly string[]): boolean {
  const letters = [...acronym].filter((c) => /\p{L}/u.test(c));
  const parts = partsOf(words);
  if (letters.length === 0 || parts.length === 0) return false;
  if (parts[0].text[0] !== letters[0].toLowerCase()) return false;
  const memo = new Map<number, boolean>();
  // State: letter `li` is next; part `pi` has its first letter matched, up to character `ci`.
  const go = (li: number, pi: number, ci: number): boolean => {
    const key = (li * 64 + pi) * 64 + ci;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result = false;
    if (li === letters.length) {
      result = parts.slice(pi + 1).every((p) => p.optional);
    } else {
      const letter = letters[li];
      const lower = letter.toLowerCase();
      if (letter === lower) {
        const part = parts[pi].text;
        for (let c = ci + 1; c < part.length && !result; c++) if (part[c] === lower) result = go(li + 1, pi, c);
      }
      for (let pj = pi + 1; pj < parts.length && !result; pj++) {
        if (parts[pj].text[0] === lower) result = go(li + 1, pj, 0);
        if (!parts[pj].optional) break;
      }
    }
    memo.set(key, result);
    return result;
  };
  return go(1, 0, 0);
}

/**
 * What one sentence holds for the table, read from its own tokens alone,
 * once per parse, and kept while the last few checks use it (see
 * RecentReadings): token indices, never offsets, so a paragraph that moves
 * in the draft is not read again.
 */
interface SentenceReading {
  definitions: DefinitionAt[];
  /** Words that are acronyms by their letters, not an address, not the acronym of a definition here. */
  acronyms: Candidate[];
  /**
   * Those and every other capitalised word that could be a use: read only
   * for an article with a definition written like a name ("Nato").
   */
  capitalised?: Candidate[];
  shouting: boolean;
  /** Words before this token index are a dateline, if the sentence opens its paragraph (see datelineEnd). */
  datelineEnd: number;
  /** Words before this token index are a label ("CLINTON:", "JAKE TAPPER:", "BYLINE:"), if the sentence opens its paragraph. */
  labelEnd: number;
  /** Every word is in capitals: a heading ("TWITTER.", "TOP STORIES.") when it is its paragraph's only sentence. */
  allCapitals: boolean;
  /** Token indices of words in capitals that are words, not acronyms (see wordsInCapitals). */
  notAcronyms: number[];
  /**
   * Read only for articles with an acronym nobody defined: the first letters
   * of the words of its capitalised phrases, a bit for each of a–z, bit 26
   * for any other (see spelledOutIn). The phrases themselves are not kept:
   * they are quickly read again, and seldom wanted.
   */
  phraseLetters?: number;
  initials?: Initials;
  spelledOut?: Map<string, string | undefined>;
}

/**
 * The initials of a sentence's phrases as ids (see `initialIds`), each with
 * the first stretch that has them: `at[3k]` is its phrase, `at[3k + 1]` and
 * `at[3k + 2]` its first and last word (the text is made only when asked).
 */
interface Initials {
  generation: number;
  ids: number[];
  at: number[];
}

/** Initials as numbers, so the article-wide look-up of open acronyms is array reads rather than string hashing. */
const initialIds = new Interner();
/** Reused by every check, emptied at its start. */
const wantedIds = new IdSet();
const foundStretches = new IdMap<string>();

/** A definition with token indices in place of offsets. */
interface DefinitionAt {
  acronym: string;
  expansion: string;
  form: DefinitionForm;
  first: number;
  last: number;
  expansionFirst: number;
  expansionLast: number;
  acronymAt: number;
}

interface Candidate {
  index: number;
  text: string;
  acronym?: string;
  /** A small English word set in capitals ("did NOT", "us ALL"): a use only of an acronym the story defines ("Islamic State (IS)"). */
  stressed?: true;
  /** Where the use ends, from the word's start. */
  length?: number;
}

const readings = new RecentReadings<ChunkSentence, SentenceReading>();

function readingOf(sentence: Sentence): SentenceReading {
  return readings.get(sentence.source, () => readSentence(sentence));
}

/** Reads a sentence for the table ahead of its build, which then finds it read (see modelInSteps). */
export function readAcronymsAhead(sentence: Sentence): void {
  readingOf(sentence);
}

/** Lets go of what the table read in these sentences (see letGoOfDraft); returns how many it held. */
export function forgetAcronymReadings(sources: Iterable<ChunkSentence>): number {
  return readings.forget(sources);
}

function readSentence(sentence: Sentence): SentenceReading {
  const definitions = definitionsIn(sentence);
  const notAcronyms = wordsInCapitals(sentence);
  const reading: SentenceReading = {
    definitions: definitions.length > 0 ? definitions.slice() : none,
    acronyms: none,
    shouting: isShouting(sentence),
    datelineEnd: datelineEnd(sentence),
    labelEnd: labelEnd(sentence),
    allCapitals: sentence.words.every(inCapitals),
    notAcronyms: notAcronyms.length > 0 ? notAcronyms : none,
  };
  const acronyms = candidatesIn(sentence, reading, true);
  if (acronyms.length > 0) reading.acronyms = acronyms.slice();
  return reading;
}

/** Shared by every sentence without definitions or acronyms, which is most. */
const none: never[] = [];

/** The words of the sentence that may be uses of an acronym: its acronyms, or (`acronymsOnly` false) every word with a capital. */
function candidatesIn(sentence: Sentence, reading: SentenceReading, acronymsOnly: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  for (const word of sentence.words) {
    // Every acronym, and every word a definition's acronym could be, starts with a capital.
    if (word.notProse || !/^\p{Lu}/u.test(word.text) || reading.definitions.some((d) => d.acronymAt === word.tokenIndex) || reading.notAcronyms.includes(word.tokenIndex)) continue;
    const acronym = acronymOf(word.text);
    if (acronym && inGarbledWord(sentence, word.tokenIndex)) continue;
    if (acronym) {
      const candidate: Candidate = { index: word.tokenIndex, text: word.text, acronym, length: useLength(word.text, acronym) };
      if (smallWords.has(word.key) && !isWellKnown(acronym)) candidate.stressed = true;
      candidates.push(candidate);
    }
    else if (!acronymsOnly) candidates.push({ index: word.tokenIndex, text: word.text });
  }
  return candidates;
}

/** How much of the word the use covers: the acronym, without the possessive or plural after it. */
function useLength(text: string, acronym: string): number {
  return Math.min(text.length, text.indexOf(acronym) >= 0 ? text.indexOf(acronym) + acronym.length : text.length);
}

/**
 * Builds the table. `draft`, when given, is anything the caller keeps for one
 * draft from check to check (model.ts passes its KeptReading): the table
 * remembers its last build for it, and a keystroke that leaves every
 * definition, use and (where asked) capitalised phrase as it was only moves
 * the table to this check's offsets (see `afterEdit`).
 */
export function buildAcronymTable(sentences: readonly Sentence[], knownByDesk: readonly string[], draft?: object): AcronymTable {
  return finish(tableInSteps(sentences, knownByDesk, draft));
}

/** Sentences read for definitions, uses or initials in one step of `tableInSteps`. */
const sentencesAStep = 128;

/** Look-ups of initials begun in this process: one begun between another's steps is seen by it (see tableInSteps). */
let initialsLookups = 0;

/**
 * The same table in steps, for a long draft's first check (see modelInSteps):
 * a step for each stretch of sentences read for definitions, for uses, and
 * for the initials of an acronym nobody defined (a few hundred milliseconds,
 * cold, for 100,000 words in one go). Another draft's check may run between
 * steps. Every look-up of initials shares their ids and the sets it reuses
 * (see wantedIds): should another table look initials up between this one's
 * steps of it, this one starts over, in one go. A keystroke's check
 * elsewhere that moves its table does not.
 */
export function* tableInSteps(sentences: readonly Sentence[], knownByDesk: readonly string[], draft?: object): Generator<void, AcronymTable> {
  const again = () => buildAcronymTable(sentences, knownByDesk, draft);
  const last = draft && lastBuilds.get(draft);
  const moved = last && afterEdit(last, sentences, knownByDesk);
  if (moved) return moved;

  // Looked up entry by entry rather than merged into one set: the well-known list is long, an article's acronyms few.
  const isKnown = (acronym: string) => isWellKnown(acronym) || knownByDesk.includes(acronym);
  const byAcronym = new Map<string, AcronymEntry>();
  const entryFor = (acronym: string) => {
    let entry = byAcronym.get(acronym);
    if (!entry) {
      entry = { acronym, uses: [], wellKnown: isKnown(acronym) };
      byAcronym.set(acronym, entry);
    }
    return entry;
  };

  readings.startCheck();
  const read = sentences.map(readingOf);
  const definedFrom = new Map<AcronymEntry, { at: DefinitionAt; sentence: Sentence }>();
  for (let i = 0; i < read.length; i++) {
    if (i % sentencesAStep === sentencesAStep - 1) yield;
    for (const definition of read[i].definitions) {
      const entry = entryFor(definition.acronym);
      if (entry.definition) continue;
      entry.definition = placeDefinition(definition, sentences[i]);
      definedFrom.set(entry, { at: definition, sentence: sentences[i] });
    }
  }

  // A word that is a defined acronym written like a name ("Nato", "Nato’s") is a use of it too;
  // which words those are follows from the definitions alone.
  const definedAs = new Map<string, string>();
  for (const entry of byAcronym.values()) {
    for (const text of [entry.acronym, `${entry.acronym}'s`, `${entry.acronym}’s`]) if (!acronymOf(text)) definedAs.set(text, entry.acronym);
  }

  const defined = definedIn(definedFrom);
  for (let i = 0; i < read.length; i++) {
    if (i % sentencesAStep === sentencesAStep - 1) yield;
    for (const use of usesIn(sentences[i], read[i], definedAs, defined)) entryFor(use.acronym).uses.push(placeUse(use, sentences[i]));
  }

  const entries = [...byAcronym.values()].filter((entry) => entry.uses.length > 0 || entry.definition);
  const open = entries.filter((entry) => !entry.definition && !entry.wellKnown);
  if (open.length > 0) {
    // This look-up takes the sets initialsIndex reuses: another begun before it ends leaves its answer wrong.
    const lookup = ++initialsLookups;
    const byInitials = yield* initialsIndex(sentences, read, [...new Set(open.map((entry) => entry.acronym.toUpperCase()))]);
    if (initialsLookups !== lookup) return again();
    for (const entry of open) {
      const spelledOut = byInitials.get(entry.acronym.toUpperCase()) ?? (/\p{Ll}/u.test(entry.acronym) ? spelledOutIn(entry.acronym, sentences, read) : undefined);
      if (spelledOut) entry.spelledOut = spelledOut;
    }
  }
  entries.sort((a, b) => firstOffset(a) - firstOffset(b));
  const table = { entries, byAcronym };
  if (draft) {
    lastBuilds.set(draft, { table, sentences, headline: headlineOf(sentences), knownByDesk, definedAs, definedFrom, readsPhrases: open.length > 0 });
  }
  return table;
}

/** A use as a sentence's reading gives it: the word by token index, and how much of it is the acronym. */
interface UseAt {
  acronym: string;
  index: number;
  length: number;
}

/** The acronyms the story defines: those of the entries with a definition. */
function definedIn(definedFrom: ReadonlyMap<AcronymEntry, unknown>): Set<string> {
  return new Set([...definedFrom.keys()].map((entry) => entry.acronym));
}

/** The sentence’s uses of acronyms, given the words that are defined acronyms written like names and the acronyms defined. */
function usesIn(sentence: Sentence, reading: SentenceReading, definedAs: ReadonlyMap<string, string>, defined: ReadonlySet<string>): UseAt[] {
  if (reading.shouting || (reading.allCapitals && sentence.paragraph.sentences.length === 1)) return none;
  const dateline = sentence.paragraph.sentences[0] === sentence ? Math.max(reading.datelineEnd, reading.labelEnd) : 0;
  if (definedAs.size > 0) reading.capitalised ??= candidatesIn(sentence, reading, false);
  let uses: UseAt[] | undefined;
  for (const candidate of definedAs.size > 0 ? reading.capitalised! : reading.acronyms) {
    if (candidate.index < dateline) continue;
    const acronym = candidate.acronym ?? definedAs.get(candidate.text);
    if (!acronym || (candidate.stressed && !defined.has(acronym))) continue;
    (uses ??= []).push({ acronym, index: candidate.index, length: candidate.length ?? useLength(candidate.text, acronym) });
  }
  return uses ?? none;
}

function placeUse(use: UseAt, sentence: Sentence): AcronymUse {
  return new PlacedUse(use.acronym, sentence.tokens[use.index] as Word, use.length, sentence.paragraph.isHeadline);
}

/** A use whose offsets are its word's, read when asked: an edit elsewhere moves the word's paragraph, and so the use. */
class PlacedUse implements AcronymUse {
  constructor(
    readonly text: string,
    readonly word: Word,
    private readonly length: number,
    readonly inHeadline: boolean,
  ) {}
  get start(): number {
    return this.word.start;
  }
  get end(): number {
    return this.word.start + this.length;
  }
  /** What it says, and where (a class's getters are not spread or serialised). */
  toJSON(): Omit<AcronymUse, 'word'> {
    const { text, start, end, inHeadline } = this;
    return { text, start, end, inHeadline };
  }
}

/** A draft's last table, with what it was built from. */
interface LastBuild {
  table: AcronymTable;
  sentences: readonly Sentence[];
  headline: Paragraph | undefined;
  knownByDesk: readonly string[];
  definedAs: ReadonlyMap<string, string>;
  /** Where each entry's definition was read, to place it again. */
  definedFrom: Map<AcronymEntry, { at: DefinitionAt; sentence: Sentence }>;
  /** Some acronym was looked for in the article's capitalised phrases (see initialsIndex, spelledOutIn). */
  readsPhrases: boolean;
}

/** Keyed by what the caller keeps for a draft, so a closed draft's table goes with it. */
const lastBuilds = new WeakMap<object, LastBuild>();

/**
 * The last table moved to this check's offsets, without reading the
 * sentences an edit left alone (the last check's sentence objects, moved in
 * place: see sentence-changes.ts). It holds where the sentences the edit
 * made have, between them, the definitions and uses of those they replace,
 * in the same order, and, if the table looked for acronyms in the article's
 * capitalised phrases, the same phrases: then a fresh build would make every
 * entry the same, only at other offsets. Undefined otherwise.
 */
function afterEdit(last: LastBuild, sentences: readonly Sentence[], knownByDesk: readonly string[]): AcronymTable | undefined {
  if (knownByDesk.length !== last.knownByDesk.length || knownByDesk.some((acronym, i) => acronym !== last.knownByDesk[i])) return undefined;
  const { gone, came } = sentenceChanges(last.sentences, sentences);
  // The headline's uses are marked as such, and a headline is never shouting's exception: read afresh when it changes.
  const headline = headlineOf(sentences);
  if (headline !== last.headline || gone.some((s) => s.paragraph === headline) || came.some((s) => s.paragraph.isHeadline)) return undefined;

  const definitions = (list: readonly Sentence[]) => list.flatMap((sentence) => readingOf(sentence).definitions.map((d) => [sentence, d] as const));
  const goneDefinitions = definitions(gone);
  const cameDefinitions = definitions(came);
  const sameDefinition = (a: DefinitionAt, b: DefinitionAt) => a.acronym === b.acronym && a.expansion === b.expansion && a.form === b.form;
  if (goneDefinitions.length !== cameDefinitions.length || !goneDefinitions.every(([, d], i) => sameDefinition(d, cameDefinitions[i][1]))) return undefined;
  const defined = definedIn(last.definedFrom);
  const uses = (list: readonly Sentence[]) => list.flatMap((sentence) => usesIn(sentence, readingOf(sentence), last.definedAs, defined).map((use) => [sentence, use] as const));
  const goneUses = uses(gone);
  const cameUses = uses(came);
  if (goneUses.length !== cameUses.length || !goneUses.every(([, u], i) => u.acronym === cameUses[i][1].acronym && u.length === cameUses[i][1].length)) return undefined;
  if (last.readsPhrases) {
    const phrases = (list: readonly Sentence[]) => list.flatMap((sentence) => phrasesIn(sentence, readingOf(sentence)).map((phrase) => phrase.join(' ')));
    const was = phrases(gone);
    const now = phrases(came);
    if (was.length !== now.length || was.some((phrase, i) => phrase !== now[i])) return undefined;
  }

  // What the sentences that went said is compared: nothing reads them after this (unless the edit put the same text back).
  readings.forget(sourcesGone(gone, came));

  // Where each definition read in a sentence that went is now: the one in its place among those that came. Compared
  // by what they are, not as objects: a paragraph written twice shares one reading, which may have been read again since.
  const goneSentences = new Set(gone);
  const sameAt = (a: DefinitionAt, b: DefinitionAt) => sameDefinition(a, b) && a.first === b.first && a.last === b.last && a.acronymAt === b.acronymAt;
  const definedNow = new Map<AcronymEntry, { at: DefinitionAt; sentence: Sentence }>();
  for (const [entry, from] of last.definedFrom) {
    if (!goneSentences.has(from.sentence)) continue;
    const k = goneDefinitions.findIndex(([sentence, d]) => sentence === from.sentence && sameAt(d, from.at));
    if (k < 0) return undefined;
    definedNow.set(entry, { sentence: cameDefinitions[k][0], at: cameDefinitions[k][1] });
  }

  // Uses and definitions read their offsets from their words, which move with their paragraphs: only those the
  // edit replaced are placed, in the place of theirs, acronym by acronym in order.
  const cameUsesOf = new Map<string, Array<readonly [Sentence, UseAt]>>();
  for (const use of cameUses) (cameUsesOf.get(use[1].acronym) ?? cameUsesOf.set(use[1].acronym, []).get(use[1].acronym)!).push(use);
  const { table } = last;
  for (const entry of table.entries) {
    const replacing = cameUsesOf.get(entry.acronym);
    if (replacing) {
      let next = 0;
      entry.uses.forEach((use, k) => {
        if (!goneSentences.has(use.word.sentence)) return;
        const [sentence, at] = replacing[next++];
        entry.uses[k] = placeUse(at, sentence);
      });
    }
    const from = definedNow.get(entry);
    if (!from) continue;
    last.definedFrom.set(entry, from);
    entry.definition = placeDefinition(from.at, from.sentence);
  }
  table.entries.sort((a, b) => firstOffset(a) - firstOffset(b));
  last.sentences = sentences;
  return table;
}

function placeDefinition(at: DefinitionAt, sentence: Sentence): AcronymDefinition {
  return new PlacedDefinition(at, sentence.tokens);
}

/** A definition whose offsets are its tokens', read when asked (see PlacedUse). */
class PlacedDefinition implements AcronymDefinition {
  readonly acronym: string;
  readonly expansion: string;
  readonly form: DefinitionForm;

  constructor(
    private readonly at: DefinitionAt,
    private readonly tokens: readonly Token[],
  ) {
    this.acronym = at.acronym;
    this.expansion = at.expansion;
    this.form = at.form;
  }
  get start(): number {
    return this.tokens[this.at.first].start;
  }
  get end(): number {
    return this.tokens[this.at.last].end;
  }
  get expansionStart(): number {
    return this.tokens[this.at.expansionFirst].start;
  }
  get expansionEnd(): number {
    return this.tokens[this.at.expansionLast].end;
  }
  get acronymStart(): number {
    return this.tokens[this.at.acronymAt].start;
  }
  get acronymEnd(): number {
    return this.tokens[this.at.acronymAt].end;
  }
  /** What it says, and where (a class's getters are not spread or serialised). */
  toJSON(): AcronymDefinition {
    const { acronym, expansion, form, start, end, expansionStart, expansionEnd, acronymStart, acronymEnd } = this;
    return { acronym, expansion, form, start, end, expansionStart, expansionEnd, acronymStart, acronymEnd };
  }
}

function firstOffset(entry: AcronymEntry): number {
  return Math.min(entry.uses[0]?.start ?? Infinity, entry.definition?.start ?? Infinity);
}

/**
 * Where the sentence's dateline ends: the token after its opening run of
 * words in capitals, when a dash, bracket or comma follows the run; else 0.
 * A wire story's dateline ("NEW DELHI —", "WASHINGTON (AP) —", "LOS ANGELES,
 * Feb. 3 —") is a place, not an acronym.
 */
export function datelineEnd(sentence: Sentence): number {
  const isCapitals = (token: Token) => token.kind === 'word' && /^\p{Lu}{2,}\.?$/u.test(token.text);
  let i = 0;
  while (i < sentence.tokens.length && (sentence.tokens[i].kind === 'whitespace' || isCapitals(sentence.tokens[i]))) i++;
  if (i === sentence.tokens.length || !/^[—–\-(,]$/u.test(sentence.tokens[i].text)) return 0;
  return i;
}

/** A sentence in capitals ("BREAKING NEWS ON PULWAMA") has no acronyms worth checking. */
function isShouting(sentence: Sentence): boolean {
  let shouted = 0;
  for (const word of sentence.words) if (/^\p{Lu}{3,}$/u.test(word.text) && !isWellKnown(word.text)) shouted++;
  return shouted >= 3 && shouted * 2 >= sentence.words.length;
}

/** A piece of a word with garbled characters: "DÃ¡te" is read as "DÃ", "¡" and "te" (see garbled.ts). */
function inGarbledWord(sentence: Sentence, index: number): boolean {
  const { tokens } = sentence;
  let from = index;
  while (from > 0 && tokens[from - 1].kind !== 'whitespace') from--;
  let to = index;
  while (to + 1 < tokens.length && tokens[to + 1].kind !== 'whitespace') to++;
  const word = tokens.slice(from, to + 1).map((token) => token.text).join('');
  return ungarbled(word) !== word;
}

/** A word set in capitals: "BREAKING", "OBAMA’S", "H.W.". */
function inCapitals(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}[\p{Lu}.'’&-]*$/u.test(token.text);
}

const smallWords = new Set(functionWords);

/**
 * The sentence's words in capitals that are words, not acronyms, by token index:
 * - a run of them, spaces apart, three or more long ("SIGN UP FOR OUR NEWSLETTER", "HILLARY CLINTON IS
 *   FEELING THE BERN As the race tightens…"), or two with an English word ("TOP STORIES");
 * - a name's initials ("George H.W. Bush", "J.K. Rowling").
 * (A small word stressed, "did NOT", is a candidate marked `stressed`: the story may define it, "Islamic State (IS)".)
 */
function wordsInCapitals(sentence: Sentence): number[] {
  const words: number[] = [];
  const { tokens } = sentence;
  let run: number[] = [];
  const endRun = () => {
    if (run.length >= 3 || (run.length === 2 && run.some((i) => isWordInCapitals(tokens[i].text)))) words.push(...run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'whitespace' && token.text === ' ') continue;
    if (!inCapitals(token)) {
      endRun();
      continue;
    }
    run.push(i);
    const next = tokens[i + 1]?.kind === 'whitespace' ? tokens[i + 2] : undefined;
    const initials = /^(\p{Lu}\.){2,3}$/u.test(token.text) && next?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.text);
    if (initials && !isWellKnown(token.text.replace(/\./g, ''))) words.push(i);
  }
  endRun();
  return [...new Set(words)].sort((a, b) => a - b);
}

/** An English word in capitals, not an acronym by its letters: "STORIES", "NEWSLETTER" (not "A", "II" or "CRPF"). */
function isWordInCapitals(text: string): boolean {
  return /^\p{Lu}{4,}$/u.test(text) && !acronymOf(text);
}

/**
 * Where a label in capitals opening the sentence ends: the token after its
 * colon ("CLINTON: I feel…", "“RAMOS: Secretary Clinton…", "BYLINE: Amber
 * Phillips"); 0 without one.
 */
function labelEnd(sentence: Sentence): number {
  const { tokens } = sentence;
  let i = 0;
  while (i < tokens.length && (tokens[i].kind === 'whitespace' || /^["“‘']$/u.test(tokens[i].text))) i++;
  const first = i;
  while (i < tokens.length && (inCapitals(tokens[i]) || (tokens[i].kind === 'whitespace' && tokens[i].text === ' ' && i > first))) i++;
  return i > first && tokens[i]?.text === ':' ? i + 1 : 0;
}

/** Indices of the sentence's tokens that are not white space, for reading patterns like "Word (ACR)". */
function solid(sentence: Sentence): number[] {
  const indices: number[] = [];
  sentence.tokens.forEach((token, i) => {
    if (token.kind !== 'whitespace') indices.push(i);
  });
  return indices;
}

function definitionsIn(sentence: Sentence): DefinitionAt[] {
  const at = solid(sentence);
  const tokens = at.map((i) => sentence.tokens[i]);
  const found: DefinitionAt[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.text === '(' && tokens[i + 2]?.text === ')' && tokens[i + 1].kind === 'word') {
      const acronym = bracketedAcronym(tokens[i + 1].text);
      const expansion = acronym && expansionBefore(tokens, i, acronym);
      if (acronym && expansion) {
        found.push({
          acronym,
          expansion: expansion.text,
          form: 'expansion-first',
          first: at[expansion.first],
          last: at[i + 2],
          expansionFirst: at[expansion.first],
          expansionLast: at[expansion.last],
          acronymAt: at[i + 1],
        });
      }
    }
    if (token.kind === 'word' && tokens[i + 1]?.text === '(') {
      const acronym = acronymOf(token.text);
      const close = tokens.findIndex((t, k) => k > i + 1 && t.text === ')');
      if (acronym && close > i + 2 && tokens.slice(i + 2, close).every((t) => t.kind === 'word')) {
        const inside = tokens.slice(i + 2, close);
        if (abbreviates(acronym, inside.map((t) => t.text))) {
          found.push({
            acronym,
            expansion: textBetween(sentence, at[i + 2], at[close - 1]),
            form: 'acronym-first',
            first: at[i],
            last: at[close],
            expansionFirst: at[i + 2],
            expansionLast: at[close - 1],
            acronymAt: at[i],
          });
        }
      }
    }
    if (token.text === ',' && tokens[i + 1]?.kind === 'word' && tokens[i + 1].text.toLowerCase() === 'or' && tokens[i + 2]?.kind === 'word') {
      const after = tokens[i + 3];
      const acronym = acronymOf(tokens[i + 2].text);
      if (acronym && (!after || /^[,.;:)—–]$/.test(after.text))) {
        const expansion = expansionBefore(tokens, i, acronym);
        if (expansion) {
          found.push({
            acronym,
            expansion: expansion.text,
            form: 'or',
            first: at[expansion.first],
            last: after?.text === ',' ? at[i + 3] : at[i + 2],
            expansionFirst: at[expansion.first],
            expansionLast: at[expansion.last],
            acronymAt: at[i + 2],
          });
        }
      }
    }
  }
  return found;
}

/** An acronym in brackets may be written like a name when it is spelled out right there ("Nato"). */
function bracketedAcronym(text: string): string | undefined {
  return acronymOf(text) ?? (/^\p{Lu}\p{Ll}{1,6}$/u.test(text) ? text : undefined);
}

/** The fewest words right before token `before` that `acronym` abbreviates: their text, and the first and last of them. */
function expansionBefore(tokens: readonly Token[], before: number, acronym: string): { text: string; first: number; last: number } | undefined {
  const words: Token[] = [];
  for (let k = before - 1; k >= 0 && tokens[k].kind === 'word' && words.length < acronym.length + 4; k--) {
    words.unshift(tokens[k]);
    if (words[0].text[0].toLowerCase() !== acronym[0].toLowerCase()) continue;
    if (abbreviates(acronym, words.map((w) => w.text))) return { text: words.map((w) => w.text).join(' '), first: k, last: before - 1 };
  }
  return undefined;
}

/** The text of tokens `first` to `last`, white space as one space. */
function textBetween(sentence: Sentence, first: number, last: number): string {
  return sentence.tokens
    .slice(first, last + 1)
    .map((t) => (t.kind === 'whitespace' ? ' ' : t.text))
    .join('');
}

/** Runs of capitalised words, small joining words allowed inside: "Foreign Minister Shah Mehmood Qureshi". */
function capitalisedPhrases(sentence: Sentence): string[][] {
  const phrases: string[][] = [];
  let run: string[] = [];
  const close = () => {
    while (run.length > 0 && skippable.has(run[run.length - 1].toLowerCase())) run.pop();
    if (run.length > 1) phrases.push(run);
    run = [];
  };
  for (const token of sentence.tokens) {
    if (token.kind === 'whitespace') continue;
    const text = token.text.replace(/[’']s$/u, '');
    if (token.kind === 'word' && /^\p{Lu}/u.test(text) && !acronymOf(text)) run.push(text);
    else if (token.kind === 'word' && run.length > 0 && skippable.has(text.toLowerCase())) run.push(text);
    else close();
    if (text !== token.text) close();
  }
  close();
  return phrases;
}

function phrasesIn(sentence: Sentence, reading: SentenceReading): string[][] {
  const phrases = capitalisedPhrases(sentence);
  if (reading.phraseLetters === undefined) {
    reading.phraseLetters = 0;
    for (const phrase of phrases) for (const word of phrase) reading.phraseLetters |= letterBit(word[0].toLowerCase());
  }
  return phrases;
}

function letterBit(letter: string): number {
  const code = letter.charCodeAt(0) - 97;
  return 1 << (code >= 0 && code < 26 ? code : 26);
}

/**
 * The first stretch of the article's capitalised phrases with each of the
 * `wanted` initials ("Foreign Minister" for "FM"), so an all-capitals acronym
 * is looked up instead of tried against every phrase. Each sentence's
 * stretches are filed by initials once, with its reading.
 */
function* initialsIndex(sentences: readonly Sentence[], read: readonly SentenceReading[], wanted: readonly string[]): Generator<void, Map<string, string>> {
  initialIds.trim();
  wantedIds.clear();
  for (const initials of wanted) wantedIds.add(initialIds.id(initials));
  const found = foundStretches;
  found.clear();
  for (let s = 0; s < sentences.length && found.values.length < wanted.length; s++) {
    // The caller starts over should another table be built in this step's stead (see tableInSteps).
    if (s % sentencesAStep === sentencesAStep - 1) yield;
    const reading = read[s];
    if (reading.initials?.generation !== initialIds.generation) reading.initials = initialsOf(phrasesIn(sentences[s], reading));
    const { ids, at } = reading.initials;
    let phrases: string[][] | undefined;
    for (let k = 0; k < ids.length; k++) {
      if (!wantedIds.has(ids[k]) || found.get(ids[k]) !== undefined) continue;
      phrases ??= phrasesIn(sentences[s], reading);
      found.set(ids[k], phrases[at[3 * k]].slice(at[3 * k + 1], at[3 * k + 2] + 1).join(' '));
    }
  }
  return new Map(wanted.flatMap((initials) => {
    const stretch = found.get(initialIds.id(initials));
    return stretch === undefined ? [] : [[initials, stretch] as [string, string]];
  }));
}

/** Every stretch of the phrases by the initials of its capitalised words, the first of each. */
function initialsOf(phrases: readonly string[][]): Initials {
  const seen = new Set<string>();
  const ids: number[] = [];
  const at: number[] = [];
  phrases.forEach((phrase, p) => {
    for (let i = 0; i < phrase.length; i++) {
      if (skippable.has(phrase[i].toLowerCase())) continue;
      let initials = '';
      for (let j = i; j < phrase.length && initials.length < maxLetters; j++) {
        const word = phrase[j];
        if (skippable.has(word.toLowerCase())) continue;
        for (const piece of word.split(/[-‐]/)) if (piece && !skippable.has(piece.toLowerCase())) initials += piece[0].toUpperCase();
        if (initials.length >= 2 && !seen.has(initials)) {
          seen.add(initials);
          ids.push(initialIds.id(initials));
          at.push(p, i, j);
        }
      }
    }
  });
  // Copies at their size, since they are kept with the parse.
  return { generation: initialIds.generation, ids: ids.slice(), at: at.slice() };
}

/** The phrase an acronym with small letters ("JeM", "MiG") abbreviates, tried sentence by sentence (each answer kept with the sentence). */
function spelledOutIn(acronym: string, sentences: readonly Sentence[], read: readonly SentenceReading[]): string | undefined {
  const letter = letterBit(acronym[0].toLowerCase());
  for (let s = 0; s < sentences.length; s++) {
    const reading = read[s];
    if (reading.phraseLetters === undefined) phrasesIn(sentences[s], reading);
    // A stretch starts with a word whose first letter is the acronym's: most sentences have none.
    if ((reading.phraseLetters! & letter) === 0) continue;
    reading.spelledOut ??= new Map();
    if (!reading.spelledOut.has(acronym)) reading.spelledOut.set(acronym, spelledOutInPhrases(acronym, phrasesIn(sentences[s], reading)));
    const found = reading.spelledOut.get(acronym);
    if (found) return found;
  }
  return undefined;
}

function spelledOutInPhrases(acronym: string, phrases: readonly string[][]): string | undefined {
  const first = acronym[0].toLowerCase();
  for (const phrase of phrases) {
    for (let i = 0; i < phrase.length; i++) {
      if (phrase[i][0].toLowerCase() !== first) continue;
      for (let j = i + 1; j <= phrase.length && j - i <= acronym.length + 3; j++) {
        if (abbreviates(acronym, phrase.slice(i, j))) return phrase.slice(i, j).join(' ');
      }
    }
  }
  return undefined;
}
