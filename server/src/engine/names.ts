/**
 * The names register: every name the article mentions, each mention linked to
 * one entry, and every spelling that strays from the one the article (or the
 * desk) uses. Built once per check from the model's words; the name rules,
 * the report and the editor's hover read it.
 *
 * A mention is a run of capitalised words, held together by the small words
 * inside names ("Osama bin Laden", "Ministry of External Affairs") and kept
 * whole when hyphenated ("Jaish-e-Muhammed"). From the run the register takes
 * off the title in front of the name ("Foreign Minister", "Secretary",
 * "NSA"), the possessive after it ("Qureshi’s") and any leading affiliation
 * ("Pakistan", "State Department"), which becomes a mention of its own.
 * Months, weekdays, demonyms ("Pakistani") and the common words that open
 * sentences stay out.
 *
 * Spellings are compared word by word: which of them are one name written
 * two ways, and which to keep, is engine/name-variants.ts's call. A mention
 * that uses a variant joins the entry of the name it varies.
 *
 * A check after a keystroke must not read a long draft again. What a
 * sentence says by itself (its runs of name words, its share of the
 * evidence of how the article writes each word) is read once and kept with
 * its parse while recent checks use it; its mentions are kept too, keyed by
 * the little the rest of the article decides about them (whether a word
 * opening the sentence is a name there). Each check then sums those
 * readings, counts spellings and links entries: work in the number of
 * sentences and mentions, done over arrays and ids rather than by hashing
 * every word again.
 */
import { calendarWords } from '../data/calendar-words';
import { demonyms } from '../data/demonyms';
import { functionWords } from '../data/function-words';
import { knownGivenNames, knownPlaces } from '../data/known-names';
import { hyphenParticles, nameConnectors } from '../data/name-particles';
import { organisationWords, personCues, placePrepositions, placeWords } from '../data/name-kinds';
import { headsThatStartNames, titleAcronyms, titleHeads, titleModifiers } from '../data/name-titles';
import { acronymOf, datelineEnd, type AcronymTable } from './acronyms';
import type { Paragraph, Sentence, Token, Word } from './model';
import type { ChunkSentence } from './tokens';
import { headlineOf, KeptForDraft, sentenceChanges, sourcesGone } from './sentence-changes';
import { isCommonWord } from './english';
import { groupSpellingsInSteps, mayJoin, newSpelling, partnersGeneration, partnersOf, type NameSpelling, type SpellingGroup } from './name-variants';
import { IdMap, IdSet, Interner, memoize, RecentReadings } from './memo';
import { finish } from './steps';

export type { SpellingGroup } from './name-variants';

export type NameKind = 'person' | 'organisation' | 'place' | 'acronym';

/** One word of a name as written ("Qureshi" of "Qureshi’s"). */
export interface NamePart {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** What spellings are compared by: straight apostrophes, abbreviation stop dropped. */
  spelling: string;
}

export interface NameTitle {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Offsets are worked out when read, from its sentence's: a mention moves with its sentence. */
export interface NameMention {
  /** The name as written, title and possessive left out: "Shah Mehmood Qureshi". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Its words, small joining words ("bin", "of") left out. */
  readonly parts: readonly NamePart[];
  readonly title?: NameTitle;
  readonly possessive: boolean;
  readonly isAcronym: boolean;
  readonly inHeadline: boolean;
  readonly paragraph: number;
  readonly entry: NameEntry;
}

export interface NameEntry {
  /** The full name in the article's (or the desk's) spelling: "Shah Mehmood Qureshi". */
  canonical: string;
  kind: NameKind;
  /** The title it first carries in the body ("Foreign Minister"). */
  title?: string;
  mentions: NameMention[];
  /** The first mention in the body with the whole name. */
  fullMention?: NameMention;
}

/** A word of a mention spelled otherwise than the rest of the article (or the desk) spells it. */
export interface NameRespelling {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  canonical: string;
  group: SpellingGroup;
  mention: NameMention;
}

export interface NameRegister {
  /** In order of first mention. */
  entries: NameEntry[];
  /** In source order. */
  mentions: NameMention[];
  /** In source order. */
  respellings: NameRespelling[];
}

/** The register as built here: its mentions know their sentences. */
interface PlacedRegister extends NameRegister {
  mentions: PlacedMention[];
}

/** The mention covering `offset`, with its register entry: what a hover on a name shows. */
export function mentionAt(register: NameRegister, offset: number): NameMention | undefined {
  let low = 0;
  let high = register.mentions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const mention = register.mentions[mid];
    if (offset < mention.start) high = mid - 1;
    else if (offset > mention.end) low = mid + 1;
    else return mention;
  }
  return undefined;
}

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
const heads = lower(titleHeads);
const modifiers = lower(titleModifiers);
const abbreviatedTitles = new Set(titleAcronyms);
const connectors = lower(nameConnectors);
const particles = lower(hyphenParticles);
const calendar = lower(calendarWords);
const describing = lower(demonyms);
const common = lower(functionWords);
const orgWords = lower(organisationWords);
const placeBefore = lower(placePrepositions);
const placeAfter = lower(placeWords);
const personAfter = lower(personCues);
const places = lower(knownPlaces);
const givenNames = lower(knownGivenNames);
/** First words of places: "East Jerusalem", "North Waziristan". */
const compassWords = new Set(['east', 'west', 'north', 'south', 'upper', 'lower', 'central', 'greater']);
/** Small words that may open a name: "bin Laden said", "de Blasio". */
const openingConnectors = new Set(['bin', 'ibn', 'al', 'el', 'ul', 'de', 'van', 'von', 'der', 'di', 'del', 'du']);
/** Common words that are also surnames, read as names straight after a first name: "Theresa May". */
const wordsThatAreSurnames = new Set(['may', 'will', 'long', 'young', 'little', 'rich']);
const pronounI = new Set(['i', "i'm", "i'd", "i'll", "i've"]);

type Role = 'name' | 'title' | 'modifier' | 'title-acronym' | 'demonym' | 'acronym' | 'connector';

/** A word as the register reads it from its sentence alone (possessive and abbreviation stop left out of `text`). */
interface WordReading {
  /** Index among the sentence's tokens. */
  index: number;
  /** Where it starts, from the start of the sentence (the same wherever the sentence moves). */
  offset: number;
  text: string;
  key: string;
  spelling: string;
  role: Role;
  possessive: boolean;
  /** "May", "Will": a name only straight after another name (Theresa May). */
  functionWord: boolean;
  /** A name, title or demonym word the rest of the article may yet make weak or drop, where it opens a clause. */
  judged: boolean;
  opensClause: boolean;
  /** `text` and `key` as ids (see `ids`), for looking them up in the evidence; `spelling` too, for the article's spellings. */
  textId: number;
  keyId: number;
  spellingId: number;
}

/** What the evidence is asked of a judged word (see `verdict`). */
interface Judged {
  textId: number;
  keyId: number;
  opensClause: boolean;
}

/** A word of a run, once the article's evidence has spoken: what mentions keep of it. */
interface RunWord {
  index: number;
  offset: number;
  text: string;
  spelling: string;
  spellingId: number;
  role: Role;
  possessive: boolean;
  functionWord: boolean;
  weak: boolean;
}

/**
 * A run word made field by field, never spread: the article-wide steps read
 * thousands of them, and that is fast only while they all have one shape.
 */
function runWord(w: RunWord | WordReading, weak: boolean, role = w.role): RunWord {
  return {
    index: w.index,
    offset: w.offset,
    text: w.text,
    spelling: w.spelling,
    spellingId: w.spellingId,
    role,
    possessive: w.possessive,
    functionWord: w.functionWord,
    weak,
  };
}

/** Case-folded form of a word used to tell a name from a common word: possessive and stop dropped. */
function bare(text: string): string {
  return text.replace(/[’']s$/u, '').replace(/(?<=s)[’']$/u, '').replace(/\.$/u, '');
}

