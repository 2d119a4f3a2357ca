/**
 * Quotes and their speakers, kept between checks of one draft. Finding them
 * reads the whole article (a quote runs over paragraphs, "he said" looks back
 * for who "he" is, a lead-in colon hands a speaker to the next paragraph), so
 * a fresh reading costs the document. A keystroke changes one paragraph, and
 * is read at the least cost that gives a fresh check's answer:
 *
 * - in a paragraph with no quotation mark that changes none of what the
 *   attribution reads there (its cues, who speaks them, the people it
 *   names), the last quotes and speakers stand (their offsets are read
 *   from their tokens, which move with their paragraphs), and
 *   only the paragraph's cues are taken anew (`moved`);
 * - otherwise the paragraphs around it that quotes run over are read for
 *   quotes, most often the edited paragraph alone (`quotesFoundAgain`), and
 *   the quotes that read it for a speaker are given theirs again; where each
 *   finds the one it had, every other speaker stands (`movedInQuotes`);
 * - failing that (a cue or a name changed, a quote's kind), the quotes found
 *   stand and speakers are looked for again: from the edited paragraph on
 *   when it was read alone (see AfterEdit in attribution.ts), else
 *   across the article;
 * - and the whole article is read afresh for anything else: the headline,
 *   the desk's cue verbs, a paste across paragraphs.
 *
 * The random edit sequences in test/incremental.test.ts hold every path to a
 * fresh check's findings and report.
 */
import type { Attribution, Span } from './attribution';
import { attributionsInSteps, normalise, placeQuote, readAttributions, reportsRightAfter, type Placed, type PlacingContext } from './attribution';
import { finish } from './steps';
import { cueIndex, findCues, markAnonymity, sentenceIdsOf, solidBefore, type Found } from './cues';
import type { OneParagraphChanged } from './layout';
import type { Paragraph } from './model';
import { cuesOf } from './kept-cues';
import { firstAtOrAfter } from './sorted';
import { findQuotes, quoteMarksOf, quotesInSteps, viewWithoutQuotes, type ParagraphTokens, type Quote } from './quotes';
import { namesIn, SpeakerResolver, type NameIndex, type NamesAsked } from './speakers';

export interface QuotesRead {
  quotes: Quote[];
  attributions: Attribution[];
}

interface Last extends QuotesRead {
  /** Each paragraph's cues and the names the article gives, as the attributions read them (see AfterEdit). */
  cuesIn: Map<Paragraph, Found[]>;
  names: NameIndex;
  asked: NamesAsked;
  text: string;
  verbs: string;
  headline?: Paragraph;
  /** Each paragraph's tokens as the last reading saw them in and out of quotes, in order: one per paragraph of the article. */
  views: ParagraphTokens[];
}

export class KeptQuotes {
  private last?: Last;

  read(text: string, paragraphs: readonly Paragraph[], attributionVerbs: readonly string[], change: OneParagraphChanged | undefined): QuotesRead {
    return finish(this.readInSteps(text, paragraphs, attributionVerbs, change));
  }

