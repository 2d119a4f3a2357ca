/**
 * Quotes: every stretch of the article between quotation marks, found once
 * per check from the tokens of each paragraph. Works on paragraphs, not on
 * the parser's sentences: the English parser sometimes ends a sentence inside
 * a quote or puts the closing mark in the next sentence.
 *
 * What counts as a quote:
 * - curly “ ” and straight " double marks, in body text and headlines;
 * - single marks ‘ ’ ' at the top level (British and BBC-headline style) and
 *   inside a double quote (a quote within a quote). A single mark inside a
 *   word or before a number is an apostrophe: Pakistan’s, rock ’n’ roll, ’90s,
 *   the players’ union.
 *
 * A quote that runs over several paragraphs is one quote: by news convention
 * each paragraph opens a mark and only the last one closes. So is a
 * continuation merged into one paragraph ("…26 weeks. “We are going…"): a
 * new opening mark after the end of a sentence, while a quote is open.
 */
import { ownString } from './own-string';
import type { Attribution, AttributionPlace } from './attribution';
import { paragraphMemo } from './paragraph-memo';
import { finish } from './steps';
import type { Paragraph, Token } from './model';

export type QuoteMarkKind = 'double' | 'single';

/**
 * "full": one or more sentences of someone's words (“We will win,” she said).
 * "partial": a few quoted words inside the writer's own sentence (deal
 * “firmly” with), scare quotes among them.
 * "title": a title, slogan or chant, every word capitalised (“Saturday Night
 * Live”, “Make America Great Again”).
 */
export type QuoteKind = 'full' | 'partial' | 'title';

/** A quotation mark that belongs to a quote, and whether it opens or closes. */
export interface QuoteMark {
  token: Token;
  role: 'open' | 'close';
  /** Marks of a quote within the quote. */
  inner: boolean;
}

/**
 * The piece of a quote inside one paragraph. Its offsets are read from its
 * tokens, which move with their paragraph (see layout.ts): a quote the edit
 * left alone needs no moving.
 */
export interface QuotePart {
  readonly paragraph: Paragraph;
  readonly open: Token;
  /** Missing when the quote runs on into the next paragraph or never closes. */
  readonly close?: Token;
  /** The quoted words, marks excluded. */
  readonly contentStart: number;
  readonly contentEnd: number;
}

class PartInParagraph implements QuotePart {
  constructor(
    readonly paragraph: Paragraph,
    readonly open: Token,
    readonly close: Token | undefined,
    /** The paragraph's last solid token, where a part with no closing mark ends. */
    private readonly last: Token,
  ) {}
  get contentStart(): number {
    return this.open.end;
  }
  get contentEnd(): number {
    return this.close ? this.close.start : Math.max(this.open.end, this.last.end);
  }
}

export interface Quote {
  index: number;
  mark: QuoteMarkKind;
  /** Typed with straight marks (") rather than curly ones (“ ”). */
  straight: boolean;
  kind: QuoteKind;
  /** From the first opening mark to the last closing mark (or the end of its last paragraph). */
  readonly start: number;
  readonly end: number;
  /** The quoted words; the parts of a multi-paragraph quote joined by a space. */
  text: string;
  words: number;
  parts: QuotePart[];
  /** Every mark of the quote, its quotes-within-quotes included. */
  marks: QuoteMark[];
  /** How many of `marks` are straight (" or '): counted once, as a story's quotes are looked over on every keystroke. */
  straightMarks: number;
  /** False for a quote that opens and never closes. */
  closed: boolean;
  /**
   * For a quote that never closes but holds its own attribution (“Power will
   * be back by Wednesday, Lopez said.), where the closing mark belongs: just
   * after the comma before the attribution.
   */
  readonly likelyEnd?: number;
  /** The token that closing mark belongs after: `likelyEnd` is its end. */
  closeAfter?: Token;
  inHeadline: boolean;
  /** Who said it; set when the article says so (see attribution.ts). */
  attribution?: Attribution;
  /** Where the attribution was found: the quote's own sentence, its paragraph, the paragraph before, the headline. */
  attributedBy?: AttributionPlace;
}