function possessiveLength(text: string): number {
  if (/[’']s$/u.test(text)) return 2;
  if (/s[’']$/u.test(text)) return 1;
  return 0;
}

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** "Jaish-e-Muhammed", "al-Qaeda", "Abdul-Jabbar" are one name; "Pakistan-based" is not a name. */
function isNameShaped(text: string): boolean {
  const pieces = text.split(/[-‐]/);
  if (pieces.length === 1) return isCapitalised(text);
  const last = pieces[pieces.length - 1];
  if (!isCapitalised(last)) return false;
  return pieces.every((piece) => isCapitalised(piece) || particles.has(piece.toLowerCase()));
}

/**
 * What one sentence tells the register, from its own words alone. Read once
 * per parse (keyed by `sentence.source`) and kept while the last few checks
 * use it (see RecentReadings), so a check after a keystroke reads only the
 * paragraph typed in; token indices and offsets within the sentence, never
 * offsets in the draft, so the reading holds wherever the paragraph moves.
 */
interface SentenceReading {
  /**
   * Its share of the evidence (see gatherEvidence), as ids in one array: up
   * to `lowerEnd` the keys it writes in lower case (function words left
   * out: never asked about), then up to `atClauseStartEnd` the capitalised
   * spellings opening a clause, once for each time, then those capitalised
   * inside it.
   */
  evidence: readonly number[];
  lowerEnd: number;
  atClauseStartEnd: number;
  /** Read once the sentence is a headline (see headlineCounts). */
  headline?: { words: number; capitals: number };
  /**
   * The words that may be part of a name, by token index, and whether there
   * are any. Let go once its mentions are found, and read again should the
   * evidence ever read it otherwise (see `wordsOf`).
   */
  words?: ReadonlyArray<WordReading | undefined>;
  named: boolean;
  /** Those of them whose fate depends on the evidence, and those of these that open a clause. */
  judged: readonly Judged[];
  opening: readonly Judged[];
  /** Words before this token index are a dateline when the sentence opens its paragraph. */
  datelineEnd: number;
  /**
   * Its mentions on the last check, with the key of that check's verdicts on
   * its judged words (see `mentionsIn`), and those on other verdicts, once a
   * sentence has been read more than one way.
   */
  lastKey: string;
  last?: SentenceMentions;
  otherwise?: Map<string, SentenceMentions>;
}

let readings = new RecentReadings<ChunkSentence, SentenceReading>();
/** The words of the evidence as numbers, so the article's sets and counts of them are typed arrays. */
const ids = new Interner();

function readingOf(sentence: Sentence): SentenceReading {
  return readings.get(sentence.source, () => readSentence(sentence));
}

/** Reads a sentence for the register ahead of its build, which then finds it read (see modelInSteps). */
export function readNamesAhead(sentence: Sentence): void {
  readingOf(sentence);
}

/** Lets go of what the register read in these sentences (see letGoOfDraft); returns how many it held. */
export function forgetNameReadings(sources: Iterable<ChunkSentence>): number {
  return readings.forget(sources);
}

function readSentence(sentence: Sentence): SentenceReading {
  const lower: number[] = [];
  const atClauseStart: number[] = [];
  const capitalisedInside: number[] = [];
  seenLower.clear();
  seenInside.clear();
  let words: Array<WordReading | undefined> | undefined;
  const judged: Judged[] = [];
  for (const word of sentence.words) {
    const reading = readWord(word);
    if (reading) {
      words ??= new Array<WordReading | undefined>(sentence.tokens.length);
      words[word.tokenIndex] = reading;
      if (reading.judged) judged.push({ textId: reading.textId, keyId: reading.keyId, opensClause: reading.opensClause });
    }
    if (word.notProse) continue;
    const text = bare(word.text);
    if (/^\p{Ll}/u.test(text)) {
      const key = text.toLowerCase();
      if (common.has(key)) continue;
      const id = ids.id(key);
      if (!seenLower.has(id)) {
        seenLower.add(id);
        lower.push(id);
      }
    } else if (!isCapitalised(text)) continue;
    else if (opensClause(word)) atClauseStart.push(ids.id(text));
    else {
      const id = ids.id(text);
      if (!seenInside.has(id)) {
        seenInside.add(id);
        capitalisedInside.push(id);
      }
    }
  }
  const keptJudged = kept(judged);
  return {
    evidence: kept([...lower, ...atClauseStart, ...capitalisedInside]),
    lowerEnd: lower.length,
    atClauseStartEnd: lower.length + atClauseStart.length,
    words,
    named: words !== undefined,
    judged: keptJudged,
    opening: judged.every((w) => w.opensClause) ? keptJudged : kept(judged.filter((w) => w.opensClause)),
    datelineEnd: datelineEnd(sentence),
    lastKey: '',
  };
}

/** For telling each sentence's words apart while reading it. */
const seenLower = new IdSet();
const seenInside = new IdSet();

/** The sentence's words that may be part of a name, by token index (see SentenceReading.words). */
function wordsOf(sentence: Sentence, reading: SentenceReading): ReadonlyArray<WordReading | undefined> {
  if (reading.words) return reading.words;
  const words = new Array<WordReading | undefined>(sentence.tokens.length);
  for (const word of sentence.words) words[word.tokenIndex] = readWord(word);
  return words;
}

/** How many of the sentence's words count towards a title-case headline, and how many of those are capitalised: asked of headlines only. */
function headlineCounts(sentence: Sentence, reading: SentenceReading): { words: number; capitals: number } {
  if (!reading.headline) {
    reading.headline = { words: 0, capitals: 0 };
    for (const word of sentence.words) {
      if (!/^\p{L}+$/u.test(word.text) || common.has(word.key)) continue;
      reading.headline.words++;
      if (isCapitalised(word.text)) reading.headline.capitals++;
    }
  }
  return reading.headline;
}

/** The article's evidence of how it writes each word, by id. */
interface Evidence {
  /** Keys written in lower case somewhere (a common word, if also at a sentence start). */
  writtenLower: { has(id: number): boolean };
  /** Spellings written capitalised away from a sentence start (a name, even at a sentence start). */
  capitalisedInside: { has(id: number): boolean };
  /** How often each capitalised spelling opens a sentence: twice and never in lower case makes a name. */
  atClauseStart: { get(id: number): number };
  titleCaseHeadline: boolean;
  /**
   * Set where the evidence was brought up to date from the sentences an
   * edit took away and added: true if a sentence it left alone could read
   * otherwise now (see othersReadAgain).
   */
  othersReadAgain?: boolean;
}

/**
 * The sum of the shares of the article's sentences, by id: in how many it is
 * written in lower case and capitalised inside, and how often it opens a
 * clause. Kept for a draft (with the sentences summed) and brought up to date
 * from the sentences a check changed.
 */
class EvidenceCounts {
  // Maps, not arrays indexed by id: ids are numbered across every article the process reads, an article's counts are few.
  readonly lower = new Map<number, number>();
  readonly inside = new Map<number, number>();
  readonly start = new Map<number, number>();
  /**
   * The judged words of the article's sentences, by the ids the evidence is
   * asked about them (see `verdict`): whether an edit's change to the
   * evidence could read a sentence it did not touch otherwise.
   */
  readonly judgedText = new Map<number, number>();
  readonly judgedKey = new Map<number, number>();

  constructor(readonly generation: number) {}

  add(reading: SentenceReading, sign: 1 | -1): void {
    const ids = reading.evidence;
    for (let k = 0; k < ids.length; k++) {
      const counts = k < reading.lowerEnd ? this.lower : k < reading.atClauseStartEnd ? this.start : this.inside;
      addTo(counts, ids[k], sign);
    }
    for (const word of reading.judged) {
      addTo(this.judgedText, word.textId, sign);
      addTo(this.judgedKey, word.keyId, sign);
    }
  }
}

function addTo(counts: Map<number, number>, id: number, sign: 1 | -1): void {
  const count = (counts.get(id) ?? 0) + sign;
  if (count === 0) counts.delete(id);
  else counts.set(id, count);
}

const keptEvidence = new KeptForDraft<EvidenceCounts>();

/** The article's evidence of how it writes each word: the sum of its sentences' shares (`readAt(i)` is sentence i's reading). */
function gatherEvidence(sentences: readonly Sentence[], readAt: (i: number) => SentenceReading, draft: object | undefined): Evidence {
  let headlineWords = 0;
  let headlineCapitals = 0;
  const headline: number[] = [];
  // The headline opens the draft: stop at the first sentence after it.
  for (let i = 0; i < sentences.length; i++) {
    if (!sentences[i].paragraph.isHeadline) {
      if (headline.length > 0) break;
      continue;
    }
    headline.push(i);
    const counts = headlineCounts(sentences[i], readAt(i));
    headlineWords += counts.words;
    headlineCapitals += counts.capitals;
  }
  const titleCaseHeadline = headlineWords >= 3 && headlineCapitals >= headlineWords * 0.8;

  const countAll = () => {
    const counts = new EvidenceCounts(ids.generation);
    for (let i = 0; i < sentences.length; i++) counts.add(readAt(i), 1);
    return counts;
  };
  /** The evidence before an edit's sentences were taken away and added, for the words they hold. */
  let touched: { ids: number[]; was: number[]; came: SentenceReading[] } | undefined;
  const counts = draft
    ? keptEvidence.get(
        draft,
        sentences,
        countAll,
        (kept, { gone, came }) => {
          const goneRead = gone.map(readingOf);
          const cameRead = came.map(readingOf);
          touched = { ids: [], was: [], came: cameRead };
          for (const reading of [...goneRead, ...cameRead]) {
            for (const id of reading.evidence) {
              touched.ids.push(id);
              touched.was.push(kept.lower.get(id) ?? 0, kept.inside.get(id) ?? 0, kept.start.get(id) ?? 0);
            }
          }
          for (const reading of goneRead) kept.add(reading, -1);
          for (const reading of cameRead) kept.add(reading, 1);
          return kept;
        },
        // Readings hold ids: should the ids start over, so do the counts.
        (kept) => kept.generation !== ids.generation,
      )
    : countAll();

  // A title-case headline capitalises every word: its capitals say nothing of names.
  const notHeadline = new Map<number, { inside: number; start: number }>();
  if (titleCaseHeadline) {
    for (const i of headline) {
      const reading = readAt(i);
      const ids = reading.evidence;
      for (let k = reading.lowerEnd; k < ids.length; k++) {
        const share = notHeadline.get(ids[k]) ?? notHeadline.set(ids[k], { inside: 0, start: 0 }).get(ids[k])!;
        if (k < reading.atClauseStartEnd) share.start++;
        else share.inside++;
      }
    }
  }
  const { lower, inside, start } = counts;
  const evidence: Evidence = {
    writtenLower: { has: (id) => lower.has(id) },
    capitalisedInside: { has: (id) => (inside.get(id) ?? 0) - (notHeadline.get(id)?.inside ?? 0) > 0 },
    atClauseStart: { get: (id) => (start.get(id) ?? 0) - (notHeadline.get(id)?.start ?? 0) },
    titleCaseHeadline,
  };
  if (touched) evidence.othersReadAgain = othersReadAgain(counts, touched, (id) => notHeadline.get(id));
  return evidence;
}

/**
 * Whether the evidence an edit changed could change the verdict (see
 * `verdict`) on a judged word of a sentence the edit did not touch: the
 * verdict reads three things of a word, and an edit to prose seldom changes
 * any of them for a word judged elsewhere.
 */
function othersReadAgain(
  counts: EvidenceCounts,
  touched: { ids: number[]; was: number[]; came: SentenceReading[] },
  notHeadline: (id: number) => { inside: number; start: number } | undefined,
): boolean {
  // The judged words of the sentences that came, which are read afresh anyway.
  const cameText = new Map<number, number>();
  const cameKey = new Map<number, number>();
  for (const reading of touched.came) {
    for (const word of reading.judged) {
      cameText.set(word.textId, (cameText.get(word.textId) ?? 0) + 1);
      cameKey.set(word.keyId, (cameKey.get(word.keyId) ?? 0) + 1);
    }
  }
  const judgedElsewhere = (judged: Map<number, number>, came: Map<number, number>, id: number) => (judged.get(id) ?? 0) > (came.get(id) ?? 0);
  return touched.ids.some((id, k) => {
    const nh = notHeadline(id);
    const [lowerWas, insideWas, startWas] = touched.was.slice(3 * k, 3 * k + 3);
    const lowerNow = counts.lower.get(id) ?? 0;
    const insideNow = counts.inside.get(id) ?? 0;
    const startNow = counts.start.get(id) ?? 0;
    const lowerFlips = lowerWas > 0 !== lowerNow > 0;
    const insideFlips = insideWas - (nh?.inside ?? 0) > 0 !== insideNow - (nh?.inside ?? 0) > 0;
    const startFlips = startWas - (nh?.start ?? 0) < 2 !== startNow - (nh?.start ?? 0) < 2;
    return (lowerFlips && judgedElsewhere(counts.judgedKey, cameKey, id)) || ((insideFlips || startFlips) && judgedElsewhere(counts.judgedText, cameText, id));
  });
}

/**
 * First word of a sentence, or of one the parser ran on past a full stop it
 * took for an abbreviation ("on February 14. In Islamabad").
 */
function opensClause(word: Word): boolean {
  if (word.startsClause) return true;
  const previous = tokenBefore(word.sentence.tokens, word.tokenIndex);
  if (previous?.kind !== 'word' || !previous.text.endsWith('.')) return false;
  const stem = previous.text.slice(0, -1);
  if (/^(\p{L}\.)*\p{L}$/u.test(stem)) return false;
  return !heads.has(stem.toLowerCase()) && !calendar.has(stem.toLowerCase());
}

/**
 * What spellings are compared by: straight apostrophes, and a leading
 * particle in lower case, since "Al-Awlaki" opening a sentence is "al-Awlaki".
 */
function spellingOf(text: string): string {
  const straight = text.replace(/’/g, "'");
  const dash = straight.search(/[-‐]/);
  if (dash > 0 && particles.has(straight.slice(0, dash).toLowerCase())) return straight.slice(0, dash).toLowerCase() + straight.slice(dash);
  return straight;
}

/**
 * What a word is to the register by itself, or undefined when it ends any
 * run. A dateline word ends runs too, but only where its sentence opens the
 * paragraph, which is the model's to say (see `mentionsIn`).
 */
function readWord(word: Word): WordReading | undefined {
  if (word.notProse) return undefined;
  // Most words are lower-case prose: out at once unless a small word of names or a hyphenated "al-Qaeda".
  const first = word.text.charCodeAt(0);
  if (first >= 97 && first <= 122 && !connectors.has(word.key) && !word.text.includes('-')) return undefined;
  const pLength = possessiveLength(word.text);
  const withoutPossessive = word.text.slice(0, word.text.length - pLength);
  const text = /^(\p{Lu}\.)+$/u.test(withoutPossessive) ? withoutPossessive : withoutPossessive.replace(/\.$/u, '');
  const key = text.toLowerCase().replace(/’/g, "'");
  const reading = (role: Role, spelling = spellingOf(text), functionWord = false): WordReading => {
    // Only name words may be judged by the evidence; function words never are.
    const judged = role !== 'connector' && role !== 'acronym' && role !== 'title-acronym' && !functionWord;
    return {
      index: word.tokenIndex,
      offset: word.start - word.sentence.start,
      text,
      key,
      spelling,
      role,
      possessive: pLength > 0,
      functionWord,
      judged,
      opensClause: judged && opensClause(word),
      textId: judged ? ids.id(text) : -1,
      keyId: judged ? ids.id(key) : -1,
      spellingId: ids.id(spelling),
    };
  };
  if (/^\p{Ll}/u.test(text) && !isNameShaped(text)) return connectors.has(key) ? reading('connector') : undefined;
  if (!isNameShaped(text) || pronounI.has(key) || /['’](ll|re|ve|d|m|t)$/iu.test(text)) return undefined;
  if (/^\p{Lu}{7,}$/u.test(text) || (/^\p{Lu}{4,}$/u.test(text) && isCommonWord(key))) return undefined;
  const acronym = acronymOf(word.text);
  if (acronym) return reading(abbreviatedTitles.has(acronym) ? 'title-acronym' : 'acronym', acronym);
  if (common.has(key)) return reading('name', undefined, true);
  let role: Role = 'name';
  if (heads.has(key)) role = 'title';
  else if (modifiers.has(key)) role = 'modifier';
  else if (describing.has(key) || describing.has(key.replace(/s$/, ''))) role = 'demonym';
  return reading(role);
}

/**
 * What the article's evidence makes of a judged word at the start of a
 * clause: '-' out of any name (a common word: the article writes it in lower
 * case), 'w' a weak name (seen only there, and once), 'n' a name.
 */
function verdict(word: Judged, evidence: Evidence): string {
  if (evidence.capitalisedInside.has(word.textId)) return 'n';
  if (evidence.writtenLower.has(word.keyId)) return '-';
  return evidence.atClauseStart.get(word.textId) < 2 ? 'w' : 'n';
}

/**
 * One name as a sentence writes it, in token indices, with what every check
 * asks of it worked out once: kept with the sentence's reading and placed in
 * the draft again (`place`) on every check.
 */
interface Mention {
  words: RunWord[];
  title?: { text: string; first: RunWord; last: RunWord };
  weak: boolean;
  /** The tokens either side of it, as written. */
  before?: string;
  after?: string;
  /** The name as written, title and possessive left out. */
  text: string;
  /** Its words, small joining words left out. */
  names: RunWord[];
  isAcronym: boolean;
  /** The spellings its entry is found by, initials left out, while none of them is respelled (see linkEntries), and them joined. */
  keyParts: string[];
  key: string;
  /** What the words around it say of its kind (see kindOf). */
  personPoints: number;
  placePoints: number;
  takesThe: boolean;
  /** Where it may split in two names (see splitAdjacentNames), and the two halves once split there. */
  splitPoints: number[];
  halves?: Map<number, [Mention, Mention]>;
}

interface RawMention {
  words: RunWord[];
  title?: Mention['title'];
  weak: boolean;
  before?: string;
  after?: string;
}

/** A sentence's mentions on one verdict of the evidence, with what the article-wide steps ask of them. */
interface SentenceMentions {
  mentions: Mention[];
  /** Spellings of its one-word mentions that are not weak (see splitAdjacentNames). */
  alone: string[];
  /** Some mention may split in two. */
  splittable: boolean;
  uses: readonly SpellingUse[];
}

/** A word of a mention whose spelling the register compares (see buildNameRegister). */
interface SpellingUse {
  id: number;
  word: RunWord;
  /** The other words of the full name it stands in; undefined where it stands alone. */
  company: string | undefined;
  /** Its mention is not weak. */
  strong: boolean;
}

/** Every use of a compared spelling in a list of mentions, in order. */
function spellingUsesOf(mentions: readonly Mention[]): SpellingUse[] {
  const uses: SpellingUse[] = [];
  for (const mention of mentions) {
    const { names } = mention;
    let organisation: boolean | undefined;
    for (const word of names) {
      if (word.role !== 'name' || !/\p{L}{2}/u.test(word.spelling)) continue;
      // A name inside an organisation's ("the Obama White House") stands as if alone.
      organisation ??= isOrganisation(names.map((n) => n.text));
      const alone = names.length === 1 || organisation;
      const company = alone ? undefined : names.filter((other) => other !== word).map((other) => other.spelling).join(' ');
      uses.push({ id: word.spellingId, word, company, strong: !mention.weak });
    }
  }
  return kept(uses);
}

/** The uses of a sentence's mentions as `list` has them: its own, unless two names run together were split. */
function usesIn(found: SentenceMentions, list: readonly Mention[]): readonly SpellingUse[] {
  return list === found.mentions ? found.uses : spellingUsesOf(list);
}

/** Shared by every sentence with nothing of the kind, which is most. */
const none: never[] = [];

/**
 * An array to keep with a sentence's reading, at its size: one grown by
 * pushing holds room for more, which over every sentence and mention of a
 * long draft adds up to megabytes.
 */
function kept<T>(array: T[]): T[] {
  return array.length === 0 ? none : array.slice();
}

const noMentions: SentenceMentions = { mentions: none, alone: none, splittable: false, uses: none };

/**
 * The sentence's mentions on this check. Its words read the same on every
 * check but those that open a clause, whose fate the rest of the article
 * decides: their verdicts (with whether the sentence opens its paragraph,
 * for the dateline, and is a title-case headline) key the mentions kept.
 */
function mentionsIn(sentence: Sentence, reading: SentenceReading, evidence: Evidence): SentenceMentions {
  if (!reading.named) return noMentions;
  const titleCase = evidence.titleCaseHeadline && sentence.paragraph.isHeadline;
  const dateline = reading.datelineEnd > 0 && sentence.paragraph.sentences[0] === sentence ? reading.datelineEnd : 0;
  let key = dateline > 0 ? (titleCase ? 'DH' : 'D') : titleCase ? 'H' : '';
  for (const word of titleCase ? reading.judged : reading.opening) key += verdict(word, evidence);
  // Most sentences read as they did on the last check.
  if (reading.last && reading.lastKey === key) return reading.last;
  let found = reading.otherwise?.get(key);
  if (!found) {
    const mentions = findMentions(sentence, wordsOf(sentence, reading), evidence, titleCase, dateline);
    const alone = mentions.filter((m) => m.words.length === 1 && !m.weak).map((m) => m.words[0].spelling);
    found = {
      mentions,
      alone: alone.length > 0 ? alone : none,
      splittable: mentions.some((m) => m.splitPoints.length > 0),
      uses: spellingUsesOf(mentions),
    };
    reading.words = undefined;
  }
  if (reading.last) (reading.otherwise ??= new Map()).set(reading.lastKey, reading.last);
  reading.lastKey = key;
  reading.last = found;
  return found;
}

/** Splits a sentence into runs of name words and reads mentions out of them. */
function findMentions(sentence: Sentence, words: ReadonlyArray<WordReading | undefined>, evidence: Evidence, titleCase: boolean, dateline: number): Mention[] {
  const tokens = sentence.tokens;
  const read = (i: number): RunWord | undefined => {
    const word = words[i];
    if (!word || i < dateline) return undefined;
    if (!word.judged || !(word.opensClause || titleCase)) return runWord(word, false);
    const fate = verdict(word, evidence);
    return fate === '-' ? undefined : runWord(word, fate === 'w');
  };
  const mentions: RawMention[] = [];
  let run: RunWord[] = [];
  let runStart = -1;
  const close = (next: number) => {
    while (run.length > 0 && run[run.length - 1].role === 'connector') run.pop();
    if (run.length > 0) mentions.push(...mentionsOfRun(run, sentence, tokenBefore(tokens, runStart)?.text, tokenAfter(tokens, next)?.text));
    run = [];
    runStart = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind === 'whitespace') continue;
    const word = read(i);
    if (!word) {
      close(i);
      continue;
    }
    if (word.role === 'connector' && (run.length === 0 ? !openingConnectors.has(word.text.toLowerCase()) : false)) {
      close(i);
      continue;
    }
    if (word.role === 'connector' && run.length > 0 && run[run.length - 1].role === 'connector' && !(run[run.length - 1].text === 'of' && word.text === 'the')) {
      close(i);
      continue;
    }
    const afterName = run.length > 0 && run[run.length - 1].role === 'name';
    const surnameLike = calendar.has(word.text.toLowerCase()) || wordsThatAreSurnames.has(word.text.toLowerCase());
    if ((word.functionWord || (word.role === 'name' && calendar.has(word.text.toLowerCase()))) && !(afterName && surnameLike)) {
      close(i);
      continue;
    }
    if (word.weak && word.role === 'name' && (isCommonWord(word.text.toLowerCase()) || titleCase)) {
      // A common word that opens a sentence stands alone ("Unlike Hillary Clinton"), as does every
      // word of a title-case headline; a first name there ("Nate Cohn said") stays with its name.
      close(i);
      runStart = i;
      run.push(word);
      close(i + 1);
      continue;
    }
    if (run.length > 0 && run[run.length - 1].role === 'connector' && (word.role === 'demonym' || word.role === 'connector')) {
      // "Gokhle of American support": a small word joins names, not a name and a demonym.
      close(i);
      if (word.role === 'connector') continue;
    }
    if (run.length === 0) runStart = i;
    run.push(word);
    if (word.possessive) close(i + 1);
  }
  close(tokens.length);
  return mentions.map((raw) => completeMention(raw, sentence));
}

/** A mention with what every check asks of it worked out once. */
function completeMention(raw: RawMention, sentence: Sentence): Mention {
  const names = raw.words.some((w) => w.role === 'connector') ? kept(raw.words.filter((w) => w.role !== 'connector')) : raw.words;
  const splitPoints: number[] = [];
  if (!raw.title && !isOrganisation(raw.words.map((w) => w.text))) {
    for (let k = 1; k < raw.words.length; k++) {
      const right = raw.words.slice(k).filter((w) => w.role !== 'connector').map((w) => w.text.toLowerCase()).join(' ');
      if (places.has(right) && raw.words[k - 1].role === 'name' && !places.has(raw.words[k - 1].text.toLowerCase())) splitPoints.push(k);
    }
  }
  const keyParts = names.map((w) => w.spelling).filter((spelling) => !isInitial(spelling));
  const after = raw.after?.toLowerCase();
  const before = raw.before?.toLowerCase();
  const possessive = raw.words[raw.words.length - 1].possessive;
  return {
    words: raw.words,
    title: raw.title,
    weak: raw.weak,
    before: raw.before,
    after: raw.after,
    text: textOfMention(raw.words, sentence),
    names,
    isAcronym: names.length === 1 && names[0].role === 'acronym',
    keyParts: kept(keyParts),
    key: keyParts.length === 1 ? keyParts[0] : keyParts.join(' '),
    personPoints: (raw.title ? 3 : 0) + (after && personAfter.has(after) && !possessive ? 2 : 0),
    placePoints: (after && placeAfter.has(after) ? 2 : 0) + (before && placeBefore.has(before) ? 1 : 0),
    takesThe: before === 'the' && !raw.title,
    splitPoints: splitPoints.length > 0 ? splitPoints : none,
    halves: undefined,
  };
}

function tokenBefore(tokens: readonly Token[], index: number): Token | undefined {
  for (let i = index - 1; i >= 0; i--) if (tokens[i].kind !== 'whitespace') return tokens[i];
  return undefined;
}

function tokenAfter(tokens: readonly Token[], index: number): Token | undefined {
  for (let i = index; i < tokens.length; i++) if (tokens[i].kind !== 'whitespace') return tokens[i];
  return undefined;
}

const isTitleWord = (w: RunWord) => w.role === 'title' || w.role === 'modifier' || w.role === 'title-acronym' || (w.role === 'connector' && w.text === 'of');

/** "Pakistan Foreign Minister Shah Mehmood Qureshi" → "Pakistan", then "Shah Mehmood Qureshi" titled "Foreign Minister". */
function mentionsOfRun(run: RunWord[], sentence: Sentence, before: string | undefined, after: string | undefined): RawMention[] {
  // "Sen. Ted Cruz of Texas": the title is read before the place, else "of" would pass for the title's and "Sen" for a name.
  const of = placeAfterName(run);
  if (of > 0) return [...mentionsOfRun(run.slice(0, of), sentence, before, 'of'), ...mentionOf(run.slice(of + 1), undefined, sentence, 'of', after)];
  for (let i = 0; i < run.length - 1; i++) {
    const startsName = headsThatStartNames[run[i].text.toLowerCase()];
    if (run[i].role === 'title' && startsName?.includes(run[i + 1].text.toLowerCase())) run[i] = runWord(run[i], run[i].weak, 'name');
  }
  let nameStart = run.length;
  while (nameStart > 0 && !isTitleWord(run[nameStart - 1])) nameStart--;
  while (nameStart < run.length && run[nameStart].role === 'connector' && !openingConnectors.has(run[nameStart].text.toLowerCase())) nameStart++;
  let titleStart = nameStart;
  while (titleStart > 0 && isTitleWord(run[titleStart - 1])) titleStart--;
  const titleWords = run.slice(titleStart, nameStart);
  const hasHead = titleWords.some((w) => w.role === 'title' || w.role === 'title-acronym');
  const titleAcronymAlone = titleWords.length > 0 && titleWords.every((w) => w.role === 'title-acronym');
  if (!hasHead || (titleAcronymAlone && nameStart === run.length)) {
    const whole = run.map((w) => (w.role === 'title-acronym' ? runWord(w, w.weak, 'acronym') : w));
    return titleAcronymAlone ? [] : mentionOf(whole, undefined, sentence, before, after);
  }
  const title = { text: textOfMention(titleWords, sentence, true), first: titleWords[0], last: titleWords[titleWords.length - 1] };
  const mentions: RawMention[] = [];
  const prefix = run.slice(0, titleStart);
  const textAt = (w: RunWord) => sentence.tokens[w.index].text;
  if (prefix.length > 0) mentions.push(...mentionOf(prefix, undefined, sentence, before, textAt(run[titleStart])));
  if (nameStart < run.length) mentions.push(...mentionOf(run.slice(nameStart), title, sentence, textAt(run[nameStart - 1]), after));
  return mentions;
}

/**
 * Where a run ends in "of" and what a person is of, after a name: a known
 * place ("Ted Cruz of Texas"), or anything after a titled name ("Mr. Nevins
 * of Showtime"). The index of "of", else -1. An organisation keeps its place
 * ("University of Texas"), as does a name with no title before an unknown
 * one ("Duke of Edinburgh").
 */
function placeAfterName(run: readonly RunWord[]): number {
  // The last "of": "Secretary of State John Kerry of Massachusetts".
  let of = run.length - 2;
  while (of > 0 && !(run[of].role === 'connector' && run[of].text === 'of')) of--;
  if (of <= 0 || run[of - 1].role !== 'name' || run[of - 1].possessive) return -1;
  const place = run.slice(of + 1);
  if (place.some((w) => w.role === 'connector')) return -1;
  const titled = run.slice(0, of - 1).some((w) => w.role === 'title' || w.role === 'title-acronym');
  if (!titled && !places.has(place.map((w) => w.text.toLowerCase()).join(' '))) return -1;
  return isOrganisation(run.slice(0, of).map((w) => w.text)) ? -1 : of;
}

function mentionOf(words: RunWord[], title: RawMention['title'], sentence: Sentence, before: string | undefined, after: string | undefined): RawMention[] {
  if (words.every((w) => w.role === 'demonym' || w.role === 'modifier' || w.role === 'title' || w.role === 'connector')) return [];
  // "Republican Donald Trump" is Donald Trump; "Indian Air Force" keeps its demonym.
  let lead = 0;
  while (lead < words.length - 1 && words[lead].role === 'demonym') lead++;
  // Only before a full name: in "Tory Mazzola" the demonym is a first name.
  if (lead > 0 && words.length - lead >= 2 && !isOrganisation(words.slice(lead).map((w) => w.text))) {
    before = sentence.tokens[words[lead - 1].index].text;
    words = words.slice(lead);
  }
  const names = words.filter((w) => w.role !== 'connector');
  const weak = names.length === 1 && names[0].weak;
  return [{ words, title, weak, before, after }];
}

/**
 * Two names with nothing between them read as one run: "to provide Bolton
 * Pakistan’s perspective". Split where the second half is a known place and
 * the first ends in a name the article also writes on its own.
 */
function splitAdjacentNames(sentences: readonly Sentence[], found: readonly SentenceMentions[], alone: ReadonlySet<string>): Mention[][] {
  return found.map((f, i) => (f.splittable ? splitIn(f.mentions, sentences[i], alone) : f.mentions));
}

/** The spellings the article writes as one-word names of their own (see splitAdjacentNames). */
function aloneSpellings(found: readonly SentenceMentions[]): Set<string> {
  const alone = new Set<string>();
  for (const f of found) for (const spelling of f.alone) alone.add(spelling);
  return alone;
}

function splitIn(mentions: readonly Mention[], sentence: Sentence, alone: ReadonlySet<string>): Mention[] {
  const result: Mention[] = [];
  for (const mention of mentions) {
    const split = mention.splitPoints.find((k) => alone.has(mention.words[k - 1].spelling));
    if (split === undefined) {
      result.push(mention);
      continue;
    }
    mention.halves ??= new Map();
    let halves = mention.halves.get(split);
    if (!halves) {
      const { words, before, after } = mention;
      const textAt = (w: RunWord) => sentence.tokens[w.index].text;
      halves = [
        completeMention({ words: words.slice(0, split), weak: false, before, after: textAt(words[split]) }, sentence),
        completeMention({ words: words.slice(split), weak: false, before: textAt(words[split - 1]), after }, sentence),
      ];
      mention.halves.set(split, halves);
    }
    result.push(...halves);
  }
  return result;
}

export interface NameOptions {
  /** The desk's names: spelling to use → other spellings of it. */
  deskNames: Record<string, readonly string[]>;
  acronyms: AcronymTable;
}

/** Reused by every check, emptied at its start: the article's spellings by id, and which are grouped or stray. */
const spellingStats = new IdMap<NameSpelling>();
const grouped = new IdSet();
const straying = new IdSet();

/**
 * Builds the register. `draft`, when given, is anything the caller keeps for
 * one draft from check to check (model.ts passes its KeptReading): the
 * register remembers its last build for it, and when every sentence reads
 * as it did then (see `again`) only places the same mentions at this
 * check's offsets, which is what a keystroke in prose almost always asks.
 */
export function buildNameRegister(sentences: readonly Sentence[], options: NameOptions, draft?: object): NameRegister {
  return finish(registerInSteps(sentences, options, draft));
}

/** Sentences read for their mentions, or placed, in one step of `registerInSteps`. */
const sentencesAStep = 64;

/** Full builds that took spellingStats and the sets after it for their own: one taken between another's steps is seen by it (see registerInSteps). */
let scratchTaken = 0;

/**
 * The same build in steps, for a long draft's first check (see modelInSteps):
 * a step for each stretch of sentences read for their mentions, of spellings
 * grouped, of sentences whose mentions are placed (a second or more, cold,
 * for 100,000 words, in one go). Another draft's check may run between
 * steps. Every build shares the words' ids, and a full build the sets it
 * reuses from check to check (spellingStats and those after it), with every
 * other: should the ids start over meanwhile, or another full build take the
 * sets once this one has, this one starts over, in one go. A keystroke's
 * check elsewhere that keeps its register does neither.
 */
export function* registerInSteps(sentences: readonly Sentence[], options: NameOptions, draft?: object): Generator<void, NameRegister> {
  const generation = ids.generation;
  ids.trim();
  // Readings hold ids: should the ids start over, so do they.
  if (ids.generation !== generation) readings = new RecentReadings();
  const idsNow = ids.generation;
  let scratch = -1;
  /** Whether another check between steps did what leaves this build wrong. */
  const overtaken = () => ids.generation !== idsNow || (scratch >= 0 && scratchTaken !== scratch);
  const last = draft && lastBuilds.get(draft);
  const edited = last && afterEdit(last, sentences, options, draft!);
  if (edited && !Array.isArray(edited)) return edited;
  let found: readonly SentenceMentions[];
  if (edited) found = edited;
  else {
    readings.startCheck();
    const read = sentences.map(readingOf);
    const evidence = gatherEvidence(sentences, (i) => read[i], draft);
    const each: SentenceMentions[] = [];
    for (let i = 0; i < sentences.length; i++) {
      each.push(mentionsIn(sentences[i], read[i], evidence));
      if (i % sentencesAStep === sentencesAStep - 1) {
        yield;
        if (overtaken()) return buildNameRegister(sentences, options, draft);
      }
    }
    found = each;
    const register = last && again(last, sentences, found, options);
    if (register) return register;
  }
  const alone = found.some((f) => f.splittable) ? aloneSpellings(found) : undefined;
  const lists = alone ? splitAdjacentNames(sentences, found, alone) : found.map((f) => f.mentions);
  const uses = found.map((f, i) => usesIn(f, lists[i]));

  // Spellings of the words of names, and which of them are one name. Mentions come in the
  // order of the draft, so a spelling's first mention (and first in a full name) is the first seen.
  spellingStats.clear();
  scratch = ++scratchTaken;
  uses.forEach((list, i) => {
    const at = sentences[i].start;
    for (const { id, word, company, strong } of list) {
      let s = spellingStats.get(id);
      if (!s) {
        s = newSpelling(word.spelling, at + word.offset, word.text);
        spellingStats.set(id, s);
      }
      s.count++;
      if (strong) s.strong = true;
      if (company === undefined) s.alone = true;
      else {
        s.company.push(company);
        if (s.firstInFull === Infinity) s.firstInFull = at + word.offset;
      }
    }
  });

  const deskWordFor = new Map<string, string>();
  for (const [desk, variants] of Object.entries(options.deskNames)) {
    const deskWords = desk.split(/\s+/);
    for (const variant of variants) {
      const variantWords = variant.split(/\s+/);
      if (variantWords.length !== deskWords.length || acronymOf(variant)) continue;
      variantWords.forEach((word, i) => {
        if (word !== deskWords[i]) deskWordFor.set(word, deskWords[i]);
      });
    }
    for (const word of deskWords) {
      let s = spellingStats.get(ids.id(word));
      if (!s) {
        s = newSpelling(word, Infinity, word);
        spellingStats.set(ids.id(word), s);
      }
      s.fromDesk = true;
      s.strong = true;
      s.alone = true;
    }
  }

  const spellings = spellingStats.values;
  const spellingGroups = yield* groupSpellingsInSteps(spellings, deskWordFor);
  if (overtaken()) return buildNameRegister(sentences, options, draft);
  const canonicalOf = (spelling: string) => spellingGroups.get(spelling)?.canonical ?? spelling;
  // The spellings in a group, and those of them that stray from it, by id: most words of names are in neither.
  grouped.clear();
  straying.clear();
  for (const [spelling, group] of spellingGroups) {
    grouped.add(ids.id(spelling));
    if (group.canonical !== spelling) straying.add(ids.id(spelling));
  }

  // Mentions placed in this check's draft, with the spellings that stray.
  const mentions: PlacedMention[] = [];
  /** For each of `mentions`, what the words around it say of its kind, and the spellings its entry is found by (and them joined). */
  const hints: KindHints = { person: [], place: [], takesThe: [] };
  const keyParts: string[][] = [];
  const keys: string[] = [];
  const respellings: NameRespelling[] = [];
  // The last register's mentions of sentences read as they were are placed again rather than made anew.
  const placedBefore = last && last.generation === ids.generation ? mentionsByList(last) : undefined;
  for (let i = 0; i < lists.length; i++) {
    if (i % sentencesAStep === sentencesAStep - 1) {
      yield;
      if (overtaken()) return buildNameRegister(sentences, options, draft);
    }
    const list = lists[i];
    const from = placedBefore?.get(list)?.shift();
    let k = from ?? 0;
    for (const r of list) {
      const before = from !== undefined && (!r.weak || last!.grouped.has(r.names[0].spellingId)) ? last!.register.mentions[k++] : undefined;
      if (r.weak && !grouped.has(r.names[0].spellingId)) continue;
      const mention = before ? placeAgain(before, r, sentences[i]) : new PlacedMention(r, sentences[i]);
      let respelled = false;
      r.names.forEach((word, j) => {
        if (!straying.has(word.spellingId)) return;
        const part = mention.parts[j];
        const group = spellingGroups.get(part.spelling)!;
        const respelling = new Respelling(part, group, mention);
        group.respellings.push(respelling);
        respellings.push(respelling);
        respelled = true;
      });
      mentions.push(mention);
      hints.person.push(r.personPoints);
      hints.place.push(r.placePoints);
      hints.takesThe.push(r.takesThe);
      if (!respelled) {
        keyParts.push(r.keyParts);
        keys.push(r.key);
      } else {
        const parts = mention.parts.map((p) => canonicalOf(p.spelling)).filter((p) => !isInitial(p));
        keyParts.push(parts);
        keys.push(parts.join(' '));
      }
    }
  }
  const acronyms = new AskedAcronyms(options.acronyms);
  const { entries, members } = yield* linkEntries(mentions, keyParts, keys, canonicalOf, options, acronyms);
  for (let e = 0; e < entries.length; e++) {
    if (e % mentionsAStep === mentionsAStep - 1) yield;
    entries[e].kind = kindOf(entries[e], members.get(entries[e])!, hints, acronyms);
  }
  if (overtaken()) return buildNameRegister(sentences, options, draft);
  const register = { entries, mentions, respellings };
  if (draft) lastBuilds.set(draft, lastBuild(register, sentences, found, lists, alone, spellingGroups, acronyms, options, spellings, deskWordFor));
  return register;
}

/**
 * The acronym table as the register asks it (whether an acronym is defined,
 * and as what), with every answer noted: the same questions answered the
 * same way on the next check leave the entries as they are.
 */
class AskedAcronyms {
  readonly asked: Array<{ acronym: string; defined: boolean; expansion: string | undefined }> = [];

  constructor(private readonly table: AcronymTable) {}

  definition(acronym: string): { expansion: string } | undefined {
    const definition = this.table.byAcronym.get(acronym)?.definition;
    this.asked.push({ acronym, defined: definition !== undefined, expansion: definition?.expansion });
    return definition;
  }

  answersAgain(table: AcronymTable): boolean {
    return this.asked.every(({ acronym, defined, expansion }) => {
      const definition = table.byAcronym.get(acronym)?.definition;
      return (definition !== undefined) === defined && definition?.expansion === expansion;
    });
  }
}

/**
 * A draft's last register, with what it was built from: every sentence's
 * mentions, in order. The article-wide steps (spellings compared, entries
 * linked, kinds scored) compare offsets only with each other, so where every
 * sentence has the same mentions in the same order, which an edit moves
 * without reordering any, they would make all the same choices again.
 */
interface LastBuild {
  register: PlacedRegister;
  /** The sentences it was built from, and their headline paragraph. */
  sentences: readonly Sentence[];
  headline: Paragraph | undefined;
  generation: number;
  deskNames: NameOptions['deskNames'];
  acronyms: AskedAcronyms;
  found: readonly SentenceMentions[];
  lists: readonly Mention[][];
  headlines: boolean[];
  alone: ReadonlySet<string> | undefined;
  /** Ids of the spellings in a group: a weak mention is kept only with one. */
  grouped: ReadonlySet<number>;
  /**
   * How often the draft uses each spelling, as the grouping counts them,
   * kept up to date by edits the register is kept over; the desk's
   * spellings; and the partners' generation the spellings were grouped in
   * (see inertIn).
   */
  spellingUses: Map<string, number>;
  deskSpellings: ReadonlySet<string>;
  partnersGeneration: number;
  /** Each sentence's number of mentions in the register on the last check. */
  counts: number[];
}

/** Keyed by what the caller keeps for a draft, so a closed draft's register goes with it. */
const lastBuilds = new WeakMap<object, LastBuild>();

function lastBuild(
  register: PlacedRegister,
  sentences: readonly Sentence[],
  found: readonly SentenceMentions[],
  lists: readonly Mention[][],
  alone: ReadonlySet<string> | undefined,
  groupOf: ReadonlyMap<string, SpellingGroup>,
  acronyms: AskedAcronyms,
  options: NameOptions,
  spellings: readonly NameSpelling[],
  deskWordFor: ReadonlyMap<string, string>,
): LastBuild {
  const grouped = new Set<number>();
  for (const spelling of groupOf.keys()) grouped.add(ids.id(spelling));
  return {
    register,
    sentences,
    headline: headlineOf(sentences),
    generation: ids.generation,
    deskNames: options.deskNames,
    acronyms,
    found,
    lists,
    headlines: sentences.map((s) => s.paragraph.isHeadline),
    alone,
    grouped,
    spellingUses: new Map(spellings.filter((s) => s.count > 0).map((s) => [s.spelling, s.count])),
    deskSpellings: new Set([...spellings.filter((s) => s.fromDesk).map((s) => s.spelling), ...deskWordFor.keys()]),
    partnersGeneration: partnersGeneration(),
    counts: lists.map((list) => list.filter((r) => !r.weak || grouped.has(r.names[0].spellingId)).length),
  };
}

/** The desk's names as a style sheet gives them: equal when they say the same, whichever object holds them (a server merges its config anew). */
function sameDeskNames(a: NameOptions['deskNames'], b: NameOptions['deskNames']): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key];
    const y = b[key];
    return y !== undefined && x.length === y.length && x.every((variant, i) => variant === y[i]);
  });
}

/**
 * The last register again, when this check would build the same one: the
 * same number of sentences, each with the same mentions (the same objects
 * where a sentence's reading is kept, else mentions alike in all but
 * offsets) in a headline or not as before, the same desk names and the same
 * answers from the acronym table. Undefined otherwise. The register is kept
 * in place, its mentions placed in this check's sentences (see keptRegister): a
 * check's result is stale once the next check of the draft is made (see
 * DraftChecker), and placing a few mentions costs far less than making (and
 * collecting) the objects anew.
 */
function again(last: LastBuild, sentences: readonly Sentence[], found: readonly SentenceMentions[], options: NameOptions): NameRegister | undefined {
  if (last.generation !== ids.generation || !sameDeskNames(last.deskNames, options.deskNames) || found.length !== last.found.length) return undefined;
  const lists: Mention[][] = new Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (sentences[i].paragraph.isHeadline !== last.headlines[i]) return undefined;
    if (f === last.found[i]) {
      lists[i] = last.lists[i];
      continue;
    }
    // A sentence read afresh (the one typed in): its mentions must be alike, as must the names it writes alone.
    if (!sameStrings(f.alone, last.found[i].alone)) return undefined;
    // Names run together where the last build had none to split: the article is read for them afresh.
    if (f.splittable && !last.alone) return undefined;
    lists[i] = f.splittable ? splitIn(f.mentions, sentences[i], last.alone!) : f.mentions;
    if (!sameMentionList(lists[i], last.lists[i])) return undefined;
  }
  if (!last.acronyms.answersAgain(options.acronyms)) return undefined;
  return keptRegister(last, sentences, found, lists);
}

