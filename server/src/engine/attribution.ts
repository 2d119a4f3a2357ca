/**
 * Attribution: who says what in the article. Every cue ("said", "told",
 * "according to", and the desk's own from the style sheet) with the words
 * that name its speaker is found in cues.ts; speakers are resolved to names
 * in speakers.ts ("he" → "John Bolton", "the statement" → "Ministry of
 * External Affairs"). This module gives every quote its speaker, looking
 * where copy puts it:
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
import { cuesOf, sentencesOf } from './kept-cues';
import { speakerPronouns } from '../data/speaker-words';
import type { Paragraph, Token } from './model';
import type { ParagraphTokens, Quote } from './quotes';
import {
  betweenSpeakerAndCue,
  capitalised,
  clauseWords,
  cueIndex,
  emptyWords,
  isDash,
  keyOf,
  matchPhrase,
  nameLike,
  solidAfter,
  solidBefore,
  spanOf,
  subjectOf,
  type Found,
  type PhraseIndex,
  type Range,
} from './cues';
import { answerAlike, lookBackLimit, nameIndexInSteps, noNamesAsked, SpeakerResolver, type NameIndex, type NamesAsked } from './speakers';
import { firstAtOrAfter } from './sorted';
import { finish } from './steps';

/**
 * A stretch of the source text, from one token to another: where it is, is
 * read from them, and they move with their paragraph (see layout.ts).
 */
