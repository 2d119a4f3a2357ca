/**
 * Cues and the words that name their speakers, found once per paragraph:
 * "Bolton said", "said Bolton", "according to National Security Adviser John
 * Bolton", "Graham, a former candidate, told", "the email goes on to say",
 * and after a quote the verbs no list can hold ("Trump barked"). Each cue
 * looks at a few words around it, so finding them is linear in the text.
 */
import { ownString } from './own-string';
import { attributionCues, cueCompletions, cuesWithSpeakerAfter, invertingCues, weakCues } from '../data/attribution-cues';
import { loadedAttributionVerbs, loadedVerbObjects } from '../data/loaded-attribution-verbs';
import { anonymityPhrases, anonymityReasonOpeners, anonymityReasons, anonymousSpeakerNouns } from '../data/anonymous-sources';
import { groupSpeakers, organisationWords, speakerPronouns, speakerTitles, speakingDocuments, verbsAfterSubject } from '../data/speaker-words';
import * as words from '../data/attribution-words';
import type { Token, Word } from './model';
import type { ParagraphTokens } from './quotes';
import { isQuoteMark } from './quotes';
import { Span, type Attribution } from './attribution';

/** Starts with a capital letter. Checked for most tokens on every keystroke, so ASCII is tested without a regex. */
export function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return upper.test(text);
}

const upper = /^\p{Lu}/u;

export const betweenSpeakerAndCue = new Set(words.betweenSpeakerAndCue);
export const timeWords = new Set(words.timeWords);
export const clauseWords = new Set(words.clauseWords);
export const namePrepositions = new Set(words.namePrepositions);
export const emptyWords = new Set(words.determiners);
const introWords = new Set(words.introWords);
const subjectWords = new Set(words.clauseOpeners);
const conjunctions = new Set(words.conjunctions);
const particles = new Set(words.particles);
const auxiliaries = new Set(words.auxiliaries);
const passiveAuxiliaries = new Set(words.passiveAuxiliaries);
const nounPrepositions = new Set(words.nounPrepositions);

export const titles = new Set(speakerTitles);
export const groups = new Set(groupSpeakers);
export const organisations = new Set(organisationWords);
export const documents = new Set(speakingDocuments);
export const anonymousNouns = new Set(anonymousSpeakerNouns);
const commonVerbs = new Set(verbsAfterSubject);
const weak = new Set(weakCues);
const notSpeech = new Set(loadedVerbObjects);
const inverting = new Set(invertingCues);
const speakerAfter = new Set(cuesWithSpeakerAfter);

/** Phrases as word lists, indexed by their first word, longest first. */
export type PhraseIndex = Map<string, string[][]>;