/**
 * The last register, placed in this check's sentences without reading again the
 * sentences an edit left alone, which are the last check's sentence objects
 * (see sentence-changes.ts). It holds where the sentences the edit made have,
 * between them, the same mentions in the same order as those they replace
 * (a line broken or joined, a sentence typed without a name), and the
 * evidence the edit changed reads no other sentence otherwise (see
 * othersReadAgain): then the article has its mentions of the last check in
 * the same order, which is all the article-wide steps read (see LastBuild).
 * Where only the first of these holds, every sentence's mentions, for a full
 * build to start from: those the edit left alone have the mentions they had.
 * Undefined otherwise, for `again` or a full build to decide.
 */
function afterEdit(last: LastBuild, sentences: readonly Sentence[], options: NameOptions, draft: object): NameRegister | SentenceMentions[] | undefined {
  if (last.generation !== ids.generation || !sameDeskNames(last.deskNames, options.deskNames)) return undefined;
  const { before, gone, came } = sentenceChanges(last.sentences, sentences);
  if (headlineOf(sentences) !== last.headline || came.some((sentence) => sentence.paragraph.isHeadline)) return undefined;
  for (let j = 0; j < gone.length; j++) if (last.headlines[before + j]) return undefined;
  const evidence = gatherEvidence(sentences, (i) => readingOf(sentences[i]), draft);
  if (evidence.othersReadAgain !== false) return undefined;
  // The sentences that went were read for the evidence: nothing reads them after this.
  readings.forget(sourcesGone(gone, came));

  const goneFound = last.found.slice(before, before + gone.length);
  const goneLists = last.lists.slice(before, before + gone.length);
  const cameFound = came.map((sentence) => mentionsIn(sentence, readingOf(sentence), evidence));
  const splice = <T>(array: T[], values: T[]) => array.splice(before, gone.length, ...values);
  const found = last.found.slice();
  splice(found, cameFound);
  if (!sameStrings(cameFound.flatMap((f) => f.alone), goneFound.flatMap((f) => f.alone))) return found;
  if (cameFound.some((f) => f.splittable) && !last.alone) return found;
  const cameLists = cameFound.map((f, j) => (f.splittable ? splitIn(f.mentions, came[j], last.alone!) : f.mentions));
  // The spellings' uses as they are now: past this point the register is either kept or built afresh (which counts anew).
  const tally = (found: readonly SentenceMentions[], lists: readonly Mention[][], sign: 1 | -1) => {
    for (const use of found.flatMap((f, j) => usesIn(f, lists[j]))) {
      const spelling = use.word.spelling;
      const count = (last.spellingUses.get(spelling) ?? 0) + sign;
      if (count > 0) last.spellingUses.set(spelling, count);
      else last.spellingUses.delete(spelling);
    }
  };
  tally(goneFound, goneLists, -1);
  tally(cameFound, cameLists, 1);
  // A weak mention no spelling of the draft may group with is in no register (the first word of a sentence being typed, say):
  // the sentences must differ in none but those.
  const inert = inertIn(last);
  const counted = (list: Mention[][]) => list.flat().filter((r) => !inert(r));
  if (!sameMentionList(counted(cameLists), counted(goneLists))) return found;
  if (!last.acronyms.answersAgain(options.acronyms)) return found;

  // The sentences that came take the place of those that went; `keptRegister` places their mentions.
  const count = (list: readonly Mention[]) => list.filter((r) => !r.weak || last.grouped.has(r.names[0].spellingId)).length;
  const lists = last.lists.slice();
  splice(lists, cameLists);
  splice(last.headlines, came.map(() => false));
  splice(last.counts, cameLists.map(count));
  last.lists = lists;
  return keptRegister(last, sentences, found, lists, { from: before, to: before + came.length });
}

