/**
 * Attribution: who says what in the article. Finds every cue ("said",
 * "told", "according to", and the desk's own from the style sheet) with the
 * words that name its speaker, resolves the speaker to a name ("he" → "John
 * Bolton", "Bolton" → "John Bolton", "the statement" → "Ministry of External
 * Affairs"), then gives every quote its speaker, looking where copy puts it:
 *
 * 1. its own sentence: “…,” Bolton said / said Bolton / Bolton said: “…” /
 *    “…,” he said, “…” (a split quote) / according to X / X said the “…”;
 * 2. its paragraph: Bolton said in a tweet. “…”;
 * 3. a colon lead-in: Bolton put it this way: “…” (also from the paragraph before);
 * 4. the paragraph before, for a paragraph that opens with a quote and
 *    names nobody: the speaker quoted there goes on speaking;
 * 5. in a headline, the "…: NSA Bolton" tag, or the same words quoted in the story.
 *
 * Linear in the article's length: each cue looks at a few words around it,
 * each quote at the cues of its own paragraph and the one before.
 */
import { attributionCues, cueCompletions, cuesWithSpeakerAfter, invertingCues, weakCues } from '../data/attribution-cues';
import { loadedAttributionVerbs, loadedVerbObjects } from '../data/loaded-attribution-verbs';
import { anonymityPhrases, anonymousSpeakerNouns } from '../data/anonymous-sources';
import { groupSpeakers, organisationWords, speakerPronouns, speakerTitles, speakingDocuments, verbsAfterSubject } from '../data/speaker-words';
import type { Paragraph, Token, Word } from './model';
import type { ParagraphTokens, Quote } from './quotes';
import { isQuoteMark } from './quotes';

/** A stretch of the source text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Where a quote's speaker was found. */
export type AttributionPlace = 'sentence' | 'paragraph' | 'lead-in' | 'previous-paragraph' | 'headline';

/** "person": a named person; "body": a named organisation or document; "unnamed": "a senior official". */
export type SpeakerKind = 'person' | 'body' | 'unnamed';

export interface Attribution {
  /** The cue: "said", "said in a tweet", "according to", or ":" for a colon lead-in. */
  cue: Span;
  /** The cue's verb alone: "said" in "said in a tweet". */
  verb: Span;
  /** Where the speaker is named: "he", "State Department Deputy Spokesperson Robert Palladino". */
  mention: Span;
  /** The speaker as the report names them: "John Bolton" for "he". */
  speaker: string;
  speakerKind: SpeakerKind;
  /** For a loaded cue ("claimed"), the neutral word in the same tense ("said"). */
  neutral?: string;
  /** The words that leave the source unnamed: "officials", "on condition of anonymity". */
  anonymous?: Span;
  paragraph: Paragraph;
}

export interface AttributionOptions {
  /** Extra cues from the desk's style sheet ("wrote in a post"). */
  attributionVerbs?: readonly string[];
}

/** Words that may stand between a speaker and the cue: "Bolton also said", "he has said". */
const betweenSpeakerAndCue = new Set([
  'also', 'later', 'then', 'once', 'again', 'previously', 'earlier', 'recently', 'reportedly', 'publicly',
  'privately', 'repeatedly', 'since', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would',
  'could', 'might', 'may', 'did', 'does', 'do', 'not', 'never', 'just', 'often', 'still', 'simply',
  'flatly', 'famously', 'quickly', 'finally', 'first', 'further', 'subsequently', 'separately', 'herself',
  'himself', 'themselves', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'yesterday', 'today', 'tonight', 'on',
]);

/** "said Tuesday", "Rubio said Saturday night": when, not who. */
const timeWords = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'earlier', 'later', 'last', 'this',
  'recently', 'then', 'now', 'again', 'once',
]);

/** Words a speaker's name never runs across. */
const clauseWords = new Set([
  'and', 'but', 'or', 'nor', 'that', 'because', 'when', 'while', 'as', 'if', 'than', 'so', 'where',
  'after', 'before', 'since', 'though', 'although', 'until', 'what', 'how', 'why', 'whether', 'in', 'on',
  'during', 'with', 'by', 'from', 'to', 'into', 'about', 'against', 'over', 'under', 'without', 'like',
  'this', 'these', 'those', 'there', 'here', 'not', 'is', 'was', 'are', 'were', 'be', 'been', 'has',
  'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did',
  'also', 'then', 'which', 'who', 'whom', 'whose', 'it’s', "it's", 'just', 'even', 'only', 'yet', 'via',
  'instead', 'however', 'meanwhile', 'later', 'again', 'never', 'once', 'however', 'said', 'says', 'told',
]);

/** Where a name stops and a description starts: "Joel Pollak of Breitbart California". */
const namePrepositions = new Set(['of', 'from', 'for', 'at', 'in', 'with', 'on']);

/** Determiners and other words that do not name anyone on their own. */
const emptyWords = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'some', 'two', 'three', 'several', 'many', 'other', 'another', 'each', 'both', 'all', 'of', 'for', 'at']);