export function phraseIndex(phrases: Iterable<string>): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const list = index.get(words[0]) ?? [];
    list.push(words);
    index.set(words[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const baseCues = phraseIndex([...attributionCues, ...Object.keys(loadedAttributionVerbs)]);

/** The cues to look for: the lists, and the desk's own from its style sheet. */
export function cueIndex(extra: readonly string[] = []): PhraseIndex {
  return extra.length > 0 ? phraseIndex([...attributionCues, ...Object.keys(loadedAttributionVerbs), ...extra]) : baseCues;
}
const completions = phraseIndex(cueCompletions);
const anonymity = phraseIndex(anonymityPhrases);

/** One view's cue with the token indices of its parts. */
export interface Found {
  attribution: Attribution;
  view: ParagraphTokens;
  /** Token indices: the whole clause (speaker and cue) runs from `first` to `last`. */
  first: number;
  last: number;
  cueFirst: number;
  cueLast: number;
  mentionFirst: number;
  mentionLast: number;
  /** The cue's verb alone ends here ("said" in "said in a tweet"). */
  verbLast: number;
  /** Where the words that leave the source unnamed are, when they are not the mention itself. */
  anonymousRange?: Range;
}

// Sentences inside a paragraph, quotes kept whole.

/**
 * A sentence id for each token. Sentences end at . ! ? outside quotes, and at
 * a closing mark after them (“…developments.” Next), when a capital or a new
 * quote follows.
 */
export function sentenceIdsOf(view: ParagraphTokens): Int32Array {
  const { tokens, quoteOf } = view;
  const ids = new Int32Array(tokens.length);
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    ids[i] = id;
    const token = tokens[i];
    if (token.kind !== 'punctuation') continue;
    const inside = quoteOf[i];
    const isClose = inside !== undefined && isQuoteMark(token) && inside.parts.some((part) => part.close === token);
    if (inside && !isClose) continue;
    const ends = isClose ? /[.!?…]$/.test(tokens[solidBefore(tokens, i)]?.text ?? '') : /^[.!?…]+$/.test(token.text);
    if (!ends) continue;
    const next = tokens[solidAfter(tokens, i)];
    if (!next || capitalised(next.text) || /^[“"‘(]/.test(next.text) || /^\d/.test(next.text)) id++;
  }
  return ids;
}

export function solidBefore(tokens: readonly Token[], index: number): number {
  let i = index - 1;
  while (i >= 0 && tokens[i].kind === 'whitespace') i--;
  return i;
}

export function solidAfter(tokens: readonly Token[], index: number): number {
  let i = index + 1;
  while (i < tokens.length && tokens[i].kind === 'whitespace') i++;
  return i;
}

// Cues and the words that name their speakers.

export function keyOf(token: Token): string {
  return token.kind === 'word' ? (token as Word).key : token.text;
}

/** Matches a phrase from `index` at token `i`; returns the index of its last token, or -1. */
export function matchPhrase(tokens: readonly Token[], i: number, index: PhraseIndex, allowed?: (j: number) => boolean): number {
  const candidates = index.get(keyOf(tokens[i]));
  if (!candidates) return -1;
  for (const words of candidates) {
    let j = i;
    let ok = true;
    for (let w = 1; w < words.length && ok; w++) {
      let k = j + 1;
      if (tokens[k]?.kind !== 'whitespace') ok = false;
      else k++;
      if (!ok || tokens[k]?.kind !== 'word' || keyOf(tokens[k]) !== words[w] || (allowed && !allowed(k))) ok = false;
      else j = k;
    }
    if (ok) return j;
  }
  return -1;
}

export function findCues(view: ParagraphTokens, cues: PhraseIndex, text: string, sentences: Int32Array): Found[] {
  const { tokens, quoteOf } = view;
  const found: Found[] = [];
  const outside = (j: number) => quoteOf[j] === undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || quoteOf[i]) continue;
    const word = token as Word;
    if (capitalised(word.text) && !word.startsClause && !view.paragraph.isHeadline && tokens[solidBefore(tokens, i)]?.text !== ',') continue;
    const cueLast = matchPhrase(tokens, i, cues, outside);
    if (cueLast < 0 || afterDeterminer(tokens, i)) continue;
    const phrase = keyOfSpan(tokens, i, cueLast);
    let last = cueLast;
    const next = solidAfter(tokens, last);
    if (tokens[next]?.kind === 'word' && outside(next)) {
      const completionLast = matchPhrase(tokens, next, completions, outside);
      if (completionLast >= 0) last = completionLast;
    }

    if (passive(tokens, i) && phrase !== 'quoted') continue;
    let mention = speakerAfter.has(phrase) ? undefined : mentionBefore(view, i);
    if (!mention && (inverting.has(phrase) || speakerAfter.has(phrase)) && invertsHere(view, i)) mention = mentionAfter(view, last);
    let implicit = false;
    if (!mention && !speakerAfter.has(phrase)) {
      // "Lazar said he welcomed extradition and added, “…”": the same speaker.
      const earlier = found.length > 0 ? found[found.length - 1] : undefined;
      mention = earlier && sentences[earlier.cueFirst] === sentences[i] ? { first: earlier.mentionFirst, last: earlier.mentionLast } : subjectOf(view, sentences, i);
      implicit = mention !== undefined;
    }
    if (!mention) continue;
    const loaded = loadedAttributionVerbs[phrase];
    if (weak.has(phrase) && !speechAround(view, sentences, i, last, mention)) continue;
    if (loaded && !phrase.includes(' ') && !speechAround(view, sentences, i, last, mention) && !clauseFollows(tokens, last)) continue;

    found.push(makeFound(view, text, { first: i, last }, cueLast, mention, implicit, loaded));
    i = implicit ? last : Math.max(last, mention.last);
  }
  addUnlistedCues(view, text, found);
  return found.sort((a, b) => a.cueFirst - b.cueFirst);
}

function makeFound(view: ParagraphTokens, text: string, cue: Range, verbLast: number, mention: Range, implicit: boolean, neutral?: string): Found {
  const { tokens } = view;
  const attribution: Attribution = {
    cue: spanOf(tokens, cue.first, cue.last, text),
    verb: spanOf(tokens, cue.first, verbLast, text),
    mention: spanOf(tokens, mention.first, mention.last, text),
    speaker: '',
    speakerKind: 'unnamed',
    paragraph: view.paragraph,
  };
  if (neutral) attribution.neutral = neutral;
  return {
    attribution,
    view,
    first: implicit ? cue.first : Math.min(cue.first, mention.first),
    last: implicit ? cue.last : Math.max(cue.last, mention.last),
    cueFirst: cue.first,
    cueLast: cue.last,
    mentionFirst: mention.first,
    mentionLast: mention.last,
    verbLast,
  };
}

/**
 * Verbs no list can hold: after a quote that ends in a comma, a question mark
 * or an exclamation mark, "Trump barked", "Bolton charged", "barked Trump"
 * and "— Donald Trump" attribute it whatever the verb; so do "He jokes, “…"
 * and "Hillary shot back: “…" before one.
 */
function addUnlistedCues(view: ParagraphTokens, text: string, found: Found[]): void {
  const { tokens, quoteOf } = view;
  for (let i = 0; i < tokens.length; i++) {
    const quote = quoteOf[i];
    if (quote && quote.parts[0].open === tokens[i]) {
      const clause = clauseBeforeQuote(view, i);
      if (clause && !found.some((f) => f.cueLast >= clause.cue.first && f.cueFirst <= clause.cue.last)) found.push(makeFound(view, text, clause.cue, clause.cue.last, clause.mention, false));
      continue;
    }
    if (!quote || !isQuoteMark(tokens[i]) || !quote.parts.some((part) => part.close === tokens[i])) continue;
    const lastInside = lastSolidChar(text, quote.parts[0].contentStart, tokens[i].start);
    if (!/[,?!]/.test(lastInside) && !isDash(tokens[solidAfter(tokens, i)])) continue;
    const start = solidAfter(tokens, i);
    if (found.some((f) => f.first >= start && f.first <= start + 2)) continue;
    const comma = lastInside === ',';
    const clause = clauseAfterQuote(view, start, !comma);
    if (clause) found.push(makeFound(view, text, clause.cue, clause.cue.last, clause.mention, false));
  }
}

/** The last character of text[from, to) that is not white space ('' if none): read in place, not sliced. */
export function lastSolidChar(text: string, from: number, to: number): string {
  for (let j = to - 1; j >= from; j--) {
    const c = text[j];
    if (!/\s/.test(c)) return c;
  }
  return '';
}

function clauseBeforeQuote(view: ParagraphTokens, open: number): { cue: Range; mention: Range } | undefined {
  const { tokens, quoteOf } = view;
  const mark = solidBefore(tokens, open);
  if (tokens[mark]?.text !== ',' && tokens[mark]?.text !== ':') return undefined;
  let verb = solidBefore(tokens, mark);
  const last = verb;
  if (tokens[verb]?.kind === 'word' && particles.has(keyOf(tokens[verb]))) verb = solidBefore(tokens, verb);
  const cue = tokens[verb];
  if (cue?.kind !== 'word' || quoteOf[verb] || capitalised(cue.text) || clauseWords.has(keyOf(cue)) || emptyWords.has(keyOf(cue)) || !/\p{L}/u.test(cue.text)) return undefined;
  const m = solidBefore(tokens, verb);
  const head = tokens[m];
  if (head?.kind !== 'word' || quoteOf[m]) return undefined;
  let mention: Range | undefined;
  if (speakerPronouns[keyOf(head)] && keyOf(head) !== 'who' && keyOf(head) !== 'which') mention = { first: m, last: m };
  else if (capitalised(head.text) && !clauseWords.has(keyOf(head))) {
    mention = collectBack(view, m);
    if (mention && !nameLike(tokens, mention)) mention = undefined;
  }
  if (!mention) return undefined;
  const before = tokens[solidBefore(tokens, mention.first)];
  const boundary = !before || /^[.!?,;:—–]$/.test(before.text) || (before.kind === 'word' && clauseWords.has(keyOf(before)));
  if (!boundary) return undefined;
  return { cue: { first: verb, last }, mention };
}

export function isDash(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '—' || token.text === '–' || token.text === '-' || token.text === '--');
}