export class Span {
  constructor(
    readonly text: string,
    private first: Token,
    private last: Token,
  ) {}
  get start(): number {
    return this.first.start;
  }
  get end(): number {
    return this.last.end;
  }
  /** What it says, and where: the same for any two spans alike. */
  toJSON(): { text: string; start: number; end: number } {
    return { text: this.text, start: this.start, end: this.end };
  }
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


/**
 * Finds the attributions of an article and gives each quote its own. Sets
 * `attribution` and `attributedBy` on the quotes; returns every attribution,
 * of quotes and of reported speech alike, in order.
 */
export function attributeQuotes(views: readonly ParagraphTokens[], quotes: readonly Quote[], text: string, options: AttributionOptions = {}): Attribution[] {
  return readAttributions(views, quotes, text, options).attributions;
}

/** What one reading of the article's attributions leaves for the next (see AfterEdit). */
export interface AttributionsRead {
  attributions: Attribution[];
  /** Each paragraph's cues, their attributions with their speakers. */
  cuesIn: Map<Paragraph, Found[]>;
  names: NameIndex;
  /** The names its speakers looked up, and those of the readings it kept speakers from. */
  asked: NamesAsked;
}

/**
 * The last reading, for a reading after an edit to one paragraph that leaves
 * every quote outside it as it was (kept-quotes.ts): the cues of the other
 * paragraphs stand, moved with the text, and where the article's names
 * answer every name its speakers looked up as they did (see NamesAsked),
 * so do the speakers and quotes before the edited paragraph: giving them
 * their speakers read nothing after them. After it, speakers
 * are resolved again until `lookBackLimit` in a row come out as they did,
 * beyond which none can read the edit (each looks back that far at most).
 */
export interface AfterEdit {
  /** Taken over: its map of cues is changed in place to this reading's. */
  last: AttributionsRead;
  edited: Paragraph;
  /** The paragraph the edited one replaced, of the last reading. */
  replaced: Paragraph;
  /** The edited paragraph names the people it named (outside its quotes): the article's names are the last reading's. */
  namesStand: boolean;
}

export function readAttributions(views: readonly ParagraphTokens[], quotes: readonly Quote[], text: string, options: AttributionOptions = {}, after?: AfterEdit): AttributionsRead {
  return finish(attributionsInSteps(views, quotes, text, options, after));
}

/** Paragraphs read for cues, attributions given speakers or quotes placed, in one step of `attributionsInSteps`. */
const aStep = 128;

/**
 * The same reading in steps, for a long draft's first check (see
 * modelInSteps): half a second or more, cold, for 100,000 words in one go.
 * What it keeps across steps is this reading's and its draft's own (the
 * cues kept by paragraph, the quotes it places), so another draft's check
 * may run between them.
 */
export function* attributionsInSteps(views: readonly ParagraphTokens[], quotes: readonly Quote[], text: string, options: AttributionOptions = {}, after?: AfterEdit): Generator<void, AttributionsRead> {
  const cues = cueIndex(options.attributionVerbs);
  // Every other paragraph stands (see AfterEdit): a pass over all of them would find the same names.
  const names = after?.namesStand ? after.last.names : yield* nameIndexInSteps(views);
  const editedAt = after?.edited.index ?? -1;
  const sentenceIds = new Map<ParagraphTokens, Int32Array>();
  const { cuesIn, attributions, cuesKept } = (after && cuesAfterEdit(views, after, cues, text, sentenceIds)) ?? (yield* cuesOfAll(views, cues, text, sentenceIds, after));

  // Before the edited paragraph, everything stands when the article's names answer every name its speakers
  // looked up as they did: the names a keystroke changes ("SIGN UP FORx OUR NEWSLETTER") are seldom any.
  const standsBefore = after !== undefined && askedCount(after.last.asked) <= askedAtMost(attributions.length) && answerAlike(after.last.names, names, after.last.asked) ? editedAt : -1;
  // Speakers kept from the last reading keep the names they looked up: noted for the next reading with the new ones.
  const asked = standsBefore >= 0 ? after!.last.asked : noNamesAsked();
  const resolver = new SpeakerResolver(names, asked);
  let alike = 0;
  /** After an edit: the offset of the last thing read otherwise than before (the edited paragraph, a speaker, a quote's placing). */
  let changedAt = after ? after.edited.end : -1;
  for (let k = 0; k < attributions.length; k++) {
    if (k % aStep === aStep - 1) yield;
    const attribution = attributions[k];
    const at = attribution.paragraph.index;
    // Cues come sorted in each paragraph, and the paragraphs in order: each comes after those the resolver holds,
    // but for two cues at one place ("wrote", "wrote in a letter"), which the resolver orders as it would any.
    const before = attributions[k - 1];
    const inOrder = k === 0 || before.paragraph !== attribution.paragraph || before.cue.start !== attribution.cue.start;
    if (at < standsBefore || alike >= lookBackLimit) {
      resolver.remember(attribution, inOrder);
      continue;
    }
    const was = at === editedAt ? undefined : { speaker: attribution.speaker, kind: attribution.speakerKind };
    resolver.resolve(attribution, inOrder);
    if (standsBefore < 0) continue;
    alike = was && was.speaker === attribution.speaker && was.kind === attribution.speakerKind ? alike + 1 : 0;
    if (alike === 0) changedAt = Math.max(changedAt, attribution.cue.end);
  }

  const context: PlacingContext = {
    viewOf: (paragraph) => (views[paragraph.index]?.paragraph === paragraph ? views[paragraph.index] : undefined),
    viewBefore: (view) => views[view.paragraph.index - 1],
    foundIn: (view) => (views[view.paragraph.index] === view ? cuesIn.get(view.paragraph) : undefined) ?? [],
    sentenceIds: (view) => sentenceIds.get(view) ?? sentenceIds.set(view, sentencesOf(view, cues, text)).get(view)!,
    resolver,
    cues,
    text,
    quotes,
  };
  /** A paragraph's cue, which the resolver holds. */
  const isCue = (attribution: Attribution) => cuesIn.get(attribution.paragraph)?.some((found) => found.attribution === attribution) === true;
  /** Speakers made for quotes found on the last reading before the edit, and now remembered. */
  const remembered = new Set<Attribution>();
  let settled = false;
  // Headlines last: a headline quote may take the speaker of the same words in the story.
  const placing = [...quotes.filter((q) => !q.inHeadline), ...quotes.filter((q) => q.inHeadline)];
  for (let n = 0; n < placing.length; n++) {
    if (n % aStep === aStep - 1) yield;
    const quote = placing[n];
    const first = quote.parts[0].paragraph;
    if (!quote.inHeadline && standsBefore >= 0) {
      if (quote.parts[quote.parts.length - 1].paragraph.index < standsBefore) {
        // Found on the last reading, by what comes before it: a speaker made for it (a sentence's subject, a lead-in) is looked back on.
        if (quote.attribution && !remembered.has(quote.attribution) && !isCue(quote.attribution)) {
          resolver.remember(quote.attribution);
          remembered.add(quote.attribution);
        }
        continue;
      }
      // Past the edit, far enough that nothing read otherwise is in reach (a speaker looked back for, a quote in the
      // paragraph before going on): this quote and every one after it stand as placed.
      settled ||= cuesKept && first.index > 0 && resolver.between(changedAt, views[first.index - 1].paragraph.start) >= lookBackLimit;
      if (settled) continue;
    }
    const was = { attribution: quote.attribution, place: quote.attributedBy, likelyEnd: quote.likelyEnd };
    // Cleared, not deleted: a quote that loses a property goes on as a slower object of its own shape.
    quote.attribution = undefined;
    quote.attributedBy = undefined;
    quote.closeAfter = undefined;
    const placed = placeQuote(quote, context);
    if (placed) {
      quote.attribution = placed.attribution;
      quote.attributedBy = placed.place;
    }
    if (quote.inHeadline || standsBefore < 0) continue;
    if (was.place === quote.attributedBy && was.likelyEnd === quote.likelyEnd && sameAttribution(was.attribution, quote.attribution)) {
      // The same speaker, made again: the last reading's, which other quotes may share.
      quote.attribution = was.attribution;
    } else changedAt = Math.max(changedAt, quote.end, quote.attribution?.cue.end ?? -1);
  }
  return { attributions, cuesIn, names, asked };
}

/**
 * The names the speakers before an edit looked up are carried from keystroke
 * to keystroke and added to (each prefix of a surname typed into a cue is
 * one more): past this many, every speaker is resolved afresh, which starts
 * the list anew, so that it neither grows without end nor takes longer to
 * compare on each keystroke.
 */
function askedAtMost(attributions: number): number {
  return 2 * attributions + 64;
}

function askedCount(asked: NamesAsked): number {
  return asked.surnames.size + asked.titles.size;
}

interface ArticleCues {
  cuesIn: Map<Paragraph, Found[]>;
  /** Every cue's attribution, in order. */
  attributions: Attribution[];
  /** Every paragraph but the edited one has its cues of the last reading, whose quotes may point at them. */
  cuesKept: boolean;
}

/** Every paragraph's cues: those the last reading found where it is given and holds them (see AfterEdit), else read. */
function* cuesOfAll(views: readonly ParagraphTokens[], cues: PhraseIndex, text: string, sentenceIds: Map<ParagraphTokens, Int32Array>, after?: AfterEdit): Generator<void, ArticleCues> {
  const cuesIn = new Map<Paragraph, Found[]>();
  const attributions: Attribution[] = [];
  let cuesKept = after !== undefined;
  for (let v = 0; v < views.length; v++) {
    if (v % aStep === aStep - 1) yield;
    const view = views[v];
    const kept = view.paragraph === after?.edited ? undefined : after?.last.cuesIn.get(view.paragraph);
    if (!kept && view.paragraph !== after?.edited) cuesKept = false;
    let found: Found[];
    if (kept) {
      found = kept;
    } else {
      const read = cuesOf(view, cues, text);
      found = read.found;
      sentenceIds.set(view, read.sentences);
    }
    cuesIn.set(view.paragraph, found);
    for (const f of found) attributions.push(f.attribution);
  }
  return { cuesIn, attributions, cuesKept };
}

/**
 * The article's cues after an edit, without a pass over every paragraph:
 * the last reading's, its map changed in place and its list of
 * attributions spliced, with the edited paragraph's read. Undefined unless
 * the last reading holds the cues of every paragraph but the edited one,
 * as a reading leaves them (the same number, the replaced paragraph's
 * among them).
 */
function cuesAfterEdit(views: readonly ParagraphTokens[], after: AfterEdit, cues: PhraseIndex, text: string, sentenceIds: Map<ParagraphTokens, Int32Array>): ArticleCues | undefined {
  const { last, edited, replaced } = after;
  const view = views[edited.index];
  if (view?.paragraph !== edited || last.cuesIn.size !== views.length || !last.cuesIn.has(replaced) || last.cuesIn.has(edited)) return undefined;
  const read = cuesOf(view, cues, text);
  sentenceIds.set(view, read.sentences);
  // The replaced paragraph's attributions: those at its index, as the list is in the order of the paragraphs.
  const from = firstAtOrAfter(last.attributions, edited.index, (attribution) => attribution.paragraph.index);
  let to = from;
  while (to < last.attributions.length && last.attributions[to].paragraph === replaced) to++;
  const attributions = last.attributions.slice(0, from);
  for (const found of read.found) attributions.push(found.attribution);
  for (let k = to; k < last.attributions.length; k++) attributions.push(last.attributions[k]);
  last.cuesIn.delete(replaced);
  last.cuesIn.set(edited, read.found);
  return { cuesIn: last.cuesIn, attributions, cuesKept: true };
}

/** Two attributions that say the same at the same places. */
function sameAttribution(a: Attribution | undefined, b: Attribution | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const same = (x: Span | undefined, y: Span | undefined) => x === y || (x !== undefined && y !== undefined && x.text === y.text && x.start === y.start && x.end === y.end);
  return same(a.cue, b.cue) && same(a.verb, b.verb) && same(a.mention, b.mention) && same(a.anonymous, b.anonymous) && a.speaker === b.speaker && a.speakerKind === b.speakerKind && a.neutral === b.neutral && a.paragraph === b.paragraph;
}

/**
 * Everything giving one quote its speaker reads besides the quote: the
 * paragraphs' tokens, their cues and sentences, the speakers resolved so
 * far, and the quotes before it (a speaker going on from the paragraph
 * before). A kept reading (kept-quotes.ts) places one paragraph's quotes
 * again with the same questions answered from what it kept.
 */
export interface PlacingContext {
  viewOf(paragraph: Paragraph): ParagraphTokens | undefined;
  /** The paragraph before a view's, in the article's order. */
  viewBefore(view: ParagraphTokens): ParagraphTokens | undefined;
  foundIn(view: ParagraphTokens): readonly Found[];
  sentenceIds(view: ParagraphTokens): Int32Array;
  resolver: SpeakerResolver;
  cues: PhraseIndex;
  text: string;
  quotes: readonly Quote[];
}

/** Where a quote's speaker is, looking where copy puts it (see the top of this file), in that order. */
export function placeQuote(quote: Quote, context: PlacingContext): Placed | undefined {
  const firstView = context.viewOf(quote.parts[0].paragraph);
  if (!firstView) return undefined;
  const { resolver, text } = context;
  // Titles and slogans are someone's only where a cue in their own sentence says so.
  const title = quote.kind === 'title';
  return (
    (quote.closed ? undefined : attributionInside(quote, context)) ??
    sentenceAttribution(quote, context) ??
    (quote.kind === 'partial' && !quote.inHeadline ? subjectAttribution(quote, firstView, context.sentenceIds(firstView), resolver, text) : undefined) ??
    (title ? undefined : paragraphAttribution(quote, firstView, context)) ??
    (title ? undefined : leadInAttribution(quote, firstView, context)) ??
    (title ? undefined : previousParagraphAttribution(quote, firstView, context)) ??
    (quote.inHeadline ? headlineAttribution(quote, firstView, resolver, text, context.quotes) : undefined)
  );
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
  const cue = attribution.cue.text === ':' ? 'a colon' : /^[—–-]$/.test(attribution.cue.text) ? 'a dash' : `“${attribution.cue.text}”`;
  return `Said by ${attribution.speaker}${named}: cue ${cue}${where[quote.attributedBy ?? 'sentence']}.`;
}

/** The quote at an offset, for hovers. */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  return quotes.find((quote) => quote.parts.some((part) => offset >= part.open.start && offset <= (part.close?.end ?? part.contentEnd)));
}