  /** The same, a first reading made in steps (see attributionsInSteps), for a long draft's first check. */
  *readInSteps(text: string, paragraphs: readonly Paragraph[], attributionVerbs: readonly string[], change: OneParagraphChanged | undefined): Generator<void, QuotesRead> {
    const verbs = JSON.stringify(attributionVerbs);
    const headline = paragraphs.find((p) => p.isHeadline);
    const last = this.last;
    let read: QuotesRead | undefined;
    let views = last?.views;
    let cuesIn = last?.cuesIn;
    let names = last?.names;
    let asked = last?.asked;
    let found: FoundAgain | undefined;
    if (last && last.verbs === verbs && last.headline === headline) {
      if (last.text === text) read = last;
      else if (change) {
        let edited = moved(last, change, text, attributionVerbs);
        // The edited paragraph has no quote.
        if (edited) views = withViews(last.views, change.index, [viewWithoutQuotes(change.added)]);
        else {
          found = quotesFoundAgain(last, change, paragraphs, text);
          edited = movedInQuotes(last, change, found, paragraphs, text, attributionVerbs);
          if (edited) views = found.views();
        }
        if (edited) {
          read = edited.read;
          last.cuesIn.delete(change.removed);
          last.cuesIn.set(change.added, edited.cues);
        }
      }
    }
    if (!read && found) {
      // The quotes found again stand; their speakers are looked for afresh (a cue or a name changed, say), from the edited
      // paragraph on where the rest stands, else every quote's, the last reading's objects among them (see FoundAgain).
      const viewOf = found.viewOf;
      const after = found.alone ? { last: last!, edited: change!.added, replaced: change!.removed, namesStand: sameNamesIn(last!, change!, viewOf(change!.added)) } : undefined;
      views = found.views();
      const again = readAttributions(views, found.quotes, text, { attributionVerbs }, after);
      read = { quotes: found.quotes, attributions: again.attributions };
      ({ cuesIn, names, asked } = again);
    }
    if (!read || !views || !cuesIn || !names || !asked) {
      const fresh = yield* quotesInSteps(paragraphs, text);
      const attributed = yield* attributionsInSteps(fresh.views, fresh.quotes, text, { attributionVerbs });
      read = { quotes: fresh.quotes, attributions: attributed.attributions };
      ({ cuesIn, names, asked } = attributed);
      views = fresh.views;
    }
    this.last = { ...read, text, verbs, headline, views, cuesIn: cuesIn!, names: names!, asked: asked! };
    return read;
  }
}

/** What giving a quote its speaker sets on it. */
type QuotePlacing = Pick<Quote, 'attribution' | 'attributedBy' | 'closeAfter'>;

/** A reading brought to the new text, with the edited paragraph's cues. */
interface Edited {
  read: QuotesRead;
  cues: Found[];
}

/** The last reading brought to the new text, when the one paragraph changed leaves it standing. */
function moved(last: Last, change: OneParagraphChanged, text: string, attributionVerbs: readonly string[]): Edited | undefined {
  const { removed, added } = change;
  if (removed.isHeadline || added.isHeadline) return undefined;
  // A quote elsewhere that took its speaker from this paragraph is read afresh.
  if (last.quotes.some((quote) => quote.attribution?.paragraph === removed)) return undefined;
  const cues = cueIndex(attributionVerbs);
  const before = attributionReading(removed, last.text, cues);
  const after = attributionReading(added, text, cues);
  if (!before || !after || before.key !== after.key) return undefined;

  // The edited paragraph's cues, taken anew, speak for the same speakers as before.
  const fresh = withFreshCues(last, removed, after.found);
  if (!fresh) return undefined;
  const { attributions } = fresh;

  return { read: { quotes: last.quotes, attributions }, cues: after.found };
}

/** The edited paragraph's cues, taken anew, in place of its old ones, with the speakers the old ones had. */
function withFreshCues(last: Last, removed: Paragraph, fresh: readonly Found[]): { attributions: Attribution[]; freshFor: Map<Attribution, Attribution> } | undefined {
  const attributions = last.attributions.slice();
  const freshFor = new Map<Attribution, Attribution>();
  const first = attributions.findIndex((a) => a.paragraph === removed);
  if (first < 0) return fresh.length === 0 ? { attributions, freshFor } : undefined;
  for (let k = 0; k < fresh.length; k++) {
    const old = attributions[first + k];
    if (old?.paragraph !== removed) return undefined;
    const attribution = fresh[k].attribution;
    attribution.speaker = old.speaker;
    attribution.speakerKind = old.speakerKind;
    attributions[first + k] = attribution;
    freshFor.set(old, attribution);
  }
  return attributions[first + fresh.length]?.paragraph === removed ? undefined : { attributions, freshFor };
}