/**
 * `short`: the quote ended a sentence (“Why?”), so only a short clause that
 * ends at the verb ("Trump asked.") can be its attribution, not the next
 * sentence ("The former first lady headed the department").
 */
function clauseAfterQuote(view: ParagraphTokens, start: number, short: boolean): { cue: Range; mention: Range } | undefined {
  const { tokens, quoteOf } = view;
  const first = tokens[start];
  if (!first || quoteOf[start]) return undefined;
  if (isDash(first)) {
    const name = solidAfter(tokens, start);
    const token = tokens[name];
    if (token?.kind !== 'word' || !/^[\p{Lu}@]/u.test(token.text)) return undefined;
    const run = capitalisedRun(view, name);
    return { cue: { first: start, last: start }, mention: run };
  }
  if (first.kind !== 'word') return undefined;
  const key = keyOf(first);
  const capital = capitalised(first.text);
  if (!capital && !speakerPronouns[key] && !emptyWords.has(key)) {
    // “…,” barked Trump.
    const name = solidAfter(tokens, start);
    if (clauseWords.has(key) || tokens[name]?.kind !== 'word' || !capitalised(tokens[name].text)) return undefined;
    return { cue: { first: start, last: start }, mention: capitalisedRun(view, name) };
  }
  let mention: Range;
  if (speakerPronouns[key] && key !== 'who' && key !== 'which') mention = { first: start, last: start };
  else if (capital && !clauseWords.has(key) && !emptyWords.has(key)) mention = capitalisedRun(view, start);
  else if (emptyWords.has(key)) {
    let last = start;
    for (let n = 0, j = solidAfter(tokens, start); n < 3 && tokens[j]?.kind === 'word' && !clauseWords.has(keyOf(tokens[j])); n++, j = solidAfter(tokens, j)) last = j;
    if (last === start) return undefined;
    mention = { first: start, last: last - (last > start && isVerbLike(tokens[last]) ? 1 : 0) };
    if (mention.last === start) return undefined;
  } else return undefined;
  let verb = solidAfter(tokens, mention.last);
  if (tokens[verb]?.text === ',') {
    // “…,” Graham, a former candidate, told CBS News.
    let j = solidAfter(tokens, verb);
    for (let n = 0; n < 25 && j < tokens.length && tokens[j].text !== ',' && !/^[.!?]$/.test(tokens[j].text) && !quoteOf[j]; n++) j = solidAfter(tokens, j);
    if (tokens[j]?.text !== ',') return undefined;
    verb = solidAfter(tokens, j);
  }
  while (tokens[verb]?.kind === 'word' && betweenSpeakerAndCue.has(keyOf(tokens[verb])) && !capitalised(tokens[verb].text)) verb = solidAfter(tokens, verb);
  const cue = tokens[verb];
  if (cue?.kind !== 'word' || capitalised(cue.text) || clauseWords.has(keyOf(cue)) || emptyWords.has(keyOf(cue))) return undefined;
  const after = tokens[solidAfter(tokens, verb)];
  if (short && after && !/^[.,;!?]$/.test(after.text) && !(after.kind === 'word' && (timeWords.has(keyOf(after)) || namePrepositions.has(keyOf(after))))) return undefined;
  return { cue: { first: verb, last: verb }, mention };
}