/**
 * Whether a mention that came or went with an edit changes nothing a build
 * reads: a weak one-word mention is in the register only when its spelling
 * is grouped, and its spelling (counted, alone) changes the grouping only
 * through spellings it may be another spelling of. One whose spelling was
 * in no group and is not the desk's leaves every group, and so the
 * register, as it was, when the draft no longer uses the spelling (it had
 * no spelling to join), or when the spelling is letters apart from every
 * spelling the draft now uses (see mayJoin).
 */
function inertIn(last: LastBuild): (mention: Mention) => boolean {
  const present = (spelling: string) => last.spellingUses.has(spelling) || last.deskSpellings.has(spelling);
  return (mention) => {
    if (!mention.weak || mention.names.length !== 1 || last.partnersGeneration !== partnersGeneration()) return false;
    const { spelling, spellingId } = mention.names[0];
    if (last.grouped.has(spellingId) || last.deskSpellings.has(spelling)) return false;
    // A spelling in no group had no spelling to join: one the draft no longer uses at all leaves the grouping as it was.
    if (!present(spelling)) return true;
    // Filed now if new: its partners among every spelling met so far, the draft's included (see partnersGeneration).
    return partnersOf(spelling).every((other) => !present(other) || !mayJoin(spelling, other));
  };
}