/**
 * A keystroke the last reading cannot simply be moved over: in a paragraph
 * with quotes, or in one that gives a quote elsewhere its speaker (a lead-in
 * ending in a colon). The quotes are found again (see quotesFoundAgain), and
 * when they stand as they stood — the same kinds, marks and paragraphs, the
 * edited paragraph's cues, names and sentences unchanged, no headline quote
 * with the words of an edited one — the quotes that read the edited
 * paragraph for a speaker (its own, and those opening the next paragraph
 * after a colon) are given their speakers again, reading what the whole
 * article reads for them. Where each finds the speaker it found last time,
 * in the same words at the same place, every quote keeps its speaker, moved
 * with the text, rather than the whole article being read for speakers again.
 */
function movedInQuotes(
  last: Last,
  change: OneParagraphChanged,
  found: FoundAgain,
  paragraphs: readonly Paragraph[],
  text: string,
  attributionVerbs: readonly string[],
): Edited | undefined {
  const { removed, added } = change;
  if (removed.isHeadline || added.isHeadline) return undefined;
  const oldView = last.views[change.index];
  const newView = found.viewOf(added);
  if (!sameQuotes(last.quotes, found.quotes, removed, added)) return undefined;
  // A headline quote takes the speaker of the story quote with the same words: not one whose words were typed in.
  const headlineWords = new Set(found.quotes.filter((quote) => quote.inHeadline).map((quote) => normalise(quote.text)));
  const typedIn = (quote: Quote) => quote.parts.some((part) => part.paragraph === removed || part.paragraph === added);
  if (headlineWords.size > 0 && [...last.quotes, ...found.quotes].some((quote) => typedIn(quote) && headlineWords.has(normalise(quote.text)))) return undefined;

  const cues = cueIndex(attributionVerbs);
  const before = cueReading(oldView, last.text, cues);
  const after = cueReading(newView, text, cues);
  if (before.key !== after.key) return undefined;
  const fresh = withFreshCues(last, removed, after.found);
  if (!fresh) return undefined;
  const { attributions } = fresh;
  // Old attribution → the one standing for it now: the edited paragraph's cues, and the speakers quotes find again.
  const replaced = fresh.freshFor;
  const placing = placingAgain(last, change, found, paragraphs, oldView, newView, after, cues, text);
  // A quote running over paragraphs is not looked for again: it keeps its speaker while all it reads in the edited paragraph stands.
  const keepsLongQuotes = sameOutsideQuotes(oldView, newView) && before.placedKey() === after.placedKey();
  // A lead-in ("…put it this way:") gives its speaker to the quote opening the next paragraph.
  const next = endsInColon(oldView) || endsInColon(newView) ? paragraphs[change.index + 1] : undefined;

  // Quotes are given their speakers as the loop goes; a quote further on may still send the edit to a fuller reading,
  // which must find every quote as the last reading left it: what the loop set is undone then.
  const undo: Array<QuotePlacing & { quote: Quote }> = [];
  const give = (quote: Quote, placing: Partial<QuotePlacing>): void => {
    undo.push({ quote, attribution: quote.attribution, attributedBy: quote.attributedBy, closeAfter: quote.closeAfter });
    Object.assign(quote, placing);
  };
  const fail = (): undefined => {
    for (let k = undo.length - 1; k >= 0; k--) {
      const { quote, ...was } = undo[k];
      Object.assign(quote, was);
    }
    return undefined;
  };
  for (let i = 0; i < found.quotes.length; i++) {
    const old = last.quotes[i];
    const quote = found.quotes[i];
    // A quote the edit left alone is the last reading's object (one found again is new), so not in the edited
    // paragraph: most of a long draft's quotes, whose parts need not be read for it.
    const typedInto = quote !== old && typedIn(quote);
    if ((typedInto && (quote.parts.length === 1 || !keepsLongQuotes)) || (next && quote.parts[0].paragraph === next)) {
      // A quote that reads the edited paragraph for its speaker: looked for again, it must find the one it had.
      if (quote.parts.length !== 1 || !quote.closed) return fail();
      const placed = placeQuote(quote, placing.context);
      const now = placed && placing.standingFor(placed, old);
      if (placed ? !now : old.attribution) return fail();
      if (!placed || !now) continue;
      if (now !== old.attribution) replaced.set(old.attribution!, now);
      give(quote, { attribution: now, attributedBy: placed.place });
      continue;
    }
    // Where an unclosed quote's closing mark belongs, found with its speaker (a kept quote has it already).
    if (quote !== old && old.closeAfter !== undefined) give(quote, { closeAfter: old.closeAfter });
    if (!old.attribution) continue;
    const attribution = replaced.get(old.attribution) ?? (old.attribution.paragraph === removed ? undefined : old.attribution);
    // Found in the edited paragraph by a quote not looked for again: read afresh.
    if (!attribution) return fail();
    if (quote.attribution !== attribution || quote.attributedBy !== old.attributedBy) give(quote, { attribution, attributedBy: old.attributedBy });
  }
  return { read: { quotes: found.quotes, attributions }, cues: after.found };
}