/** A paragraph's tokens in one list, and the quote each token belongs to. */
export interface ParagraphTokens {
  paragraph: Paragraph;
  /** Shared with every check while the paragraph is unchanged: never change it. */
  tokens: readonly Token[];
  /** For each token: the top-level quote it is part of (marks included), if any. `noQuotes` in a paragraph without one. */
  quoteOf: Array<Quote | undefined>;
  /** Whether any token is in a quote: what a paragraph without one says can be kept (paragraph-memo.ts). */
  hasQuotes: boolean;
}

/**
 * The quoteOf of every paragraph no quote touches, shared: most paragraphs have
 * none, and a list as long as their tokens for each of them on every check is
 * garbage. Frozen, so that a write to it fails loudly instead of marking them all.
 */
export const noQuotes: Array<Quote | undefined> = Object.freeze([] as Array<Quote | undefined>) as Array<Quote | undefined>;

const tokensMemo = paragraphMemo<readonly Token[]>();
const marksMemo = paragraphMemo<number[]>();

/** A paragraph's tokens in one list, made once while the paragraph is unchanged. */
export function paragraphTokens(paragraph: Paragraph): readonly Token[] {
  return tokensMemo(paragraph, () => {
    const { sentences } = paragraph;
    // Most paragraphs of copy are one or two sentences; flatMap costs far more than the copy.
    if (sentences.length === 1) return sentences[0].tokens;
    const tokens: Token[] = [];
    for (const sentence of sentences) for (const token of sentence.tokens) tokens.push(token);
    return tokens;
  });
}

/** The token indices of a paragraph's quotation marks, found once while the paragraph is unchanged. */
export function quoteMarksOf(paragraph: Paragraph): readonly number[] {
  return marksMemo(paragraph, () => markIndices(paragraphTokens(paragraph)));
}

/** Where a paragraph's quotation marks are: most paragraphs have none, and only the marks need reading. */
function markIndices(tokens: readonly Token[]): number[] {
  const marks: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (isQuoteMark(tokens[i])) marks.push(i);
  return marks;
}

const quoteChars = new Set(['“', '”', '"', '‘', '’', "'", '„']);
const terminal = /[.!?…]$/;

export function isQuoteMark(token: Token): boolean {
  return token.kind === 'punctuation' && quoteChars.has(token.text);
}

interface OpenPart {
  open: Token;
}

interface Draft {
  mark: QuoteMarkKind;
  parts: QuotePart[];
  marks: QuoteMark[];
  /** The last token before the first opening mark, in its paragraph. */
  before?: Token;
}

/** A paragraph's tokens as read before any quote is found in them, or of a paragraph no quote touches. */
export function viewWithoutQuotes(paragraph: Paragraph): ParagraphTokens {
  return { paragraph, tokens: paragraphTokens(paragraph), quoteOf: noQuotes, hasQuotes: false };
}

/**
 * Paragraphs of an article to find quotes in: from `from`, on to the first
 * paragraph no quote runs out of after which `endsAfter` says no quote did
 * before either (see kept-quotes.ts). The caller vouches that no quote runs
 * into `from`: reading starts there as at the article's start.
 */
export interface QuoteRegion {
  from: number;
  endsAfter(paragraph: number): boolean;
}

/**
 * Finds the quotes of an article, in order, and each paragraph's view of its
 * tokens in and out of them. `text` is the whole source. Given a region,
 * only its paragraphs are read: their quotes, and their views, `views[k]`
 * being paragraph `region.from + k`'s.
 */
export function findQuotes(paragraphs: readonly Paragraph[], text: string, region?: QuoteRegion): { quotes: Quote[]; views: ParagraphTokens[] } {
  return finish(quotesInSteps(paragraphs, text, region));
}

/** Paragraphs read for quotation marks in one step of `quotesInSteps`. */
const paragraphsAStep = 256;