/**
 * The last register with its mentions (those of `lists` it kept, in order:
 * see buildNameRegister) placed in `sentences`. A mention still in its
 * sentence object has moved with it; only those of sentences placed anew,
 * or that an edit made, are given theirs.
 */
function keptRegister(
  last: LastBuild,
  sentences: readonly Sentence[],
  found: readonly SentenceMentions[],
  lists: Mention[][],
  /**
   * The sentences an edit made, whose mentions are placed whatever they were before: every other
   * sentence is the last check's object (see sentence-changes.ts), its mentions in it already.
   */
  came?: { from: number; to: number },
): NameRegister {
  const { register } = last;
  const place = (i: number, k: number): number => {
    for (const r of lists[i]) {
      if (r.weak && !last.grouped.has(r.names[0].spellingId)) continue;
      register.mentions[k++].placeIn(r, sentences[i]);
    }
    return k;
  };
  let k = 0;
  if (came) {
    for (let i = 0; i < came.from; i++) k += last.counts[i];
    for (let i = came.from; i < came.to; i++) k = place(i, k);
  } else {
    for (let i = 0; i < lists.length; i++) {
      if (lists[i] === last.lists[i] && (last.counts[i] === 0 || register.mentions[k].sentence === sentences[i])) k += last.counts[i];
      else k = place(i, k);
    }
  }
  last.found = found;
  last.lists = lists;
  last.sentences = sentences;
  return register;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Two lists of a sentence's mentions alike in everything the register makes of them but offsets. */
function sameMentionList(a: readonly Mention[], b: readonly Mention[]): boolean {
  return a.length === b.length && a.every((m, i) => sameMention(m, b[i]));
}

function sameMention(a: Mention, b: Mention): boolean {
  return (
    a.text === b.text &&
    a.weak === b.weak &&
    a.isAcronym === b.isAcronym &&
    a.key === b.key &&
    a.personPoints === b.personPoints &&
    a.placePoints === b.placePoints &&
    a.takesThe === b.takesThe &&
    a.title?.text === b.title?.text &&
    sameStrings(a.keyParts, b.keyParts) &&
    a.splitPoints.length === b.splitPoints.length &&
    a.splitPoints.every((k, i) => k === b.splitPoints[i]) &&
    sameWords(a.words, b.words) &&
    sameWords(a.names, b.names)
  );
}

/** Words alike, at the same offsets from the first (which the entry's canonical text is cut by). */
function sameWords(a: readonly RunWord[], b: readonly RunWord[]): boolean {
  return (
    a.length === b.length &&
    a.every((w, i) => {
      const v = b[i];
      return w.offset - a[0].offset === v.offset - b[0].offset && w.text === v.text && w.spelling === v.spelling && w.spellingId === v.spellingId && w.role === v.role && w.possessive === v.possessive && w.functionWord === v.functionWord && w.weak === v.weak;
    })
  );
}

/**
 * Where each of the last register's sentence lists placed its mentions in it
 * (a list two sentences share, for equal texts, once for each).
 */
function mentionsByList(last: LastBuild): Map<readonly Mention[], number[]> {
  const starts = new Map<readonly Mention[], number[]>();
  let k = 0;
  last.lists.forEach((list, i) => {
    if (last.counts[i] > 0) {
      const known = starts.get(list);
      if (known) known.push(k);
      else starts.set(list, [k]);
    }
    k += last.counts[i];
  });
  return starts;
}

/** A mention `place` made from `r` on an earlier check, as `place` would make it on this one. */
function placeAgain(mention: PlacedMention, r: Mention, sentence: Sentence): PlacedMention {
  mention.placeIn(r, sentence);
  mention.inHeadline = sentence.paragraph.isHeadline;
  mention.entry = undefined as unknown as NameEntry;
  return mention;
}

/**
 * A sentence's mention in the register. Its offsets are worked out when
 * read, from its sentence's start and its words' offsets in the sentence: a
 * sentence the layout moves (see layout.ts) takes its mentions along, so an
 * edit moves none of them.
 */
class PlacedMention implements NameMention {
  readonly text: string;
  readonly parts: readonly NamePart[];
  readonly title?: NameTitle;
  readonly possessive: boolean;
  readonly isAcronym: boolean;
  inHeadline: boolean;
  entry = undefined as unknown as NameEntry;

  constructor(
    /** The sentence's reading of it, offsets relative to the sentence. */
    public reading: Mention,
    public sentence: Sentence,
  ) {
    const r = reading;
    this.text = r.text;
    this.parts = r.names.map((w, j) => new PlacedPart(this, j, w));
    if (r.title) this.title = new PlacedTitle(this, r.title.text);
    this.possessive = r.words[r.words.length - 1].possessive;
    this.isAcronym = r.isAcronym;
    this.inHeadline = sentence.paragraph.isHeadline;
  }

  /** Placed in `sentence` as `r` reads it: a reading alike in all but offsets (see sameMention). */
  placeIn(reading: Mention, sentence: Sentence): void {
    this.reading = reading;
    this.sentence = sentence;
  }

  get start(): number {
    return this.sentence.start + this.reading.words[0].offset;
  }
  get end(): number {
    const { words } = this.reading;
    const last = words[words.length - 1];
    return this.sentence.start + last.offset + last.text.length;
  }
  get paragraph(): number {
    return this.sentence.paragraph.index;
  }
}

class PlacedPart implements NamePart {
  readonly text: string;
  readonly spelling: string;
  constructor(
    private readonly mention: PlacedMention,
    private readonly index: number,
    word: RunWord,
  ) {
    this.text = word.text;
    this.spelling = word.spelling;
  }
  get start(): number {
    return this.mention.sentence.start + this.mention.reading.names[this.index].offset;
  }
  get end(): number {
    return this.start + this.text.length;
  }
}

class PlacedTitle implements NameTitle {
  constructor(
    private readonly mention: PlacedMention,
    readonly text: string,
  ) {}
  get start(): number {
    return this.mention.sentence.start + this.mention.reading.title!.first.offset;
  }
  get end(): number {
    const { last } = this.mention.reading.title!;
    return this.mention.sentence.start + last.offset + last.text.length;
  }
}

/** A word of a mention spelled otherwise than its group's usual spelling: where it is, as its part is. */
class Respelling implements NameRespelling {
  readonly canonical: string;
  constructor(
    private readonly part: NamePart,
    readonly group: SpellingGroup,
    readonly mention: NameMention,
  ) {
    this.canonical = group.canonical;
  }
  get text(): string {
    return this.part.text;
  }
  get start(): number {
    return this.part.start;
  }
  get end(): number {
    return this.part.end;
  }
}

/** The words as the source writes them, with what stands between them; `keepStops` keeps "Gen." whole. */
function textOfMention(words: readonly RunWord[], sentence: Sentence, keepStops = false): string {
  const { tokens } = sentence;
  let text = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0) text += tokens.slice(words[i - 1].index + 1, w.index).map((t) => t.text).join('');
    const written = tokens[w.index].text;
    text += keepStops ? written.slice(0, written.length - possessiveLength(written)) : written.slice(0, w.text.length);
  }
  return text;
}