/** Capitalised words from `start` on: "House Speaker Paul Ryan", "@realDonaldTrump". */
export function capitalisedRun(view: ParagraphTokens, start: number): Range {
  const { tokens } = view;
  let last = start;
  for (let j = solidAfter(tokens, start); j < tokens.length; j = solidAfter(tokens, j)) {
    const token = tokens[j];
    if (token.kind !== 'word' || !capitalised(token.text) || view.quoteOf[j] || tokens[j - 1]?.kind !== 'whitespace') break;
    last = j;
  }
  return { first: start, last };
}

/** Words that end a subject: "Hillary Clinton immediately posted", "The email goes on". */
function isVerbLike(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  const key = keyOf(token);
  return /(?:ed|ly)$/.test(key) || commonVerbs.has(key) || clauseWords.has(key);
}

/**
 * The subject of the sentence a cue sits in, for cues with no speaker beside
 * them: "Trump blasted the instructor, calling her a “…”", "When he returned
 * he began by saying, “…”", "The email goes on to say: “…”". Introductory
 * phrases ("Like Corker,", "Flying home one night,") are skipped.
 */
export function subjectOf(view: ParagraphTokens, sentences: Int32Array, cue: number): Range | undefined {
  const { tokens, quoteOf } = view;
  let start = cue;
  while (start > 0 && sentences[start - 1] === sentences[cue]) start--;
  let chunk = true;
  for (let j = start; j < cue; j++) {
    const token = tokens[j];
    if (token.kind === 'whitespace') continue;
    if (quoteOf[j]) {
      chunk = false;
      continue;
    }
    if (token.text === ',' || token.text === '—' || token.text === '–' || token.text === ';' || token.text === ':') {
      chunk = true;
      continue;
    }
    if (!chunk || token.kind !== 'word') {
      chunk = false;
      continue;
    }
    chunk = false;
    const key = keyOf(token);
    if (conjunctions.has(key)) {
      // "And he made a point of saying…": the subject follows the conjunction.
      chunk = true;
      continue;
    }
    if (pronounOf(key) && key !== 'who' && key !== 'which') return { first: j, last: j };
    if (key === 'when' || key === 'as' || key === 'after' || key === 'before' || key === 'while' || key === 'once') {
      // "When he returned he began…": the subject comes after the clause.
      const inner = solidAfter(tokens, j);
      if (tokens[inner]?.kind === 'word' && speakerPronouns[keyOf(tokens[inner])]) return { first: inner, last: inner };
      continue;
    }
    if (clauseWords.has(key) || introWords.has(key) || /(?:ing|ed)$/.test(key)) continue;
    const np = nounPhraseFrom(view, j, cue);
    if (np && nameLike(tokens, np)) return np;
  }
  return undefined;
}