/** The same, in steps, for a long draft's first check (see modelInSteps): what it keeps across steps is its own. */
export function* quotesInSteps(paragraphs: readonly Paragraph[], text: string, region?: QuoteRegion): Generator<void, { quotes: Quote[]; views: ParagraphTokens[] }> {
  const from = region?.from ?? 0;
  const views: ParagraphTokens[] = [];
  const viewAt = (p: number): ParagraphTokens | undefined => (p < paragraphs.length ? (views[p - from] ??= viewWithoutQuotes(paragraphs[p])) : undefined);
  const finished: Array<{ draft: Draft; closed: boolean }> = [];
  let carried: Draft | undefined;

  for (let p = from; p < paragraphs.length; p++) {
    if (p > from && (p - from) % paragraphsAStep === 0) yield;
    if (region && p > from && !carried && region.endsAfter(p - 1)) {
      // The paragraph after the region was looked at only to see whether a quote runs into it.
      views.length = p - from;
      break;
    }
    const { tokens, paragraph } = viewAt(p)!;
    const marks = quoteMarksOf(paragraph);
    // No mark, nothing opens or closes here (a quote carried from the paragraph before waits for a mark too).
    if (marks.length === 0) continue;
    let outer: { draft: Draft; part: OpenPart } | undefined;
    let inner: QuoteMarkKind | undefined;

    const startPart = (draft: Draft, open: Token, index: number) => {
      if (draft.parts.length === 0) draft.before = tokens[previousSolid(tokens, index)];
      draft.marks.push({ token: open, role: 'open', inner: false });
      outer = { draft, part: { open } };
    };
    const endPart = (close: Token | undefined, lastIndex: number) => {
      if (!outer) return;
      const { draft, part } = outer;
      draft.parts.push(new PartInParagraph(paragraph, part.open, close, tokens[lastIndex]));
      if (close) {
        draft.marks.push({ token: close, role: 'close', inner: false });
        finished.push({ draft, closed: true });
      }
      outer = undefined;
      inner = undefined;
    };
    const innerMark = (token: Token, role: 'open' | 'close', mark: QuoteMarkKind | undefined) => {
      outer?.draft.marks.push({ token, role, inner: true });
      inner = mark;
    };

    for (const i of marks) {
      const token = tokens[i];
      const role = roleOf(token, text);
      const mark: QuoteMarkKind = doubleChars.has(token.text) ? 'double' : 'single';

      if (mark === 'double') {
        if (!outer) {
          if (role === 'close') continue;
          startPart(carried ?? { mark, parts: [], marks: [] }, token, i);
          carried = undefined;
        } else if (outer.draft.mark === 'single') {
          if (inner === 'double' && role !== 'open') innerMark(token, 'close', undefined);
          else if (!inner && role !== 'close') innerMark(token, 'open', 'double');
        } else if (role === 'open' && endsSentence(tokens, i)) {
          // A quote continued in the same paragraph: “…26 weeks. “We are going…
          const { draft } = outer;
          endPart(undefined, previousSolid(tokens, i));
          startPart(draft, token, i);
        } else if (role === 'open' && !inner) {
          innerMark(token, 'open', 'double');
        } else if (inner === 'double') {
          innerMark(token, 'close', undefined);
        } else {
          endPart(token, i);
        }
        continue;
      }

      if (role === 'open' || (role === 'either' && !outer)) {
        if (startsNumber(token, text)) continue;
        if (!outer) startPart({ mark, parts: [], marks: [] }, token, i);
        else if (!inner && outer.draft.mark === 'double') innerMark(token, 'open', 'single');
      } else if (inner === 'single') {
        innerMark(token, 'close', undefined);
      } else if (outer?.draft.mark === 'single' && !inner) {
        endPart(token, i);
      }
      // Any other single mark is an apostrophe: the players’ union.
    }

    if (outer) {
      const { draft } = outer;
      endPart(undefined, lastSolid(tokens));
      // An unmatched single mark is an apostrophe the parser left alone, not a quote.
      if (draft.mark === 'double') {
        if (opensWithQuote(viewAt(p + 1), text)) carried = draft;
        else finished.push({ draft, closed: false });
      }
    }
  }
  if (carried) finished.push({ draft: carried, closed: false });

  const quotes: Quote[] = [];
  for (const { draft, closed } of finished) {
    quotes.push(toQuote(draft, closed, text));
    if (quotes.length % paragraphsAStep === 0) yield;
  }
  quotes.sort((a, b) => a.start - b.start);
  quotes.forEach((quote, index) => (quote.index = index));
  yield* markQuoteTokens(views, quotes, text);
  return { quotes, views };
}