/** "W." in "George W. Bush" and "Jr" do not decide which name a mention is. */
const isInitial = (part: string) => /^\p{Lu}\.?$/u.test(part) || /^(jr|sr|ii|iii|iv)\.?$/iu.test(part);

/** Mentions linked, or entries given their kind, in one step of a build in steps. */
const mentionsAStep = 512;

/**
 * Links every mention to its entry. `keyParts[i]` are the canonical spellings
 * of `mentions[i]`'s words, initials left out, and `keys[i]` them joined. Mentions come in the order of
 * the draft, so their indices order them as their offsets do. Also returns
 * each entry's mentions by index. In steps (see registerInSteps): it reads
 * nothing another check changes.
 */
function* linkEntries(
  mentions: readonly PlacedMention[],
  keyParts: readonly string[][],
  keys: readonly string[],
  canonicalOf: (s: string) => string,
  options: NameOptions,
  acronyms: AskedAcronyms,
): Generator<void, { entries: NameEntry[]; members: Map<NameEntry, number[]> }> {
  const entries: NameEntry[] = [];
  const byKey = new Map<string, NameEntry>();
  const newEntry = (canonical: string, kind: NameKind): NameEntry => {
    const entry: NameEntry = { canonical, kind, mentions: [] };
    entries.push(entry);
    byKey.set(canonical, entry);
    return entry;
  };
  const attach = (i: number, entry: NameEntry) => {
    mentions[i].entry = entry;
    entry.mentions.push(mentions[i]);
  };
  const canonicalText = (m: NameMention) => {
    let text = m.text;
    for (let j = m.parts.length - 1; j >= 0; j--) {
      const part = m.parts[j];
      const canonical = canonicalOf(part.spelling);
      if (canonical !== part.spelling) text = text.slice(0, part.start - m.start) + canonical + text.slice(part.end - m.start);
    }
    return text;
  };

  // Each mention's offset, read once: it is worked out from its sentence's (see PlacedMention).
  const startOf = mentions.map((mention) => mention.start);
  // Full names first, longest first, so "Mehmood Qureshi" finds "Shah Mehmood Qureshi".
  const byLength: number[] = [];
  for (let i = 0; i < mentions.length; i++) if (!mentions[i].isAcronym && keyParts[i].length >= 2) byLength.push(i);
  byLength.sort((a, b) => keyParts[b].length - keyParts[a].length || a - b);
  const fullEntries: Array<{ entry: NameEntry; parts: string[] }> = [];
  /** Longer people's names by their last words: "Mehmood Qureshi" → Shah Mehmood Qureshi. */
  const bySuffix = new Map<string, NameEntry[]>();
  /** Where each full name's mentions start, sorted once they are all in. */
  const fullStarts = new Map<NameEntry, number[]>();
  for (let n = 0; n < byLength.length; n++) {
    if (n % mentionsAStep === mentionsAStep - 1) yield;
    const i = byLength[n];
    const parts = keyParts[i];
    const key = keys[i];
    let entry = byKey.get(key);
    if (!entry && !isOrganisation(parts)) {
      const longer = bySuffix.get(key);
      if (longer?.length === 1) entry = longer[0];
    }
    if (!entry) {
      entry = newEntry(key, 'person');
      entry.canonical = canonicalText(mentions[i]);
      byKey.set(entry.canonical, entry);
      fullEntries.push({ entry, parts });
      fullStarts.set(entry, []);
      if (!isOrganisation(parts)) {
        for (let k = 1; k < parts.length - 1; k++) {
          const suffix = parts.slice(k).join(' ');
          bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), entry]);
        }
      }
    }
    attach(i, entry);
    fullStarts.get(entry)!.push(startOf[i]);
  }
  for (const starts of fullStarts.values()) starts.sort((a, b) => a - b);
  const lastSingle = new Map<NameEntry, number>();
  /** The entry mentioned last before `offset`; failing that, the first mentioned after it. */
  const nearest = (candidates: NameEntry[], offset: number): NameEntry => {
    let best = candidates[0];
    let bestAt = -Infinity;
    let firstAt = Infinity;
    for (const entry of candidates) {
      const starts = fullStarts.get(entry) ?? [];
      const before = Math.max(lastBefore(starts, offset), lastSingle.get(entry) ?? -Infinity);
      if (before > bestAt) {
        best = entry;
        bestAt = before;
      }
      if (bestAt === -Infinity && (starts[0] ?? Infinity) < firstAt) {
        firstAt = starts[0];
        best = entry;
      }
    }
    return best;
  };

  // One-word mentions: a surname or first name of a full name, an acronym, or a name of its own.
  const surnames = new Map<string, NameEntry[]>();
  for (const { entry, parts } of fullEntries) {
    if (isOrganisation(parts) || places.has(parts.join(' ').toLowerCase())) continue;
    for (const part of [parts[parts.length - 1], parts[0]]) {
      if (places.has(part.toLowerCase())) continue;
      const list = surnames.get(part);
      if (!list) surnames.set(part, [entry]);
      else if (!list.includes(entry)) list.push(entry);
    }
  }
  const deskAliases = new Map<string, string>();
  for (const [desk, variants] of Object.entries(options.deskNames)) for (const v of variants) if (acronymOf(v)) deskAliases.set(acronymOf(v)!, desk);

  for (let i = 0; i < mentions.length; i++) {
    if (i % mentionsAStep === mentionsAStep - 1) yield;
    const mention = mentions[i];
    if (mention.entry) continue;
    const spelling = keys[i] || canonicalOf(mention.parts[0].spelling);
    if (mention.isAcronym) {
      const definition = acronyms.definition(spelling);
      const expansion = definition?.expansion ?? deskAliases.get(spelling);
      if (expansion) {
        const key = expansion.includes(' ') ? expansion : canonicalOf(expansion);
        const target = byKey.get(key) ?? byKey.get(expansion) ?? newEntry(key, 'organisation');
        attach(i, target);
        continue;
      }
    }
    // Filed under their first and last words only, so every one has `spelling` at one end.
    const candidates = surnames.get(spelling) ?? [];
    if (candidates.length > 0 && !mention.isAcronym) {
      const entry = nearest(candidates, startOf[i]);
      attach(i, entry);
      lastSingle.set(entry, startOf[i]);
      continue;
    }
    attach(i, byKey.get(spelling) ?? newEntry(spelling, mention.isAcronym ? 'acronym' : 'place'));
  }

  // Each entry's mentions in the order of the draft.
  const members = new Map<NameEntry, number[]>(entries.map((entry) => [entry, []]));
  for (let i = 0; i < mentions.length; i++) members.get(mentions[i].entry)!.push(i);
  /** Where each entry is first mentioned, for their order. */
  const firstAt = new Map<NameEntry, number>();
  for (const entry of entries) {
    const list = members.get(entry)!;
    firstAt.set(entry, startOf[list[0]]);
    entry.mentions = list.map((i) => mentions[i]);
    let most = -Infinity;
    for (const i of list) most = Math.max(most, keyParts[i].length);
    const fullAt = list.find((i) => !mentions[i].inHeadline && keyParts[i].length === most) ?? list.find((i) => keyParts[i].length === most);
    if (fullAt !== undefined) entry.fullMention = mentions[fullAt];
    const titled = entry.mentions.find((m) => !m.inHeadline && m.title) ?? entry.mentions.find((m) => m.title);
    if (titled?.title) entry.title = titled.title.text;
  }
  entries.sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
  return { entries, members };
}