/** The pronoun in "he", "he’s", "they’re", "she’d". */
export function pronounOf(key: string): SpeakerKindHint | undefined {
  return speakerPronouns[key] ?? speakerPronouns[key.replace(/'(?:s|re|d|ll|ve|m)$/, '')];
}

export type SpeakerKindHint = 'person' | 'body' | 'any';

/** A subject from `start`: a capitalised run, or a determiner and its nouns ("His chief aide"). */
function nounPhraseFrom(view: ParagraphTokens, start: number, limit: number): Range | undefined {
  const { tokens } = view;
  let last = start;
  let lower = 0;
  let previous = tokens[start];
  // Lower-case words may run between capitals: "Republican presidential front-runner Donald Trump".
  let lastCapital = capitalised(tokens[start].text) ? start : -1;
  for (let j = solidAfter(tokens, start), n = 0; j < limit && n < 8; j = solidAfter(tokens, j), n++) {
    const token = tokens[j];
    if (token.kind !== 'word' || view.quoteOf[j]) break;
    const capital = capitalised(token.text);
    if (!capital) {
      const afterDeterminer = emptyWords.has(keyOf(previous)) || /['’]s$/.test(previous.text) || lower > 0 || lastCapital >= 0;
      if (!afterDeterminer || isVerbLike(token) || lower >= 3 || (keyOf(token) === 'of' && lastCapital < 0)) break;
      lower++;
    } else {
      lower = 0;
      lastCapital = j;
    }
    last = j;
    previous = token;
  }
  // Lower-case words after the name end it, unless they are its noun ("the Clinton campaign", not "the FBI lists").
  if (lower > 0 && lastCapital >= 0 && (!emptyWords.has(keyOf(tokens[start])) || (lower === 1 && /s$/.test(keyOf(tokens[last])) && !groups.has(keyOf(tokens[last])) && !anonymousNouns.has(keyOf(tokens[last]))))) last = lastCapital;
  if (nameless(tokens, start, last)) return undefined;
  return { first: start, last };
}

function keyOfSpan(tokens: readonly Token[], first: number, last: number): string {
  const words: string[] = [];
  for (let j = first; j <= last; j++) if (tokens[j].kind === 'word') words.push(keyOf(tokens[j]));
  return words.join(' ');
}

export function spanOf(tokens: readonly Token[], first: number, last: number, text: string): Span {
  const start = tokens[first].start;
  const end = tokens[last].end;
  // Kept with the cue from check to check: its own string, not a cut of the draft (see own-string.ts).
  return new Span(ownString(text.slice(start, end).replace(/\s+/g, ' ')), tokens[first], tokens[last]);
}

export interface Range {
  first: number;
  last: number;
}

/** Tokens that may sit inside a name: Sen. Ted Cruz, Lopez-Cantera, AT&T. */
function joinsName(token: Token): boolean {
  return token.kind === 'punctuation' && (token.text === '-' || token.text === '&' || token.text === '’' || token.text === "'");
}

/**
 * The speaker named before a cue: "Bolton said", "the Ministry of External
 * Affairs said", "he also said", "Trump, who said" (→ Trump).
 */
function mentionBefore(view: ParagraphTokens, cue: number): Range | undefined {
  const { tokens, quoteOf } = view;
  let j = solidBefore(tokens, cue);
  while (j >= 0 && tokens[j].kind === 'word' && (timeWords.has(keyOf(tokens[j])) || (betweenSpeakerAndCue.has(keyOf(tokens[j])) && !capitalised(tokens[j].text)))) j = solidBefore(tokens, j);
  if (tokens[j]?.text === ')') j = skipParenthesis(tokens, j);
  if (tokens[j]?.text === ',') return appositiveSubject(view, j);
  if (j < 0 || tokens[j].kind !== 'word' || quoteOf[j]) return undefined;
  const head = keyOf(tokens[j]);
  if (head === 'who' || head === 'which') {
    const comma = solidBefore(tokens, j);
    if (tokens[comma]?.text !== ',') return { first: j, last: j };
    return collectBack(view, solidBefore(tokens, comma)) ?? { first: j, last: j };
  }
  if (speakerPronouns[head]) return { first: j, last: j };
  return collectBack(view, j);
}

/** "was told", "had been warned", "were asked": someone else spoke. */
function passive(tokens: readonly Token[], cue: number): boolean {
  const before = tokens[solidBefore(tokens, cue)];
  return before?.kind === 'word' && passiveAuxiliaries.has(keyOf(before));
}



/** "Sen. Marco Rubio (R-Fla.) said": the word before the parenthesis. */
function skipParenthesis(tokens: readonly Token[], close: number): number {
  for (let j = close - 1, n = 0; j >= 0 && n < 12; j--, n++) {
    if (tokens[j].text === '(') return solidBefore(tokens, j);
  }
  return close;
}

/**
 * "Graham, a former candidate, told", "Clinton, 35, the daughter of …, said":
 * the name before the appositive, up to three commas back.
 */
function appositiveSubject(view: ParagraphTokens, comma: number): Range | undefined {
  const { tokens, quoteOf } = view;
  let j = comma;
  for (let chunks = 0; chunks < 3; chunks++) {
    let k = solidBefore(tokens, j);
    for (let n = 0; k >= 0 && n < 30 && tokens[k].text !== ',' && !/^[.!?;:]$/.test(tokens[k].text) && !quoteOf[k]; n++) k = solidBefore(tokens, k);
    if (k < 0 || tokens[k].text !== ',') return undefined;
    const name = collectBack(view, solidBefore(tokens, k));
    if (name && nameLike(tokens, name)) return name;
    j = k;
  }
  return undefined;
}

/** "a call", "Qureshi’s call", "over claims that": the cue word is a noun here. */
function afterDeterminer(tokens: readonly Token[], cue: number): boolean {
  const before = tokens[solidBefore(tokens, cue)];
  if (before?.kind !== 'word') return false;
  const key = keyOf(before);
  return emptyWords.has(key) || /['’]s$/.test(before.text) || nounPrepositions.has(key);
}


/** A name, a pronoun, or an unnamed source: something that can speak. */
export function nameLike(tokens: readonly Token[], range: Range): boolean {
  const head = headOf(tokens, range.first, range.last);
  if (head < 0) return false;
  const key = keyOf(tokens[head]).replace(/'s$/, '');
  const capital = capitalised(tokens[head].text);
  return (capital && !titles.has(key)) || (!capital && titles.has(key)) || speakerPronouns[key] !== undefined || anonymousNouns.has(key) || organisations.has(key) || documents.has(key);
}

function collectBack(view: ParagraphTokens, from: number): Range | undefined {
  const { tokens, quoteOf } = view;
  if (from < 0 || tokens[from]?.kind !== 'word' || quoteOf[from]) return undefined;
  if (clauseWords.has(keyOf(tokens[from])) || emptyWords.has(keyOf(tokens[from]))) return undefined;
  let first = from;
  let count = 0;
  for (let j = from; j >= 0; j--) {
    const token = tokens[j];
    if (token.kind === 'whitespace') continue;
    if (quoteOf[j]) break;
    if (token.kind === 'word') {
      const key = keyOf(token);
      // "Residents on Hill Road said", "a spokesman for the campaign said".
      if (namePrepositions.has(key) && count > 0 && tokens[solidBefore(tokens, j)]?.kind === 'word' && !clauseWords.has(keyOf(tokens[solidBefore(tokens, j)]))) {
        if (++count > 8) break;
        continue;
      }
      if (clauseWords.has(key) && !capitalised(token.text)) break;
      if (capitalised(token.text) && clauseWords.has(key) && (token as Word).startsClause) break;
      if (++count > 8) break;
      first = j;
      continue;
    }
    if (joinsName(token) && tokens[j - 1]?.kind === 'word' && tokens[j + 1]?.kind === 'word') continue;
    break;
  }
  return nameless(tokens, first, from) ? undefined : { first, last: from };
}

/**
 * The speaker named after a cue: "said Bolton", "according to National
 * Security Adviser John Bolton", "said John Bolton, the adviser" (→ John Bolton).
 */
function mentionAfter(view: ParagraphTokens, cueLast: number): Range | undefined {
  const { tokens, quoteOf } = view;
  let first = -1;
  let last = -1;
  let count = 0;
  let start = solidAfter(tokens, cueLast);
  while (tokens[start]?.kind === 'word' && timeWords.has(keyOf(tokens[start]))) start = solidAfter(tokens, start);
  for (let j = start; j < tokens.length; j++) {
    const token = tokens[j];
    if (token.kind === 'whitespace') continue;
    if (quoteOf[j]) break;
    if (token.kind === 'word') {
      const key = keyOf(token);
      const lower = !capitalised(token.text);
      if (timeWords.has(key) || (lower && clauseWords.has(key))) break;
      if (lower && count > 0 && /ed$/.test(key)) break;
      if (++count > 8) break;
      if (first < 0) first = j;
      last = j;
      continue;
    }
    if (joinsName(token) && tokens[j - 1]?.kind === 'word' && tokens[j + 1]?.kind === 'word') continue;
    break;
  }
  if (first < 0 || nameless(tokens, first, last)) return undefined;
  // "said the report was never acted on": the report is what was said, not who said it.
  const next = tokens[solidAfter(tokens, last)];
  if (next?.kind === 'word' && auxiliaries.has(keyOf(next))) return undefined;
  // "said the contractor, Ana Ruiz": the name that follows the description.
  const name = solidAfter(tokens, solidAfter(tokens, last));
  if (next?.text === ',' && !capitalised(tokens[last].text) && tokens[name]?.kind === 'word' && capitalised(tokens[name].text) && !quoteOf[name]) {
    const run = capitalisedRun(view, name);
    const after = tokens[solidAfter(tokens, run.last)];
    if (!after || /^[.,;]$/.test(after.text)) return { first, last: run.last };
  }
  return { first, last };
}

function nameless(tokens: readonly Token[], first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    const token = tokens[j];
    if (token.kind === 'word' && /\p{L}/u.test(token.text) && !emptyWords.has(keyOf(token)) && !clauseWords.has(keyOf(token))) return false;
  }
  return true;
}

/** "said Bolton" comes after a quote, a comma or a dash, or opens the sentence. */
function invertsHere(view: ParagraphTokens, cue: number): boolean {
  const before = view.tokens[solidBefore(view.tokens, cue)];
  return !before || before.kind === 'punctuation';
}

/**
 * Whether a weak or loaded cue really introduces speech: a quote, a colon,
 * "that" or a new subject follows it, or it closes a sentence after a quote
 * or a comma ("…,” he insisted.").
 */
function speechAround(view: ParagraphTokens, sentences: Int32Array, cue: number, last: number, mention: Range): boolean {
  const { tokens } = view;
  for (let j = solidAfter(tokens, last), n = 0; j < tokens.length && n < 12 && sentences[j] === sentences[cue]; j = solidAfter(tokens, j), n++) {
    if (isQuoteMark(tokens[j]) && view.quoteOf[j]) return true;
  }
  let j = last;
  for (let n = 0; n < 3; n++) {
    j = solidAfter(tokens, j);
    const token = tokens[j];
    if (!token) break;
    if (isQuoteMark(token) && view.quoteOf[j]) return true;
    if (n === 0 && (token.text === ':' || (token.kind === 'word' && subjectWords.has(keyOf(token))))) return true;
    if (n === 0 && token.text === ',' && isQuoteMark(tokens[solidAfter(tokens, j)] ?? token)) return true;
    if (n === 0 && /^[.!?]$/.test(token.text)) {
      const before = tokens[solidBefore(tokens, Math.min(mention.first, cue))];
      return before !== undefined && (before.text === ',' || isQuoteMark(before));
    }
    if (token.kind === 'punctuation') break;
  }
  const before = tokens[solidBefore(tokens, Math.min(mention.first, cue))];
  if (before && isQuoteMark(before) && view.quoteOf[solidBefore(tokens, Math.min(mention.first, cue))]) return true;
  if (before?.text === ',') {
    const mark = solidBefore(tokens, solidBefore(tokens, Math.min(mention.first, cue)));
    return mark >= 0 && isQuoteMark(tokens[mark]) && view.quoteOf[mark] !== undefined;
  }
  return false;
}

/**
 * "Lopez claimed the delays were caused by…": a loaded verb followed by a
 * new clause. "Claimed the lives of", "admitted to hospital", "insisted on a
 * vote" are not speech (data/loaded-attribution-verbs.ts lists what follows
 * them when they are not).
 */
function clauseFollows(tokens: readonly Token[], last: number): boolean {
  const next = solidAfter(tokens, last);
  const token = tokens[next];
  if (token?.kind !== 'word') return false;
  const two = `${keyOf(token)} ${keyOf(tokens[solidAfter(tokens, next)] ?? token)}`;
  if (notSpeech.has(keyOf(token)) || notSpeech.has(two)) return false;
  if (emptyWords.has(keyOf(token))) return verbAfterObject(tokens, next);
  return subjectWords.has(keyOf(token)) || capitalised(token.text);
}

/**
 * After "claimed the", a clause has its verb before the next punctuation
 * ("claimed the delays were caused", "admitted the dynamic between them
 * most likely does not"); an object has none ("maintained a surprisingly
 * large lead", "claiming some victories in the Midwest", "revealing a
 * tendency"). A verb is an auxiliary, a common verb or a word in -ed, past
 * the first word ("a paid schedule"), and before a relative clause ("the
 * option that could", "the settlement he reached", "a vision represented
 * by"). After "insisted at" or "claimed for",
 * the clause opens with "that" ("insisted at a rally Wednesday that…");
 * "boasted of", "complained of" are not said.
 */
function verbAfterObject(tokens: readonly Token[], determiner: number): boolean {
  const opener = keyOf(tokens[determiner]);
  if (opener === 'of') return false;
  const preposition = opener === 'at' || opener === 'for';
  let j = determiner;
  for (let n = 0; n < 12; n++) {
    j = solidAfter(tokens, j);
    // "the shooter, who was 19, acted alone": a relative clause between commas is read past.
    if (tokens[j]?.text === ',' && /^(who|which)$/.test(keyOf(tokens[solidAfter(tokens, j)] ?? tokens[j]))) j = closingComma(tokens, j);
    const token = tokens[j];
    if (token?.kind !== 'word') return false;
    const key = keyOf(token);
    if (preposition) {
      if (key === 'that') return true;
      continue;
    }
    // A relative clause describes the object: "the option … that could", "the settlement he reached".
    if (relatives.has(key) || subjectWords.has(key)) return false;
    const participle = /ed$/.test(key) && keyOf(tokens[solidAfter(tokens, j)] ?? token) === 'by';
    if (n > 0 && (auxiliaries.has(key) || commonVerbs.has(key) || (/ed$/.test(key) && !participle))) return true;
  }
  return false;
}

/** The comma that closes a clause opened at `comma` (or the token after 8 words without one); for reading past it. */
function closingComma(tokens: readonly Token[], comma: number): number {
  let j = comma;
  for (let n = 0; n < 8; n++) {
    j = solidAfter(tokens, j);
    if (tokens[j] === undefined || tokens[j].text === ',') return solidAfter(tokens, j);
  }
  return j;
}

const relatives = new Set(['which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'as', 'if']);

/**
 * Marks attributions whose source is unnamed: "officials said", "a source
 * told", or an anonymity formula ("on condition of anonymity") in the same sentence.
 */
export function markAnonymity(view: ParagraphTokens, found: Found[], sentences: Int32Array): void {
  const { tokens } = view;
  for (const f of found) {
    const head = headOf(tokens, f.mentionFirst, f.mentionLast);
    if (head >= 0 && anonymousNouns.has(keyOf(tokens[head])) && !namedAfter(tokens, f.mentionLast)) {
      f.attribution.anonymous = f.attribution.mention;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || view.quoteOf[i]) continue;
    const last = matchPhrase(tokens, i, anonymity);
    if (last < 0) continue;
    const sentence = sentences[i];
    const owner = found.find((f) => sentences[f.cueFirst] === sentence) ?? found.find((f) => Math.abs(sentences[f.cueFirst] - sentence) <= 1);
    if (owner && !owner.attribution.anonymous) {
      owner.attribution.anonymous = anonymousSpan(tokens, i, last);
      owner.anonymousRange = { first: i, last };
    }
    i = last;
  }
  // "…spoke on condition of anonymity because they were not authorized to discuss it": the reader is told why.
  for (const f of found) {
    if (f.attribution.anonymous && reasonGiven(view, sentences, sentences[f.cueFirst])) {
      f.attribution.anonymous = undefined;
      f.anonymousRange = undefined;
    }
  }
}

/** "his top aide, Tad Devine, told": the name follows the noun, between commas. */
function namedAfter(tokens: readonly Token[], last: number): boolean {
  let i = solidAfter(tokens, last);
  if (tokens[i]?.text !== ',') return false;
  let names = 0;
  for (i = solidAfter(tokens, i); tokens[i]?.kind === 'word' && capitalised(tokens[i].text); i = solidAfter(tokens, i)) names++;
  return names >= 2 && names <= 4 && (tokens[i] === undefined || /^[,.;]$/.test(tokens[i].text));
}

const reasons = phraseIndex(anonymityReasons);
const reasonOpeners = phraseIndex(anonymityReasonOpeners);
/** Words a few before "not authorized to…" that make it the source's: "who was", "because they were", "but were". */
const sourceClause = new Set(['who', 'because', 'since', 'as', 'but']);

/** "…an official who was not authorized to speak": not "officials said the board was not authorized to discuss salaries". */
function ofTheSource(tokens: readonly Token[], at: number): boolean {
  let j = at;
  for (let n = 0; n < 3; n++) {
    j = solidBefore(tokens, j);
    if (tokens[j]?.kind !== 'word') return false;
    if (sourceClause.has(keyOf(tokens[j]))) return true;
  }
  return false;
}

/** Whether the sentence, outside quotes, says why its source is not named (see anonymityReasons). */
function reasonGiven(view: ParagraphTokens, sentences: Int32Array, sentence: number): boolean {
  const { tokens, quoteOf } = view;
  for (let i = 0; i < tokens.length; i++) {
    if (sentences[i] !== sentence || tokens[i].kind !== 'word' || quoteOf[i]) continue;
    if (matchPhrase(tokens, i, reasons) >= 0 && ofTheSource(tokens, i)) return true;
    const formula = matchPhrase(tokens, i, anonymity);
    if (formula < 0) continue;
    let next = solidAfter(tokens, formula);
    if (tokens[next]?.text === ',') next = solidAfter(tokens, next);
    if (tokens[next]?.kind === 'word' && matchPhrase(tokens, next, reasonOpeners) >= 0) return true;
  }
  return false;
}

export function anonymousSpan(tokens: readonly Token[], first: number, last: number): Span {
  return new Span(tokens.slice(first, last + 1).map((t) => t.text).join(''), tokens[first], tokens[last]);
}

/** The noun a mention is about: "spokesman" in "a spokesman for the campaign". */
export function headOf(tokens: readonly Token[], first: number, last: number): number {
  let head = -1;
  for (let j = first; j <= last; j++) {
    if (tokens[j].kind !== 'word') continue;
    const key = keyOf(tokens[j]);
    if (head >= 0 && (key === 'of' || key === 'for' || key === 'at' || key === 'close' || key === 'familiar' || key === 'with' || key === 'who')) break;
    head = j;
  }
  return head;
}