/** Words that open an introductory phrase rather than a subject: "Like Corker, Menendez…". */
const introWords = new Set(['like', 'at', 'in', 'on', 'during', 'with', 'for', 'from', 'despite', 'amid', 'unlike', 'since', 'because', 'although', 'though', 'if', 'asked', 'speaking', 'earlier', 'later', 'still', 'yet', 'meanwhile', 'now', 'then', 'here', 'there', 'instead', 'indeed', 'also', 'but', 'and', 'so', 'yes', 'no', 'well', 'of', 'to', 'by', 'about', 'according', 'under', 'over', 'last', 'this', 'next', 'in', 'today', 'yesterday', 'tonight']);

const subjectWords = new Set(['that', 'he', 'she', 'they', 'it', 'i', 'we', 'there', 'you', 'this']);

const titles = new Set(speakerTitles);
const commonVerbs = new Set(verbsAfterSubject);
const groups = new Set(groupSpeakers);
const organisations = new Set(organisationWords);
const documents = new Set(speakingDocuments);
const anonymousNouns = new Set(anonymousSpeakerNouns);
const weak = new Set(weakCues);
const notSpeech = new Set(loadedVerbObjects);
const inverting = new Set(invertingCues);
const speakerAfter = new Set(cuesWithSpeakerAfter);

/** Phrases as word lists, indexed by their first word, longest first. */
type PhraseIndex = Map<string, string[][]>;

function phraseIndex(phrases: Iterable<string>): PhraseIndex {
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
const completions = phraseIndex(cueCompletions);
const anonymity = phraseIndex(anonymityPhrases);

/** One view's cue with the token indices of its parts. */
interface Found {
  attribution: Attribution;
  view: ParagraphTokens;
  /** Token indices: the whole clause (speaker and cue) runs from `first` to `last`. */
  first: number;
  last: number;
  cueFirst: number;
  cueLast: number;
  mentionFirst: number;
  mentionLast: number;
}

/**
 * Finds the attributions of an article and gives each quote its own. Sets
 * `attribution` and `attributedBy` on the quotes; returns every attribution,
 * of quotes and of reported speech alike, in order.
 */
export function attributeQuotes(views: readonly ParagraphTokens[], quotes: readonly Quote[], text: string, options: AttributionOptions = {}): Attribution[] {
  const cues = options.attributionVerbs?.length ? phraseIndex([...attributionCues, ...Object.keys(loadedAttributionVerbs), ...options.attributionVerbs]) : baseCues;
  const sentenceIds = new Map<ParagraphTokens, Int32Array>();
  const foundIn = new Map<ParagraphTokens, Found[]>();
  const all: Found[] = [];
  for (const view of views) {
    const sentences = sentenceIdsOf(view);
    sentenceIds.set(view, sentences);
    const found = findCues(view, cues, text, sentences);
    markAnonymity(view, found, sentences);
    foundIn.set(view, found);
    all.push(...found);
  }

  const names = nameIndex(views);
  const resolver = new SpeakerResolver(names);
  for (const found of all) resolver.resolve(found.attribution);

  const viewOf = new Map(views.map((view) => [view.paragraph, view]));
  const bodyQuotes = new Map<string, Quote>();
  for (const quote of quotes) {
    const firstView = viewOf.get(quote.parts[0].paragraph);
    if (!firstView) continue;
    // Titles and slogans are someone's only where a cue in their own sentence says so.
    const title = quote.kind === 'title';
    const placed =
      (quote.closed ? undefined : attributionInside(quote, viewOf, cues, resolver, text)) ??
      sentenceAttribution(quote, viewOf, foundIn, sentenceIds) ??
      (quote.kind === 'partial' && !quote.inHeadline ? subjectAttribution(quote, firstView, sentenceIds.get(firstView)!, resolver, text) : undefined) ??
      (title ? undefined : paragraphAttribution(quote, firstView, foundIn)) ??
      (title ? undefined : leadInAttribution(quote, firstView, views, foundIn, sentenceIds, resolver, text)) ??
      (title ? undefined : previousParagraphAttribution(quote, firstView, views, quotes)) ??
      (quote.inHeadline ? headlineAttribution(quote, firstView, resolver, text, bodyQuotes, quotes) : undefined);
    if (placed) {
      quote.attribution = placed.attribution;
      quote.attributedBy = placed.place;
    }
    if (!quote.inHeadline && quote.attribution) bodyQuotes.set(normalise(quote.text), quote);
  }
  return all.map((found) => found.attribution);
}

/** What a hover on a quote says: who said it, and how the article tells us. */
export function describeQuote(quote: Quote): string {
  const attribution = quote.attribution;
  if (!attribution) {
    if (quote.kind === 'title') return 'A title or slogan in quotation marks.';
    if (quote.kind === 'partial') return 'Quoted words; the article does not say whose they are.';
    return 'Nobody is named as saying this.';
  }
  const named = attribution.mention.text === attribution.speaker ? '' : ` (“${attribution.mention.text}”)`;
  const where: Record<AttributionPlace, string> = {
    sentence: '',
    paragraph: ', in the same paragraph',
    'lead-in': ', introduced by a colon',
    'previous-paragraph': ', carried over from the paragraph before',
    headline: ', in the headline',
  };
  const cue = attribution.cue.text === ':' ? 'a colon lead-in' : `“${attribution.cue.text}”`;
  return `Said by ${attribution.speaker}${named}: cue ${cue}${where[quote.attributedBy ?? 'sentence']}.`;
}

/** The quote at an offset, for hovers. */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  return quotes.find((quote) => quote.parts.some((part) => offset >= part.open.start && offset <= (part.close?.end ?? part.contentEnd)));
}