/** The last of the sorted `starts` before `offset`, or -Infinity. */
function lastBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -Infinity;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid] < offset) {
      found = starts[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function isOrganisation(parts: readonly string[]): boolean {
  return parts.some(isOrganisationWord);
}

/** "Ministry", "Police-Force": remembered, since every check asks it of the words of every full name. */
const isOrganisationWord = memoize((part: string) => part.toLowerCase().split(/[-‐]/).some((piece) => orgWords.has(piece)));

/** What the words around each mention say of its kind: points for a person and for a place, and "the" before it. */
interface KindHints {
  person: number[];
  place: number[];
  takesThe: boolean[];
}

/** The kind of an entry whose mentions are `members` (indices into `hints`). */
function kindOf(entry: NameEntry, members: readonly number[], hints: KindHints, acronyms: AskedAcronyms): NameKind {
  if (entry.mentions.every((m) => m.isAcronym)) {
    return acronyms.definition(entry.canonical) ? 'organisation' : 'acronym';
  }
  const score = { person: 0, organisation: 0, place: 0 };
  const { words, organisation, place, compass } = shapeOf(entry.canonical);
  if (organisation) score.organisation += 3;
  if (place) score.place += 3;
  if (compass) score.place += 2;
  if (entry.mentions.some((m) => m.isAcronym)) score.organisation += 2;
  let takesThe = false;
  for (const i of members) {
    score.person += hints.person[i];
    score.place += hints.place[i];
    if (hints.takesThe[i]) takesThe = true;
  }
  // Two words or more and nothing around them to say what they are: a person, unless their words make a thing
  // ("Executive Order", "Reagan Democrats", "Polk County": see endsLikeAThing).
  const thing = words >= 2 && score.person === 0 && endsLikeAThing(entry.canonical);
  if (thing && endsInPlaceWord(entry.canonical)) score.place += 2;
  if (words >= 2 && score.organisation === 0 && score.place === 0 && !thing) score.person += 1;
  if (takesThe) {
    score.person = 0;
    if (words > 1) score.organisation += 1;
  }
  // The highest score; on a tie the first of person, organisation, place.
  let best: keyof typeof score = 'person';
  if (score.organisation > score[best]) best = 'organisation';
  if (score.place > score[best]) best = 'place';
  if (score[best] === 0) return thing ? 'organisation' : words >= 2 ? 'person' : 'place';
  return best;
}

/**
 * A name of two words or more that is a thing, not a person: its last word
 * a people's or a place's ("Reagan Democrats", "Polk County"), or both its
 * first and last common words or peoples' ("Executive Order", "Closing
 * Dinner", "American Women"), or an acronym of three capitals among its
 * words ("RJR Nabisco", "African-American RNC"). Never with a first name
 * or an initial ("Jeb Bush", "Usain Bolt", "Condoleezza Rice", "JD Vance").
 */
const endsLikeAThing = memoize((canonical: string) => {
  const parts = canonical.split(/\s+/);
  const first = parts[0].toLowerCase();
  if (parts.some((part) => isInitial(part)) || givenNames.has(first)) return false;
  const last = parts[parts.length - 1].toLowerCase();
  const people = (word: string) => describing.has(word) || describing.has(word.replace(/s$/, ''));
  if (people(last) || endsInPlaceWord(canonical) || parts.some((part) => /^\p{Lu}{3,}$/u.test(part))) return true;
  return isCommonWord(last) && (isCommonWord(first) || people(first));
});

/** "Polk County", "Sindh Province" ("Islamic State" is not one: "state" names organisations as often). */
const endsInPlaceWord = (canonical: string) => {
  const last = canonical.slice(canonical.lastIndexOf(' ') + 1).toLowerCase();
  return last !== 'state' && placeAfter.has(last);
};

/** What a name's words alone say of its kind: remembered, as every check asks it of every entry. */
const shapeOf = memoize((canonical: string) => {
  const words = canonical.split(/\s+/);
  return {
    words: words.length,
    organisation: isOrganisation(words),
    place: places.has(canonical.toLowerCase()),
    compass: words.length > 1 && compassWords.has(words[0].toLowerCase()),
  };
});
