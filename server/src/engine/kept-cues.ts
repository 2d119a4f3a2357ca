/**
 * A paragraph's cues ("said", "according to") with their speakers' words,
 * kept between checks of one draft. Finding them costs every token of every
 * paragraph, and a keystroke in a quote has the whole article's quotes and
 * speakers read again; but what a paragraph's cues are depends only on its
 * own tokens, on which of them stand inside quotes (and where the quotes
 * open and close), on whether it is the headline and on the desk's cue
 * verbs. While those are the same, the last reading stands: it is kept as
 * token indices (paragraph-memo.ts: the paragraph may have moved) and made
 * into fresh cues at the paragraph's present place. The speakers are named
 * afterwards, article-wide, as before.
 */
import { Span, type Attribution } from './attribution';
import { anonymousSpan, findCues, lastSolidChar, markAnonymity, sentenceIdsOf, type Found, type PhraseIndex, type Range } from './cues';
import type { Paragraph } from './model';
import { isQuoteMark, type ParagraphTokens } from './quotes';

interface CueAt {
  first: number;
  last: number;
  cueFirst: number;
  cueLast: number;
  verbLast: number;
  mentionFirst: number;
  mentionLast: number;
  /** The words of cue, verb and mention as the spans give them: they stay while the paragraph does. */
  cueText: string;
  verbText: string;
  mentionText: string;
  neutral?: string;
  anonymous?: 'mention' | Range;
}

interface CueReading {
  key: string;
  cues: PhraseIndex;
  sentences: Int32Array;
  cuesAt: CueAt[];
}

const readings = new WeakMap<Paragraph, CueReading>();

/** The paragraph's sentence ids and cues, read anew only when what they depend on has changed. */
export function cuesOf(view: ParagraphTokens, cues: PhraseIndex, text: string): { sentences: Int32Array; found: Found[] } {
  const key = quoteLayoutKey(view, text);
  const kept = readings.get(view.paragraph);
  if (kept && kept.key === key && kept.cues === cues) {
    return { sentences: kept.sentences, found: kept.cuesAt.map((at) => foundAt(view, at)) };
  }
  const sentences = sentenceIdsOf(view);
  const found = findCues(view, cues, text, sentences);
  markAnonymity(view, found, sentences);
  readings.set(view.paragraph, { key, cues, sentences, cuesAt: found.map(cueAt) });
  return { sentences, found };
}

/** Sentence ids by view: a view's tokens and quotes never change (an edit makes a new view), so neither do they. */
const sentencesByView = new WeakMap<ParagraphTokens, Int32Array>();

/** The paragraph's sentence ids, as `cuesOf` gives them, without making its cues again where they are kept. */
export function sentencesOf(view: ParagraphTokens, cues: PhraseIndex, text: string): Int32Array {
  let sentences = sentencesByView.get(view);
  if (sentences) return sentences;
  const kept = readings.get(view.paragraph);
  sentences = kept && kept.cues === cues && kept.key === quoteLayoutKey(view, text) ? kept.sentences : cuesOf(view, cues, text).sentences;
  sentencesByView.set(view, sentences);
  return sentences;
}

function cueAt(found: Found): CueAt {
  const { attribution } = found;
  const at: CueAt = {
    first: found.first,
    last: found.last,
    cueFirst: found.cueFirst,
    cueLast: found.cueLast,
    verbLast: found.verbLast,
    mentionFirst: found.mentionFirst,
    mentionLast: found.mentionLast,
    cueText: attribution.cue.text,
    verbText: attribution.verb.text,
    mentionText: attribution.mention.text,
  };
  if (attribution.neutral !== undefined) at.neutral = attribution.neutral;
  if (attribution.anonymous === attribution.mention) at.anonymous = 'mention';
  else if (attribution.anonymous) at.anonymous = found.anonymousRange;
  return at;
}

function foundAt(view: ParagraphTokens, at: CueAt): Found {
  const { tokens } = view;
  const span = (first: number, last: number, text: string): Span => new Span(text, tokens[first], tokens[last]);
  const attribution: Attribution = {
    cue: span(at.cueFirst, at.cueLast, at.cueText),
    verb: span(at.cueFirst, at.verbLast, at.verbText),
    mention: span(at.mentionFirst, at.mentionLast, at.mentionText),
    speaker: '',
    speakerKind: 'unnamed',
    paragraph: view.paragraph,
  };
  if (at.neutral !== undefined) attribution.neutral = at.neutral;
  const found: Found = {
    attribution,
    view,
    first: at.first,
    last: at.last,
    cueFirst: at.cueFirst,
    cueLast: at.cueLast,
    mentionFirst: at.mentionFirst,
    mentionLast: at.mentionLast,
    verbLast: at.verbLast,
  };
  if (at.anonymous === 'mention') attribution.anonymous = attribution.mention;
  else if (at.anonymous) {
    attribution.anonymous = anonymousSpan(tokens, at.anonymous.first, at.anonymous.last);
    found.anonymousRange = at.anonymous;
  }
  return found;
}

/**
 * Everything of the paragraph's quotes that its cues are read from: which
 * tokens stand inside a quote (quotedRuns), and for each quotation mark
 * whether it opens its quote or closes a part of it, with the last character
 * before a close (a comma there makes "…,” Bolton said" a cue). And whether
 * the paragraph is the headline, where capitalised words may be cues.
 */
function quoteLayoutKey(view: ParagraphTokens, text: string): string {
  const head = view.paragraph.isHeadline ? 'h' : 'b';
  if (!view.hasQuotes) return head;
  const { tokens, quoteOf } = view;
  const parts: string[] = [head, quotedRuns(view)];
  for (let j = 0; j < tokens.length; j++) {
    const quote = quoteOf[j];
    if (!quote || !isQuoteMark(tokens[j])) continue;
    const token = tokens[j];
    if (quote.parts[0].open === token) parts.push(`o${j}`);
    if (quote.parts.some((part) => part.close === token)) parts.push(`c${j}${lastSolidChar(text, quote.parts[0].contentStart, token.start)}`);
  }
  return parts.join(' ');
}

const runsOf = new WeakMap<ParagraphTokens, string>();

/** Which of a paragraph's tokens stand inside quotes, as runs of token indices ('' for none): what namesIn reads of its quotes. */
export function quotedRuns(view: ParagraphTokens): string {
  if (!view.hasQuotes) return '';
  let runs = runsOf.get(view);
  if (runs !== undefined) return runs;
  const parts: string[] = [];
  let runQuote: unknown;
  for (let j = 0; j < view.tokens.length; j++) {
    const quote = view.quoteOf[j];
    if (quote === runQuote) continue;
    parts.push(quote ? `[${j}` : `]${j}`);
    runQuote = quote;
  }
  runs = parts.join('');
  runsOf.set(view, runs);
  return runs;
}