// ---------------------------------------------------------------------------
// Sentences inside a paragraph, quotes kept whole.

/**
 * A sentence id for each token. Sentences end at . ! ? outside quotes, and at
 * a closing mark after them (“…developments.” Next), when a capital or a new
 * quote follows.
 */
function sentenceIdsOf(view: ParagraphTokens): Int32Array {
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
    if (!next || /^\p{Lu}/u.test(next.text) || /^[“"‘(]/.test(next.text) || /^\d/.test(next.text)) id++;
  }
  return ids;
}

function solidBefore(tokens: readonly Token[], index: number): number {
  let i = index - 1;
  while (i >= 0 && tokens[i].kind === 'whitespace') i--;
  return i;
}

function solidAfter(tokens: readonly Token[], index: number): number {
  let i = index + 1;
  while (i < tokens.length && tokens[i].kind === 'whitespace') i++;
  return i;
}

// ---------------------------------------------------------------------------
// Cues and the words that name their speakers.

function keyOf(token: Token): string {
  return token.kind === 'word' ? (token as Word).key : token.text;
}

/** Matches a phrase from `index` at token `i`; returns the index of its last token, or -1. */
function matchPhrase(tokens: readonly Token[], i: number, index: PhraseIndex, allowed?: (j: number) => boolean): number {
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

function findCues(view: ParagraphTokens, cues: PhraseIndex, text: string, sentences: Int32Array): Found[] {
  const { tokens, quoteOf } = view;
  const found: Found[] = [];
  const outside = (j: number) => quoteOf[j] === undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || quoteOf[i]) continue;
    const word = token as Word;
    if (/^\p{Lu}/u.test(word.text) && !word.startsClause && !view.paragraph.isHeadline && tokens[solidBefore(tokens, i)]?.text !== ',') continue;
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
    if (!/[,?!]$/.test(text.slice(quote.parts[0].contentStart, tokens[i].start).trimEnd()) && !isDash(tokens[solidAfter(tokens, i)])) continue;
    const start = solidAfter(tokens, i);
    if (found.some((f) => f.first >= start && f.first <= start + 2)) continue;
    const comma = /,$/.test(text.slice(quote.parts[0].contentStart, tokens[i].start).trimEnd());
    const clause = clauseAfterQuote(view, start, !comma);
    if (clause) found.push(makeFound(view, text, clause.cue, clause.cue.last, clause.mention, false));
  }
}

const particles = new Set(['back', 'up', 'out', 'on', 'off', 'in', 'down', 'again', 'simply', 'bluntly']);

function clauseBeforeQuote(view: ParagraphTokens, open: number): { cue: Range; mention: Range } | undefined {
  const { tokens, quoteOf } = view;
  const mark = solidBefore(tokens, open);
  if (tokens[mark]?.text !== ',' && tokens[mark]?.text !== ':') return undefined;
  let verb = solidBefore(tokens, mark);
  const last = verb;
  if (tokens[verb]?.kind === 'word' && particles.has(keyOf(tokens[verb]))) verb = solidBefore(tokens, verb);
  const cue = tokens[verb];
  if (cue?.kind !== 'word' || quoteOf[verb] || /^\p{Lu}/u.test(cue.text) || clauseWords.has(keyOf(cue)) || emptyWords.has(keyOf(cue)) || !/\p{L}/u.test(cue.text)) return undefined;
  const m = solidBefore(tokens, verb);
  const head = tokens[m];
  if (head?.kind !== 'word' || quoteOf[m]) return undefined;
  let mention: Range | undefined;
  if (speakerPronouns[keyOf(head)] && keyOf(head) !== 'who' && keyOf(head) !== 'which') mention = { first: m, last: m };
  else if (/^\p{Lu}/u.test(head.text) && !clauseWords.has(keyOf(head))) {
    mention = collectBack(view, m);
    if (mention && !nameLike(tokens, mention)) mention = undefined;
  }
  if (!mention) return undefined;
  const before = tokens[solidBefore(tokens, mention.first)];
  const boundary = !before || /^[.!?,;:—–]$/.test(before.text) || (before.kind === 'word' && clauseWords.has(keyOf(before)));
  if (!boundary) return undefined;
  return { cue: { first: verb, last }, mention };
}