interface FoundAgain {
  /** Every quote of the article, in order, as many as the last reading found or not. */
  quotes: Quote[];
  /**
   * Found in the edited paragraph alone, its quotes closed and in one piece before and after. Either way, the quotes
   * outside the paragraphs read are the last reading's objects, with the speakers it gave them, as are those
   * paragraphs' views.
   */
  alone: boolean;
  viewOf(paragraph: Paragraph): ParagraphTokens;
  /** Every paragraph's view, in order. */
  views(): ParagraphTokens[];
}

/**
 * The article's quotes after a keystroke in a paragraph with quotes: found
 * again in the paragraphs around it that quotes run over, before the
 * keystroke or after. Reading starts at a paragraph no quote runs into,
 * and stops at the first no quote runs out of, where none did before
 * either: every other quote is the last reading's, where its tokens are
 * now. Most often that is the edited paragraph alone; a speech quoted over
 * twenty paragraphs is read whole.
 */
function quotesFoundAgain(last: Last, change: OneParagraphChanged, paragraphs: readonly Paragraph[], text: string): FoundAgain {
  const { added, index } = change;
  const ranOn = paragraphsRunOutOf(last.quotes);
  const startOf = (quote: Quote) => quote.parts[0].paragraph.index;
  let from = index;
  if (from > 0) {
    // A quote left open at the end of the paragraph before runs on into this one if it opens with a mark now (see findQuotes).
    const before = last.quotes[firstAtOrAfter(last.quotes, index, startOf) - 1];
    const leftOpen = before !== undefined && !before.closed && before.parts[before.parts.length - 1].paragraph.index === index - 1;
    if (ranOn.has(index - 1) || (leftOpen && quoteMarksOf(added).length > 0)) from--;
  }
  while (from > 0 && ranOn.has(from - 1)) from--;
  const found = findQuotes(paragraphs, text, { from, endsAfter: (p) => p >= index && !ranOn.has(p) });
  const to = from + found.views.length;
  // The last reading's quotes in the paragraphs read: quotes[start, end).
  const start = firstAtOrAfter(last.quotes, from, startOf);
  const end = firstAtOrAfter(last.quotes, to, startOf);
  const were = last.quotes.slice(start, end);
  const quotes = [...last.quotes.slice(0, start), ...found.quotes, ...last.quotes.slice(end)];
  quotes.forEach((quote, index) => (quote.index = index));
  const viewOf = (paragraph: Paragraph): ParagraphTokens => (paragraph.index >= from && paragraph.index < to ? found.views[paragraph.index - from] : last.views[paragraph.index]);
  // Speakers are looked for from the edited paragraph on (see read) only where its quotes were and are closed, each in one piece.
  const alone = from === index && to === index + 1 && found.quotes.every((quote) => quote.closed) && were.every((quote) => quote.parts.length === 1);
  return { quotes, alone, viewOf, views: () => withViews(last.views, from, found.views) };
}

