/**
 * Quotes and their speakers, kept between checks of one draft. Finding them
 * reads the whole article (a quote runs over paragraphs, "he said" looks back
 * for who "he" is, a lead-in colon hands a speaker to the next paragraph), so
 * a fresh reading costs the document. But most keystrokes land in a paragraph
 * with no quotation mark, and change none of what the attribution reads
 * there: its cues ("said", "according to"), who speaks them, the people it
 * names. Then the last check's quotes and speakers stand; only the edited
 * paragraph's cues are taken anew, and everything after it moves by the
 * length of the edit.
 *
 * Anything else — a quotation mark typed or deleted, a cue or a name changed,
 * the headline, a colon at a paragraph's end, the desk's cue verbs — and the
 * article is read afresh. The random edit sequences in
 * test/incremental.test.ts hold this to a fresh check's findings.
 */
import type { Attribution, Span } from './attribution';
import { attributeQuotes } from './attribution';
import { cueIndex, findCues, markAnonymity, sentenceIdsOf, solidBefore, type Found } from './cues';
import type { OneParagraphChanged } from './layout';
import type { Paragraph } from './model';
import { findQuotes, noQuotes, paragraphTokens, quoteMarksOf, type ParagraphTokens, type Quote } from './quotes';
import { namesIn } from './speakers';

export interface QuotesRead {
  quotes: Quote[];
  attributions: Attribution[];
}

interface Last extends QuotesRead {
  text: string;
  verbs: string;
  headline?: Paragraph;
}

export class KeptQuotes {
  private last?: Last;

  read(text: string, paragraphs: readonly Paragraph[], attributionVerbs: readonly string[], change: OneParagraphChanged | undefined): QuotesRead {
    const verbs = JSON.stringify(attributionVerbs);
    const headline = paragraphs.find((p) => p.isHeadline);
    const last = this.last;
    let read: QuotesRead | undefined;
    if (last && last.verbs === verbs && last.headline === headline) {
      if (last.text === text) read = last;
      else if (change) read = moved(last, change, text, attributionVerbs);
    }
    if (!read) {
      const { quotes, views } = findQuotes(paragraphs, text);
      read = { quotes, attributions: attributeQuotes(views, quotes, text, { attributionVerbs }) };
    }
    this.last = { ...read, text, verbs, headline };
    return read;
  }
}

/** The last reading brought to the new text, when the one paragraph changed leaves it standing. */
function moved(last: Last, change: OneParagraphChanged, text: string, attributionVerbs: readonly string[]): QuotesRead | undefined {
  const { removed, added, shift } = change;
  if (removed.isHeadline || added.isHeadline) return undefined;
  // A quote elsewhere that took its speaker from this paragraph is read afresh.
  if (last.quotes.some((quote) => quote.attribution?.paragraph === removed)) return undefined;
  const cues = cueIndex(attributionVerbs);
  const before = attributionReading(removed, last.text, cues);
  const after = attributionReading(added, text, cues);
  if (!before || !after || before.key !== after.key) return undefined;

  // The edited paragraph's cues, taken anew, speak for the same speakers as before.
  const attributions = last.attributions.slice();
  const first = attributions.findIndex((a) => a.paragraph === removed);
  if (first >= 0) {
    for (let k = 0; k < after.found.length; k++) {
      const old = attributions[first + k];
      const fresh = after.found[k].attribution;
      fresh.speaker = old.speaker;
      fresh.speakerKind = old.speakerKind;
      attributions[first + k] = fresh;
    }
  }

  const movedSpans = new Set<Span>();
  const moveSpan = (span: Span | undefined) => {
    if (!span || movedSpans.has(span)) return;
    movedSpans.add(span);
    span.start += shift;
    span.end += shift;
  };
  const isAfter = (paragraph: Paragraph) => paragraph.index > change.index;
  if (shift !== 0) {
    for (const quote of last.quotes) {
      const lastPart = quote.parts[quote.parts.length - 1];
      if (isAfter(quote.parts[0].paragraph)) quote.start += shift;
      if (isAfter(lastPart.paragraph)) {
        quote.end += shift;
        if (quote.likelyEnd !== undefined) quote.likelyEnd += shift;
      }
      for (const part of quote.parts) {
        if (!isAfter(part.paragraph)) continue;
        part.contentStart += shift;
        part.contentEnd += shift;
      }
      if (quote.attribution && quote.attribution.paragraph !== removed && isAfter(quote.attribution.paragraph)) moveAttribution(quote.attribution, moveSpan);
    }
    for (const attribution of attributions) if (isAfter(attribution.paragraph) && attribution.paragraph !== added) moveAttribution(attribution, moveSpan);
  }
  return { quotes: last.quotes, attributions };
}

function moveAttribution(attribution: Attribution, moveSpan: (span: Span | undefined) => void): void {
  moveSpan(attribution.cue);
  moveSpan(attribution.verb);
  moveSpan(attribution.mention);
  moveSpan(attribution.anonymous);
}

/**
 * What the attribution reads in a paragraph with no quotation mark, as a key
 * that is the same wherever the paragraph stands: its cues with their
 * speakers and anonymity, and the people it names. Offsets are left out: the
 * edited paragraph's cues are taken anew, and the rest of the article reads
 * only their words and order. Undefined for a paragraph
 * the whole article reads differently: one with a quotation mark, or ending
 * in a colon (the lead-in to a quote below it).
 */
function attributionReading(paragraph: Paragraph, text: string, cues: ReturnType<typeof cueIndex>): { key: string; found: Found[] } | undefined {
  if (quoteMarksOf(paragraph).length > 0) return undefined;
  const tokens = paragraphTokens(paragraph);
  const lastSolid = tokens[solidBefore(tokens, tokens.length)];
  if (lastSolid?.text === ':') return undefined;
  const view: ParagraphTokens = { paragraph, tokens, quoteOf: noQuotes, hasQuotes: false };
  const sentences = sentenceIdsOf(view);
  const found = findCues(view, cues, text, sentences);
  markAnonymity(view, found, sentences);
  const key = JSON.stringify([
    found.map(({ attribution: a, first, last, cueFirst, cueLast, mentionFirst, mentionLast }) => [
      first,
      last,
      cueFirst,
      cueLast,
      mentionFirst,
      mentionLast,
      a.cue.text,
      a.verb.text,
      a.mention.text,
      a.anonymous?.text,
      a.anonymous === a.mention,
      a.neutral,
    ]),
    namesIn(view),
  ]);
  return { key, found };
}