const doubleChars = new Set(['"', '“', '”', '„']);
const openingContext = /[\s([{\u2014\u2013\-\/“‘"']/u;
const closingContext = /[\s.,;:!?)\]}\u2014\u2013\-”’"']/u;
const markup = /[*_~]/;

/**
 * Curly marks say which way they face. A straight mark faces away from the
 * space beside it: " before a word opens, " after one closes.
 */
function roleOf(token: Token, text: string): 'open' | 'close' | 'either' {
  if (token.text === '“' || token.text === '‘' || token.text === '„') return 'open';
  if (token.text === '”' || token.text === '’') return 'close';
  const before = neighbour(text, token.start - 1, -1);
  const after = neighbour(text, token.end, 1);
  const spaceBefore = before === '' || /\s/u.test(before);
  const spaceAfter = after === '' || /\s/u.test(after);
  if ((spaceBefore || openingContext.test(before)) && !spaceAfter && !closingContext.test(after)) return 'open';
  if ((spaceAfter || closingContext.test(after)) && !spaceBefore) return 'close';
  return 'either';
}

/** The character next to a mark, looking past Markdown emphasis (*“word”*). */
function neighbour(text: string, index: number, step: 1 | -1): string {
  let i = index;
  while (i >= 0 && i < text.length && markup.test(text[i])) i += step;
  return i >= 0 && i < text.length ? text[i] : '';
}

/** ‘90s typed with an opening mark is an apostrophe. */
function startsNumber(token: Token, text: string): boolean {
  return /\d/u.test(text[token.end] ?? '');
}

/** True when the token at `index` comes right after the end of a sentence. */
function endsSentence(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[previousSolid(tokens, index)];
  return previous !== undefined && previous.start < tokens[index].start && terminal.test(previous.text);
}

/** Index of the last non-whitespace token before `index` (-1 if none). */
function previousSolid(tokens: readonly Token[], index: number): number {
  let i = index - 1;
  while (i >= 0 && tokens[i].kind === 'whitespace') i--;
  return i;
}

function lastSolid(tokens: readonly Token[]): number {
  return Math.max(0, previousSolid(tokens, tokens.length));
}

/** Whether a paragraph starts with an opening double mark (a quote carried on from the one before). */
function opensWithQuote(view: ParagraphTokens | undefined, text: string): boolean {
  const first = view?.tokens.find((t) => t.kind !== 'whitespace');
  return first !== undefined && doubleChars.has(first.text) && roleOf(first, text) !== 'close';
}

const clauseOpeners = new Set(['.', '!', '?', '…', ':', ';', ',', '—', '–', '-', '(', '[']);

/** A mark typed straight (" or '), which says nothing of the way it faces. */
const isStraight = (mark: QuoteMark) => mark.token.text === '"' || mark.token.text === "'";

function toQuote(draft: Draft, closed: boolean, text: string): Quote {
  const first = draft.parts[0];
  const quoted = draft.parts.map((part) => text.slice(part.contentStart, part.contentEnd).trim()).join(' ');
  const words = quoted.match(wordPattern)?.length ?? 0;
  return new FoundQuote(draft, closed, kindOf(draft.before, quoted, words), quoted, words, first.paragraph.isHeadline);
}

/** A quote as found; where it starts and ends is read from its parts' marks, which move with their paragraphs. */
class FoundQuote implements Quote {
  index = 0;
  readonly mark: QuoteMarkKind;
  readonly straight: boolean;
  readonly parts: QuotePart[];
  readonly marks: QuoteMark[];
  readonly straightMarks: number;
  attribution?: Attribution;
  attributedBy?: AttributionPlace;
  closeAfter?: Token;

  constructor(
    draft: Draft,
    readonly closed: boolean,
    readonly kind: QuoteKind,
    readonly text: string,
    readonly words: number,
    readonly inHeadline: boolean,
  ) {
    this.mark = draft.mark;
    this.straight = draft.marks.some((m) => !m.inner && isStraight(m));
    this.parts = draft.parts;
    this.marks = draft.marks;
    this.straightMarks = draft.marks.filter(isStraight).length;
  }
  get start(): number {
    return this.parts[0].open.start;
  }
  get end(): number {
    const last = this.parts[this.parts.length - 1];
    return last.close?.end ?? last.contentEnd;
  }
  get likelyEnd(): number | undefined {
    return this.closeAfter?.end;
  }
}

const wordPattern = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/**
 * A quote that starts a paragraph, a sentence or a clause, with a capital, is
 * someone's full words; one that starts after a word of the writer's own is a
 * partial quote, unless it is itself several sentences long. Titles, slogans
 * and chants have every word capitalised (“Saturday Night Live”, “Marco!
 * Marco!”) wherever they stand.
 */
function kindOf(before: Token | undefined, quoted: string, words: number): QuoteKind {
  if (words <= 8 && isTitleCase(quoted)) return 'title';
  if (/[.!?…]["”’']?\s+["“‘']?\p{Lu}/u.test(quoted)) return 'full';
  if (!before) return 'full';
  // A quote that opens a sentence is someone's sentence, even typed in lower case.
  if (/^[.!?…:]$/.test(before.text) && words >= 4) return 'full';
  const capital = /^["“‘'(\[]*[\p{Lu}\p{N}]/u.test(quoted);
  const opensClause = clauseOpeners.has(before.text) || (before.kind === 'punctuation' && quoteChars.has(before.text));
  if (opensClause && capital) return 'full';
  if (capital && words >= 4 && /[.!?,…]$/u.test(quoted)) return 'full';
  return 'partial';
}

const minorWords = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'as', 'but', 'nor', 'vs', 'v']);

function isTitleCase(quoted: string): boolean {
  const words = quoted.match(wordPattern) ?? [];
  const major = words.filter((w) => /\p{L}/u.test(w) && !minorWords.has(w.toLowerCase()));
  if (major.length === 0 || (major.length === 1 && /[.!?]$/u.test(quoted))) return false;
  return major.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Records, for every token, the top-level quote it belongs to, and the quoted
 * words as the reader sees them (no Markdown emphasis or link targets). One
 * pass per paragraph.
 */
function* markQuoteTokens(views: readonly ParagraphTokens[], quotes: readonly Quote[], text: string): Generator<void, void> {
  const partsOf = new Map<Paragraph, Array<{ quote: Quote; part: QuotePart; start: number; end: number }>>();
  for (const quote of quotes) {
    for (const part of quote.parts) {
      const list = partsOf.get(part.paragraph) ?? [];
      list.push({ quote, part, start: part.open.start, end: part.close?.end ?? part.contentEnd });
      partsOf.set(part.paragraph, list);
    }
  }
  const pieces = new Map<Quote, string[]>();
  for (let v = 0; v < views.length; v++) {
    if (v > 0 && v % paragraphsAStep === 0) yield;
    const view = views[v];
    const parts = (partsOf.get(view.paragraph) ?? []).sort((a, b) => a.start - b.start);
    if (parts.length > 0) view.quoteOf = new Array<Quote | undefined>(view.tokens.length);
    let k = 0;
    let runStart = -1;
    let runEnd = -1;
    // Contiguous tokens are copied from the source in one slice; a gap (Markdown markup) becomes a space.
    const flush = () => {
      if (runStart < 0) return;
      const quote = parts[k].quote;
      (pieces.get(quote) ?? pieces.set(quote, []).get(quote)!).push(text.slice(runStart, runEnd));
      runStart = -1;
    };
    for (let i = 0; i < view.tokens.length && k < parts.length; i++) {
      const token = view.tokens[i];
      while (k < parts.length && token.start >= parts[k].end) {
        flush();
        k++;
      }
      if (k >= parts.length || token.start < parts[k].start || token.end > parts[k].end) continue;
      const { quote, part } = parts[k];
      view.quoteOf[i] = quote;
      view.hasQuotes = true;
      if (token === part.open || token === part.close) flush();
      else if (runStart >= 0 && token.start === runEnd) runEnd = token.end;
      else {
        flush();
        runStart = token.start;
        runEnd = token.end;
      }
    }
    if (k < parts.length) flush();
  }
  // A quote can stand from check to check: its text is its own string, not a cut of the draft (see own-string.ts).
  for (const quote of quotes) {
    const words = pieces.get(quote);
    quote.text = ownString(words ? words.join(' ').replace(/\s+/g, ' ').trim() : quote.text);
  }
}