/** The paragraphs, by index, out of which a quote runs on into the next. */
function paragraphsRunOutOf(quotes: readonly Quote[]): Set<number> {
  const indices = new Set<number>();
  for (const quote of quotes) {
    for (let k = 1; k < quote.parts.length; k++) {
      const before = quote.parts[k - 1].paragraph;
      if (quote.parts[k].paragraph !== before) indices.add(before.index);
    }
  }
  return indices;
}

/** Whether the edited paragraph names, outside its quotes, the people it named before the edit (see AfterEdit.namesStand). */
function sameNamesIn(last: Last, change: OneParagraphChanged, newView: ParagraphTokens): boolean {
  return JSON.stringify(namesIn(last.views[change.index])) === JSON.stringify(namesIn(newView));
}

function endsInColon(view: ParagraphTokens): boolean {
  return view.tokens[solidBefore(view.tokens, view.tokens.length)]?.text === ':';
}

/**
 * What giving the edited paragraph's quotes their speakers reads, answered
 * from the fresh quotes and the paragraph's fresh cues; and whether a speaker
 * found so is the one the last reading found: the same cue of the same
 * paragraph, the same quote's speaker going on, or the same words made a
 * speaker at the same place in the paragraph. The speakers' names are not
 * compared: they are resolved from the same words with the same article
 * around them, and are taken from the last reading.
 */
function placingAgain(
  last: Last,
  change: OneParagraphChanged,
  found: FoundAgain,
  paragraphs: readonly Paragraph[],
  oldView: ParagraphTokens,
  newView: ParagraphTokens,
  after: { found: Found[]; sentences: Int32Array },
  cues: ReturnType<typeof cueIndex>,
  text: string,
): { context: PlacingContext; standingFor(placed: Placed, old: Quote): Attribution | undefined } {
  const { removed, added } = change;
  const read = new Map<ParagraphTokens, { sentences: Int32Array; found: Found[] }>([[newView, after]]);
  const readOf = (view: ParagraphTokens) => read.get(view) ?? read.set(view, cuesOf(view, cues, text)).get(view)!;
  const context: PlacingContext = {
    viewOf: (paragraph) => found.viewOf(paragraph),
    viewBefore: (view) => (view.paragraph.index > 0 ? found.viewOf(paragraphs[view.paragraph.index - 1]) : undefined),
    foundIn: (view) => readOf(view).found,
    sentenceIds: (view) => readOf(view).sentences,
    // Names are not compared (see above): a resolver with no names of its own will do.
    resolver: new SpeakerResolver({ surnames: new Map(), titles: new Map() }),
    cues,
    text,
    quotes: found.quotes,
  };
  /** The last reading's attributions of a paragraph's cues, in order. */
  const cuesWere = (paragraph: Paragraph) => last.attributions.filter((a) => a.paragraph === paragraph);
  const standingFor = (placed: Placed, old: Quote): Attribution | undefined => {
    const was = old.attribution;
    if (!was || placed.place !== old.attributedBy) return undefined;
    const now = placed.attribution;
    if (now === was) return now;
    const paragraph = now.paragraph === added ? removed : now.paragraph;
    if (was.paragraph !== paragraph) return undefined;
    const view = found.viewOf(now.paragraph);
    const k = readOf(view).found.findIndex((f) => f.attribution === now);
    const those = cuesWere(paragraph);
    // One of the paragraph's cues: the same one (the edited paragraph's stands for its old one, the one before's is unchanged).
    if (k >= 0) return those[k] === was ? (now.paragraph === added ? now : was) : undefined;
    // Made for this quote (its sentence's subject, a lead-in): the same words at the same place in the paragraph, token by token.
    if (those.includes(was)) return undefined;
    const viewWas = paragraph === removed ? oldView : view;
    const same = (a: Span, b: Span) => a.text === b.text && tokensOf(viewWas, a) === tokensOf(view, b);
    if (!same(was.cue, now.cue) || !same(was.verb, now.verb) || !same(was.mention, now.mention)) return undefined;
    // Its speaker was named looking back over the cues before it ("he"): as many of them now.
    const cuesBefore = (list: readonly Attribution[], at: number) => list.filter((a) => a.cue.start < at).length;
    if (cuesBefore(those, was.cue.start) !== cuesBefore(readOf(view).found.map((f) => f.attribution), now.cue.start)) return undefined;
    now.speaker = was.speaker;
    now.speakerKind = was.speakerKind;
    return now;
  };
  return { context, standingFor };
}