function isDash(token: Token | undefined): boolean {
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
  const capital = /^\p{Lu}/u.test(first.text);
  if (!capital && !speakerPronouns[key] && !emptyWords.has(key)) {
    // “…,” barked Trump.
    const name = solidAfter(tokens, start);
    if (clauseWords.has(key) || tokens[name]?.kind !== 'word' || !/^\p{Lu}/u.test(tokens[name].text)) return undefined;
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
  while (tokens[verb]?.kind === 'word' && betweenSpeakerAndCue.has(keyOf(tokens[verb])) && !/^\p{Lu}/u.test(tokens[verb].text)) verb = solidAfter(tokens, verb);
  const cue = tokens[verb];
  if (cue?.kind !== 'word' || /^\p{Lu}/u.test(cue.text) || clauseWords.has(keyOf(cue)) || emptyWords.has(keyOf(cue))) return undefined;
  const after = tokens[solidAfter(tokens, verb)];
  if (short && after && !/^[.,;!?]$/.test(after.text) && !(after.kind === 'word' && (timeWords.has(keyOf(after)) || namePrepositions.has(keyOf(after))))) return undefined;
  return { cue: { first: verb, last: verb }, mention };
}

/** Capitalised words from `start` on: "House Speaker Paul Ryan", "@realDonaldTrump". */
function capitalisedRun(view: ParagraphTokens, start: number): Range {
  const { tokens } = view;
  let last = start;
  for (let j = solidAfter(tokens, start); j < tokens.length; j = solidAfter(tokens, j)) {
    const token = tokens[j];
    if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.text) || view.quoteOf[j] || tokens[j - 1]?.kind !== 'whitespace') break;
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
function subjectOf(view: ParagraphTokens, sentences: Int32Array, cue: number): Range | undefined {
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

const conjunctions = new Set(['and', 'but', 'so', 'yet', 'then', 'still', 'also', 'now', 'or']);

/** The pronoun in "he", "he’s", "they’re", "she’d". */
function pronounOf(key: string): SpeakerKindHint | undefined {
  return speakerPronouns[key] ?? speakerPronouns[key.replace(/'(?:s|re|d|ll|ve|m)$/, '')];
}

type SpeakerKindHint = 'person' | 'body' | 'any';

/** A subject from `start`: a capitalised run, or a determiner and its nouns ("His chief aide"). */
function nounPhraseFrom(view: ParagraphTokens, start: number, limit: number): Range | undefined {
  const { tokens } = view;
  let last = start;
  let lower = 0;
  let previous = tokens[start];
  // Lower-case words may run between capitals: "Republican presidential front-runner Donald Trump".
  let lastCapital = /^\p{Lu}/u.test(tokens[start].text) ? start : -1;
  for (let j = solidAfter(tokens, start), n = 0; j < limit && n < 8; j = solidAfter(tokens, j), n++) {
    const token = tokens[j];
    if (token.kind !== 'word' || view.quoteOf[j]) break;
    const capital = /^\p{Lu}/u.test(token.text);
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

function spanOf(tokens: readonly Token[], first: number, last: number, text: string): Span {
  const start = tokens[first].start;
  const end = tokens[last].end;
  return { text: text.slice(start, end).replace(/\s+/g, ' '), start, end };
}

interface Range {
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
  while (j >= 0 && tokens[j].kind === 'word' && (timeWords.has(keyOf(tokens[j])) || (betweenSpeakerAndCue.has(keyOf(tokens[j])) && !/^\p{Lu}/u.test(tokens[j].text)))) j = solidBefore(tokens, j);
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

const auxiliaries = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did']);

const passiveAuxiliaries = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "wasn't", "weren't", "isn't", "aren't", 'get', 'got', 'gets']);

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

const nounPrepositions = new Set(['in', 'on', 'over', 'of', 'about', 'with', 'for', 'by', 'from', 'after', 'amid', 'despite', 'against', 'among', 'into']);

/** A name, a pronoun, or an unnamed source: something that can speak. */
function nameLike(tokens: readonly Token[], range: Range): boolean {
  const head = headOf(tokens, range.first, range.last);
  if (head < 0) return false;
  const key = keyOf(tokens[head]).replace(/'s$/, '');
  const capital = /^\p{Lu}/u.test(tokens[head].text);
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
      if (clauseWords.has(key) && !/^\p{Lu}/u.test(token.text)) break;
      if (/^\p{Lu}/u.test(token.text) && clauseWords.has(key) && (token as Word).startsClause) break;
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
      const lower = !/^\p{Lu}/u.test(token.text);
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
  if (next?.text === ',' && !/^\p{Lu}/u.test(tokens[last].text) && tokens[name]?.kind === 'word' && /^\p{Lu}/u.test(tokens[name].text) && !quoteOf[name]) {
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
  return emptyWords.has(keyOf(token)) || subjectWords.has(keyOf(token)) || /^\p{Lu}/u.test(token.text);
}

/**
 * Marks attributions whose source is unnamed: "officials said", "a source
 * told", or an anonymity formula ("on condition of anonymity") in the same sentence.
 */
function markAnonymity(view: ParagraphTokens, found: Found[], sentences: Int32Array): void {
  const { tokens } = view;
  for (const f of found) {
    const head = headOf(tokens, f.mentionFirst, f.mentionLast);
    if (head >= 0 && anonymousNouns.has(keyOf(tokens[head]))) {
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
      owner.attribution.anonymous = { text: tokens.slice(i, last + 1).map((t) => t.text).join(''), start: tokens[i].start, end: tokens[last].end };
    }
    i = last;
  }
}

/** The noun a mention is about: "spokesman" in "a spokesman for the campaign". */
function headOf(tokens: readonly Token[], first: number, last: number): number {
  let head = -1;
  for (let j = first; j <= last; j++) {
    if (tokens[j].kind !== 'word') continue;
    const key = keyOf(tokens[j]);
    if (head >= 0 && (key === 'of' || key === 'for' || key === 'at' || key === 'close' || key === 'familiar' || key === 'with' || key === 'who')) break;
    head = j;
  }
  return head;
}

// ---------------------------------------------------------------------------
// Giving quotes their speakers.

interface Placed {
  attribution: Attribution;
  place: AttributionPlace;
}

function indexOfToken(view: ParagraphTokens, token: Token): number {
  let lo = 0;
  let hi = view.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = view.tokens[mid].start;
    if (start === token.start) return mid;
    if (start < token.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * A quote left open before its own attribution: “Power will be back by
 * Wednesday, Lopez said. The attribution is read from inside the quote, and
 * the quote is marked to close at the comma.
 */
function attributionInside(quote: Quote, viewOf: Map<Paragraph, ParagraphTokens>, cues: PhraseIndex, resolver: SpeakerResolver, text: string): Placed | undefined {
  const part = quote.parts[quote.parts.length - 1];
  const view = viewOf.get(part.paragraph);
  if (!view) return undefined;
  const { tokens } = view;
  for (let i = indexOfToken(view, part.open) + 1; i < tokens.length && tokens[i].start < part.contentEnd; i++) {
    if (tokens[i].text !== ',') continue;
    const first = solidAfter(tokens, i);
    const head = tokens[first];
    if (head?.kind !== 'word') continue;
    let last = first;
    if (/^\p{Lu}/u.test(head.text)) {
      while (tokens[solidAfter(tokens, last)]?.kind === 'word' && /^\p{Lu}/u.test(tokens[solidAfter(tokens, last)].text)) last = solidAfter(tokens, last);
    } else if (!speakerPronouns[keyOf(head)]) continue;
    const cue = solidAfter(tokens, last);
    if (tokens[cue]?.kind !== 'word') continue;
    const cueLast = matchPhrase(tokens, cue, cues);
    if (cueLast < 0) continue;
    const attribution: Attribution = {
      cue: spanOf(tokens, cue, cueLast, text),
      verb: spanOf(tokens, cue, cueLast, text),
      mention: spanOf(tokens, first, last, text),
      speaker: '',
      speakerKind: 'unnamed',
      paragraph: view.paragraph,
    };
    resolver.resolve(attribution);
    quote.likelyEnd = tokens[i].end;
    return { attribution, place: 'sentence' };
  }
  return undefined;
}

/** A cue in the quote's own sentence, before or after it: the nearest wins. */
function sentenceAttribution(
  quote: Quote,
  viewOf: Map<Paragraph, ParagraphTokens>,
  foundIn: Map<ParagraphTokens, Found[]>,
  sentenceIds: Map<ParagraphTokens, Int32Array>,
): Placed | undefined {
  let best: { found: Found; distance: number } | undefined;
  for (const part of quote.parts) {
    const view = viewOf.get(part.paragraph);
    if (!view) continue;
    const found = foundIn.get(view) ?? [];
    const ids = sentenceIds.get(view)!;
    const open = indexOfToken(view, part.open);
    const close = part.close ? indexOfToken(view, part.close) : -1;
    for (const f of found) {
      let distance = Infinity;
      if (f.last < open && ids[f.last] === ids[open] && !quoteBetween(view, f.last, open)) distance = open - f.last;
      if (close >= 0 && f.first > close) {
        if (ids[f.first] === ids[close] && !quoteBetween(view, close, f.first)) distance = f.first - close;
        else if (f.first === solidAfter(view.tokens, close) && reportsRightAfter(quote)) distance = 1;
      }
      if (distance < (best?.distance ?? Infinity)) best = { found: f, distance };
    }
  }
  return best ? { attribution: best.found.attribution, place: 'sentence' } : undefined;
}

/** Another quote's mark between two tokens: that quote's cue is not this one's. */
function quoteBetween(view: ParagraphTokens, from: number, to: number): boolean {
  const own = view.quoteOf[from] ?? view.quoteOf[to];
  for (let j = from + 1; j < to; j++) {
    const q = view.quoteOf[j];
    if (q && q !== own && q.kind === 'full') return true;
  }
  return false;
}

/** “Is it?” Bolton asked. — a question or exclamation can end the quote and still take its cue. */
function reportsRightAfter(quote: Quote): boolean {
  return /[?!—–-]$/.test(quote.text);
}

/**
 * Partial quotes sit inside the writer's sentence with verbs no list holds
 * ("She applauded him for fighting “over and over again.”"): the subject of
 * that sentence, with its verb as the cue.
 */
function subjectAttribution(quote: Quote, view: ParagraphTokens, sentences: Int32Array, resolver: SpeakerResolver, text: string): Placed | undefined {
  const open = indexOfToken(view, quote.parts[0].open);
  const subject = subjectOf(view, sentences, open);
  if (!subject || !nameLike(view.tokens, subject)) return undefined;
  // The verb: the first plain word after the subject ("Bush, however, interjected").
  let verb = solidAfter(view.tokens, subject.last);
  const skippable = (t: Token | undefined) =>
    t !== undefined && (t.text === ',' || (t.kind === 'word' && !/^\p{Lu}/u.test(t.text) && (betweenSpeakerAndCue.has(keyOf(t)) || /ly$/.test(keyOf(t)) || keyOf(t) === 'however')));
  while (verb < open && skippable(view.tokens[verb])) {
    if (view.tokens[verb].text === ',') {
      // ", for his part," / ", an immigration activist,": step over the aside.
      let close = solidAfter(view.tokens, verb);
      for (let n = 0; close < open && n < 10 && view.tokens[close].text !== ','; n++) close = solidAfter(view.tokens, close);
      if (close < open && view.tokens[close].text === ',' && !skippable(view.tokens[solidAfter(view.tokens, verb)])) verb = close;
    }
    verb = solidAfter(view.tokens, verb);
  }
  const cue = view.tokens[verb];
  if (cue?.kind !== 'word' || verb >= open || /^\p{Lu}/u.test(cue.text) || clauseWords.has(keyOf(cue)) || emptyWords.has(keyOf(cue))) return undefined;
  const attribution: Attribution = {
    cue: spanOf(view.tokens, verb, verb, text),
    verb: spanOf(view.tokens, verb, verb, text),
    mention: spanOf(view.tokens, subject.first, subject.last, text),
    speaker: '',
    speakerKind: 'unnamed',
    paragraph: view.paragraph,
  };
  resolver.resolve(attribution);
  return { attribution, place: 'sentence' };
}

/** Any cue in the quote's paragraph: the nearest one before it, else the first after it. */
function paragraphAttribution(quote: Quote, view: ParagraphTokens, foundIn: Map<ParagraphTokens, Found[]>): Placed | undefined {
  const found = foundIn.get(view) ?? [];
  if (found.length === 0) return undefined;
  let before: Found | undefined;
  let after: Found | undefined;
  for (const f of found) {
    if (f.attribution.cue.end <= quote.start) before = f;
    else if (!after && f.attribution.cue.start >= quote.parts[0].contentEnd) after = f;
  }
  const chosen = before ?? after;
  return chosen ? { attribution: chosen.attribution, place: 'paragraph' } : undefined;
}

/**
 * A colon lead-in with no cue: "Trump’s answer: “…”", or a paragraph ending
 * in a colon before a paragraph that opens with a quote. The speaker is the
 * first name in the lead-in's sentence.
 */
function leadInAttribution(
  quote: Quote,
  view: ParagraphTokens,
  views: readonly ParagraphTokens[],
  foundIn: Map<ParagraphTokens, Found[]>,
  sentenceIds: Map<ParagraphTokens, Int32Array>,
  resolver: SpeakerResolver,
  text: string,
): Placed | undefined {
  const open = indexOfToken(view, quote.parts[0].open);
  let leadView = view;
  let colon = solidBefore(view.tokens, open);
  if (colon < 0) {
    const previous = views[view.paragraph.index - 1];
    if (!previous || previous.paragraph.isHeadline) return undefined;
    leadView = previous;
    colon = solidBefore(previous.tokens, previous.tokens.length);
  }
  if (leadView.tokens[colon]?.text !== ':' && !(leadView === view && isDash(leadView.tokens[colon]))) return undefined;
  const cued = (foundIn.get(leadView) ?? []).filter((f) => f.last < colon);
  if (cued.length > 0 && leadView !== view) return { attribution: cued[cued.length - 1].attribution, place: 'lead-in' };
  let start = colon;
  while (start > 0 && !/^[.!?]$/.test(leadView.tokens[start - 1].text)) start--;
  const name = subjectOf(leadView, sentenceIds.get(leadView)!, colon) ?? firstName(leadView, start, colon);
  if (!name) return undefined;
  const cue = { text: leadView.tokens[colon].text, start: leadView.tokens[colon].start, end: leadView.tokens[colon].end };
  const attribution: Attribution = {
    cue,
    verb: cue,
    mention: spanOf(leadView.tokens, name.first, name.last, text),
    speaker: '',
    speakerKind: 'unnamed',
    paragraph: leadView.paragraph,
  };
  resolver.resolve(attribution);
  return { attribution, place: 'lead-in' };
}

/** The first run of capitalised words (a name) between two tokens, possessive dropped. */
function firstName(view: ParagraphTokens, from: number, to: number): Range | undefined {
  const { tokens } = view;
  let first = -1;
  let last = -1;
  for (let j = from; j < to; j++) {
    const token = tokens[j];
    if (token.kind === 'whitespace' && first >= 0) continue;
    const capital = token.kind === 'word' && /^\p{Lu}/u.test(token.text) && !view.quoteOf[j] && !clauseWords.has(keyOf(token)) && !emptyWords.has(keyOf(token));
    if (capital) {
      if (first < 0) first = j;
      last = j;
      if (/['’]s$/.test(token.text)) break;
    } else if (first >= 0) break;
  }
  return first >= 0 ? { first, last } : undefined;
}

/**
 * A paragraph that opens with a quote and names nobody, right after a
 * paragraph quoting someone: that speaker goes on.
 */
function previousParagraphAttribution(quote: Quote, view: ParagraphTokens, views: readonly ParagraphTokens[], quotes: readonly Quote[]): Placed | undefined {
  const first = view.tokens[solidAfter(view.tokens, -1)];
  if (first !== quote.parts[0].open) return undefined;
  const previous = views[view.paragraph.index - 1];
  if (!previous || previous.paragraph.isHeadline) return undefined;
  let speaker: Attribution | undefined;
  for (let k = quote.index - 1; k >= 0; k--) {
    const earlier = quotes[k];
    if (earlier.parts[earlier.parts.length - 1].paragraph !== previous.paragraph) {
      if (earlier.parts[0].paragraph.index < previous.paragraph.index) break;
      continue;
    }
    if (earlier.attribution) {
      speaker = earlier.attribution;
      break;
    }
  }
  return speaker ? { attribution: speaker, place: 'previous-paragraph' } : undefined;
}

/**
 * Headlines attribute with a tag ("…: NSA Bolton") or not at all; the story
 * below then quotes the same words with their speaker.
 */
function headlineAttribution(
  quote: Quote,
  view: ParagraphTokens,
  resolver: SpeakerResolver,
  text: string,
  bodyQuotes: Map<string, Quote>,
  quotes: readonly Quote[],
): Placed | undefined {
  const { tokens } = view;
  let colon = -1;
  for (let j = tokens.length - 1; j >= 0; j--) {
    if (view.quoteOf[j]) break;
    if (tokens[j].text === ':') {
      colon = j;
      break;
    }
  }
  if (colon >= 0) {
    const name = firstName(view, colon + 1, tokens.length);
    if (name && solidAfter(tokens, name.last) >= tokens.length) {
      const cue = { text: ':', start: tokens[colon].start, end: tokens[colon].end };
      const attribution: Attribution = {
        cue,
        verb: cue,
        mention: spanOf(tokens, name.first, name.last, text),
        speaker: '',
        speakerKind: 'unnamed',
        paragraph: view.paragraph,
      };
      resolver.resolve(attribution);
      return { attribution, place: 'headline' };
    }
  }
  const key = normalise(quote.text);
  const same = bodyQuotes.get(key) ?? quotes.find((q) => !q.inHeadline && q.attribution && normalise(q.text) === key);
  return same?.attribution ? { attribution: same.attribution, place: 'headline' } : undefined;
}

function normalise(quoted: string): string {
  return quoted.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// ---------------------------------------------------------------------------
// Speakers' names.

interface NameIndex {
  /** Surname → full name, from every name of two or more words outside quotes ("Bolton" → "John Bolton"). */
  surnames: Map<string, string>;
  /** Title → the first person the article gives it ("mayor" → "Grace Okafor" from "Mayor Grace Okafor"). */
  titles: Map<string, string>;
}

function nameIndex(views: readonly ParagraphTokens[]): NameIndex {
  const index: NameIndex = { surnames: new Map(), titles: new Map() };
  for (const view of views) {
    const { tokens } = view;
    let run: Token[] = [];
    const flush = () => {
      const words = run.map((t) => t.text);
      const name = personName(words);
      if (name && name.length >= 2) {
        const full = name.join(' ');
        const surname = name[name.length - 1].toLowerCase();
        if (!index.surnames.has(surname)) index.surnames.set(surname, full);
        const title = words[words.length - name.length - 1]?.toLowerCase();
        if (title && titles.has(title) && !index.titles.has(title)) index.titles.set(title, full);
      }
      run = [];
    };
    for (let j = 0; j < tokens.length; j++) {
      const token = tokens[j];
      if (token.kind === 'whitespace' && run.length > 0 && token.text === ' ') continue;
      if (token.kind === 'word' && !view.quoteOf[j] && /^\p{Lu}/u.test(token.text) && !clauseWords.has(keyOf(token)) && !emptyWords.has(keyOf(token))) {
        run.push(token);
        if (/['’]s$/.test(token.text)) flush();
      } else if (run.length > 0) flush();
    }
    if (run.length > 0) flush();
  }
  return index;
}

/**
 * The person's name at the end of a run of capitalised words, titles
 * dropped: "State Department Deputy Spokesperson Robert Palladino" → Robert
 * Palladino. Undefined when the run names a body ("Pakistan’s Foreign Office").
 */
function personName(words: readonly string[]): string[] | undefined {
  if (words.length === 0) return undefined;
  const clean = words.map((w) => w.replace(/['’]s$/, ''));
  if (organisations.has(clean[clean.length - 1].toLowerCase())) return undefined;
  const name: string[] = [];
  for (let k = clean.length - 1; k >= 0 && name.length < 3; k--) {
    if (titles.has(clean[k].toLowerCase()) || !/^\p{Lu}/u.test(clean[k])) break;
    name.unshift(clean[k]);
  }
  return name.length > 0 ? name : undefined;
}

class SpeakerResolver {
  /** Resolved attributions so far, in order, for pronouns to look back on. */
  private readonly seen: Attribution[] = [];

  constructor(private readonly names: NameIndex) {}

  resolve(attribution: Attribution): void {
    const words = attribution.mention.text.split(' ').filter(Boolean);
    const keys = words.map((w) => w.toLowerCase().replace(/’/g, "'"));
    const pronoun = keys.length === 1 ? pronounOf(keys[0]) : undefined;
    if (pronoun) {
      const earlier = this.lookBack(attribution, (a) => (pronoun === 'any' ? true : pronoun === 'person' ? a.speakerKind !== 'body' : a.speakerKind === 'body'));
      attribution.speaker = earlier?.speaker ?? attribution.mention.text;
      attribution.speakerKind = earlier?.speakerKind ?? 'unnamed';
    } else {
      this.name(attribution, words, keys);
    }
    this.seen.splice(this.before(attribution.cue.start), 0, attribution);
  }

  private name(attribution: Attribution, words: string[], keys: string[]): void {
    const trimmed = emptyWords.has(keys[0]) && words.length > 1 ? words.slice(1) : words;
    // "Jason Gilbert of Cheyenne", "a spokesman for the campaign": the name comes before the preposition.
    const cut = words.findIndex((w, k) => k > 0 && namePrepositions.has(w));
    const head = cut > 0 ? words.slice(0, cut) : words;
    const headKeys = head.map((w) => w.toLowerCase().replace(/’/g, "'"));
    const last = headKeys[headKeys.length - 1].replace(/'s$/, '');
    const capital = /^\p{Lu}/u.test(head[head.length - 1]);
    if (documents.has(last) && !capital) {
      const issuer = this.lookBack(attribution, (a) => a.speakerKind !== 'unnamed' && a.cue.text.toLowerCase().includes(last));
      attribution.speaker = issuer?.speaker ?? trimmed.join(' ');
      attribution.speakerKind = issuer?.speakerKind ?? 'body';
      return;
    }
    if (organisations.has(last)) {
      attribution.speaker = capital ? trimmed.join(' ') : words.join(' ').replace(/^The /, 'the ');
      attribution.speakerKind = 'body';
      return;
    }
    if (!capital || groups.has(last) || anonymousNouns.has(last)) {
      // "the mayor" is the Mayor Grace Okafor named earlier.
      const titled = headKeys.length <= 2 && (headKeys.length === 1 || emptyWords.has(headKeys[0])) ? this.names.titles.get(last) : undefined;
      attribution.speaker = titled ?? words.join(' ').replace(/^(The|A|An) /, (d) => d.toLowerCase());
      attribution.speakerKind = titled ? 'person' : 'unnamed';
      return;
    }
    const person = personName(capitalisedTail(head));
    if (!person) {
      attribution.speaker = trimmed.join(' ');
      attribution.speakerKind = 'body';
      return;
    }
    attribution.speaker = person.length === 1 ? (this.names.surnames.get(person[0].toLowerCase()) ?? person[0]) : person.join(' ');
    attribution.speakerKind = 'person';
  }

  private lookBack(attribution: Attribution, fits: (a: Attribution) => boolean): Attribution | undefined {
    for (let k = this.before(attribution.cue.start) - 1, n = 0; k >= 0 && n < 60; k--, n++) {
      const earlier = this.seen[k];
      if (speakerPronouns[earlier.mention.text.toLowerCase()] && earlier.speaker === earlier.mention.text) continue;
      if (fits(earlier)) return earlier;
    }
    return undefined;
  }

  /** How many resolved attributions have their cue before `offset` (they are kept in text order). */
  private before(offset: number): number {
    let lo = 0;
    let hi = this.seen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.seen[mid].cue.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The capitalised words at the end of a mention: "Trump’s spokeswoman Hope Hicks" → Hope Hicks. */
function capitalisedTail(words: readonly string[]): string[] {
  const tail: string[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    if (!/^\p{Lu}/u.test(words[k])) break;
    tail.unshift(words[k]);
  }
  return tail;
}