// Giving quotes their speakers.

export interface Placed {
  attribution: Attribution;
  place: AttributionPlace;
}

function indexOfToken(view: ParagraphTokens, token: Token): number {
  const at = firstAtOrAfter(view.tokens, token.start, (t) => t.start);
  return view.tokens[at]?.start === token.start ? at : -1;
}

/**
 * A quote left open before its own attribution: “Power will be back by
 * Wednesday, Lopez said. The attribution is read from inside the quote, and
 * the quote is marked to close at the comma.
 */
function attributionInside(quote: Quote, { viewOf, cues, resolver, text }: PlacingContext): Placed | undefined {
  const part = quote.parts[quote.parts.length - 1];
  const view = viewOf(part.paragraph);
  if (!view) return undefined;
  const { tokens } = view;
  for (let i = indexOfToken(view, part.open) + 1; i < tokens.length && tokens[i].start < part.contentEnd; i++) {
    if (tokens[i].text !== ',') continue;
    const first = solidAfter(tokens, i);
    const head = tokens[first];
    if (head?.kind !== 'word') continue;
    let last = first;
    if (capitalised(head.text)) {
      while (tokens[solidAfter(tokens, last)]?.kind === 'word' && capitalised(tokens[solidAfter(tokens, last)].text)) last = solidAfter(tokens, last);
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
    quote.closeAfter = tokens[i];
    return { attribution, place: 'sentence' };
  }
  return undefined;
}

/** A cue in the quote's own sentence, before or after it: the nearest wins. */
function sentenceAttribution(quote: Quote, { viewOf, foundIn, sentenceIds }: PlacingContext): Placed | undefined {
  let best: { found: Found; distance: number } | undefined;
  for (const part of quote.parts) {
    const view = viewOf(part.paragraph);
    if (!view) continue;
    const found = foundIn(view);
    const ids = sentenceIds(view);
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
  if (to - from <= 1) return false;
  const { fullBefore, spanOf } = fullQuoteIndex(view);
  let others = fullBefore[to] - fullBefore[from + 1];
  const own = view.quoteOf[from] ?? view.quoteOf[to];
  if (own?.kind === 'full') {
    // A quote's tokens in a paragraph are one run: take away the part of it inside the range.
    const [first, last] = spanOf.get(own)!;
    others -= Math.max(0, Math.min(last, to - 1) - Math.max(first, from + 1) + 1);
  }
  return others > 0;
}

interface FullQuoteIndex {
  /** fullBefore[j]: how many of the tokens before j are in a full quote. */
  fullBefore: Int32Array;
  /** The first and last token of each full quote in the paragraph. */
  spanOf: Map<Quote, [number, number]>;
}

/**
 * Counts kept per paragraph for the check at hand, so that asking about any
 * range costs the same however long the paragraph (a paragraph of a thousand
 * quotes and cues otherwise costs quotes × cues × tokens).
 */
const fullQuoteIndexes = new WeakMap<ParagraphTokens, FullQuoteIndex>();

function fullQuoteIndex(view: ParagraphTokens): FullQuoteIndex {
  const known = fullQuoteIndexes.get(view);
  if (known) return known;
  const { quoteOf } = view;
  const fullBefore = new Int32Array(view.tokens.length + 1);
  const spanOf = new Map<Quote, [number, number]>();
  for (let j = 0; j < view.tokens.length; j++) {
    const q = quoteOf[j];
    const full = q !== undefined && q.kind === 'full';
    fullBefore[j + 1] = fullBefore[j] + (full ? 1 : 0);
    if (!full) continue;
    const span = spanOf.get(q);
    if (span) span[1] = j;
    else spanOf.set(q, [j, j]);
  }
  const index = { fullBefore, spanOf };
  fullQuoteIndexes.set(view, index);
  return index;
}

/** “Is it?” Bolton asked. — a question or exclamation can end the quote and still take its cue. */
export function reportsRightAfter(quote: Quote): boolean {
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
    t !== undefined && (t.text === ',' || (t.kind === 'word' && !capitalised(t.text) && (betweenSpeakerAndCue.has(keyOf(t)) || /ly$/.test(keyOf(t)) || keyOf(t) === 'however')));
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
  if (cue?.kind !== 'word' || verb >= open || capitalised(cue.text) || clauseWords.has(keyOf(cue)) || emptyWords.has(keyOf(cue))) return undefined;
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
function paragraphAttribution(quote: Quote, view: ParagraphTokens, { foundIn }: PlacingContext): Placed | undefined {
  const found = foundIn(view);
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
function leadInAttribution(quote: Quote, view: ParagraphTokens, { viewBefore, foundIn, sentenceIds, resolver, text }: PlacingContext): Placed | undefined {
  const open = indexOfToken(view, quote.parts[0].open);
  let leadView = view;
  let colon = solidBefore(view.tokens, open);
  if (colon < 0) {
    const previous = viewBefore(view);
    if (!previous || previous.paragraph.isHeadline) return undefined;
    leadView = previous;
    colon = solidBefore(previous.tokens, previous.tokens.length);
  }
  if (leadView.tokens[colon]?.text !== ':' && !(leadView === view && isDash(leadView.tokens[colon]))) return undefined;
  const cued = foundIn(leadView).filter((f) => f.last < colon);
  if (cued.length > 0 && leadView !== view) return { attribution: cued[cued.length - 1].attribution, place: 'lead-in' };
  let start = colon;
  while (start > 0 && !/^[.!?]$/.test(leadView.tokens[start - 1].text)) start--;
  const name = subjectOf(leadView, sentenceIds(leadView), colon) ?? firstName(leadView, start, colon);
  if (!name) return undefined;
  const cue = new Span(leadView.tokens[colon].text, leadView.tokens[colon], leadView.tokens[colon]);
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
    const capital = token.kind === 'word' && capitalised(token.text) && !view.quoteOf[j] && !clauseWords.has(keyOf(token)) && !emptyWords.has(keyOf(token));
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
function previousParagraphAttribution(quote: Quote, view: ParagraphTokens, { viewBefore, quotes }: PlacingContext): Placed | undefined {
  const first = view.tokens[solidAfter(view.tokens, -1)];
  if (first !== quote.parts[0].open) return undefined;
  const previous = viewBefore(view);
  if (!previous || previous.paragraph.isHeadline) return undefined;
  let speaker: Attribution | undefined;
  for (let k = quote.index - 1; k >= 0; k--) {
    const earlier = quotes[k];
    if (earlier.parts[earlier.parts.length - 1].paragraph !== previous.paragraph) {
      if (earlier.parts[0].paragraph.index < previous.paragraph.index) break;
      continue;
    }
    // A headline quote running on into the story hands on no speaker: it is given its own after the story's quotes
    // theirs (see readAttributions), and one kept from the last reading must not stand in for it meanwhile.
    if (earlier.attribution && !earlier.inHeadline) {
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
      const cue = new Span(':', tokens[colon], tokens[colon]);
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
  const same = quotes.find((q) => !q.inHeadline && q.attribution && q.text.length >= key.length && normalise(q.text) === key);
  return same?.attribution ? { attribution: same.attribution, place: 'headline' } : undefined;
}

export function normalise(quoted: string): string {
  return quoted.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