/** Which of a paragraph's tokens a span covers, by index: where it stands whatever the paragraph's place. */
function tokensOf(view: ParagraphTokens, span: Span): string {
  const { tokens } = view;
  const first = firstAtOrAfter(tokens, span.start, (token) => token.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= span.end) last++;
  return `${first} ${last}`;
}

/** The same quotes, read from the old text and the new: what finding their speakers reads of them. */
function sameQuotes(before: readonly Quote[], after: readonly Quote[], removed: Paragraph, added: Paragraph): boolean {
  if (before.length !== after.length) return false;
  const same = (a: Paragraph, b: Paragraph) => a === b || (a === removed && b === added);
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    // A quote the edit left alone is the last reading's object.
    if (a === b) continue;
    if (a.kind !== b.kind || a.mark !== b.mark || a.straight !== b.straight || a.closed !== b.closed || a.inHeadline !== b.inHeadline) return false;
    if (a.parts.length !== b.parts.length || a.parts.some((part, k) => !same(part.paragraph, b.parts[k].paragraph))) return false;
    if (reportsRightAfter(a) !== reportsRightAfter(b)) return false;
    // A quote that never closes may hold its own cue inside it: read afresh.
    if (b.parts.some((part) => part.paragraph === added) && !b.closed) return false;
  }
  return true;
}

/** The edited paragraph's tokens outside its quotes are the same, at the same places, and so are where its quotes stand. */
function sameOutsideQuotes(before: ParagraphTokens, after: ParagraphTokens): boolean {
  if (before.tokens.length !== after.tokens.length) return false;
  for (let j = 0; j < before.tokens.length; j++) {
    const inBefore = before.quoteOf[j] !== undefined;
    if (inBefore !== (after.quoteOf[j] !== undefined)) return false;
    if (!inBefore && before.tokens[j].text !== after.tokens[j].text) return false;
  }
  return true;
}

/** The views with those of some paragraphs from `from` on replaced: a copy, the last reading's stand should the edit be read afresh. */
function withViews(views: readonly ParagraphTokens[], from: number, replacing: readonly ParagraphTokens[]): ParagraphTokens[] {
  const copy = views.slice();
  copy.splice(from, replacing.length, ...replacing);
  return copy;
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
function attributionReading(paragraph: Paragraph, text: string, cues: ReturnType<typeof cueIndex>): ReturnType<typeof cueReading> | undefined {
  if (quoteMarksOf(paragraph).length > 0) return undefined;
  const view = viewWithoutQuotes(paragraph);
  if (endsInColon(view)) return undefined;
  return cueReading(view, text, cues);
}

/**
 * A paragraph's cues with their speakers' words and anonymity, and the people
 * it names, as a key that is the same wherever the paragraph stands and
 * however its other words change: what the article reads of the paragraph
 * for speakers elsewhere. `placedKey` adds where the cues stand among its
 * tokens and where its sentences end: what its own quotes read.
 */
function cueReading(view: ParagraphTokens, text: string, cues: ReturnType<typeof cueIndex>): { key: string; placedKey(): string; found: Found[]; sentences: Int32Array } {
  const sentences = sentenceIdsOf(view);
  const found = findCues(view, cues, text, sentences);
  markAnonymity(view, found, sentences);
  const key = JSON.stringify([
    found.map(({ attribution: a }) => [a.cue.text, a.verb.text, a.mention.text, a.anonymous?.text, a.anonymous === a.mention, a.neutral]),
    namesIn(view),
  ]);
  const placedKey = () => JSON.stringify([found.map((f) => [f.first, f.last, f.cueFirst, f.cueLast, f.mentionFirst, f.mentionLast]), Array.from(sentences)]);
  return { key, placedKey, found, sentences };
}
