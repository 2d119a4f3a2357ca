/**
 * Places the parse in the draft: paragraphs, sentences and words with offsets
 * into the whole source. A layout kept between checks of one draft reuses the
 * paragraphs a keystroke did not touch — the same objects, moved to where they
 * are now — so an edit costs the paragraph it changed, not the document.
 *
 * Reused objects are changed in place: a model from an earlier check of the
 * same layout is stale once the next one is made (the server keeps only the
 * latest; `check` makes a fresh layout each time).
 */
import { lineBreaksBetween, parseLines, parseProse, type ProseBlock } from './parse';
import type { ChunkSentence, ChunkToken, NotProse, TokenKind } from './tokens';
import type { Paragraph, Sentence, Token, Word } from './model';
import { firstAtOrAfter } from './sorted';
import { noteSentencesKept } from './sentence-changes';
import { finish } from './steps';


/**
 * The last check's draft with one paragraph in place of another and the rest
 * as they were, moved by `shift` after it: what a keystroke usually does.
 */
export interface OneParagraphChanged {
  index: number;
  removed: Paragraph;
  added: Paragraph;
  /** How far every paragraph after it moved. */
  shift: number;
}

export interface Placed {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** How often each word occurs, by `Word.key`; in no particular order. */
  wordCounts: Map<string, number>;
  /** Words with a letter or digit in them. */
  wordTotal: number;
  /** Set when this check differs from the last one of the same layout by one paragraph only. */
  oneChanged?: OneParagraphChanged;
}

/** What a paragraph's words add to the article's counts: worked out once per paragraph text. */
interface Tally {
  keys: string[];
  counts: number[];
  words: number;
}

/** The last check of a layout: what the next one reuses. */
interface LastPlaced {
  text: string;
  languageId: string;
  paragraphs: Paragraph[];
  /** For each paragraph: the parse it was placed from, and where it starts. */
  parses: Array<readonly ChunkSentence[]>;
  starts: number[];
  sentences: Sentence[];
}

/** Paragraphs placed in one step of `Layout.placeInSteps`. */
const blocksAStep = 256;

export class Layout {
  private readonly tallies = new WeakMap<readonly ChunkSentence[], Tally>();
  /** The article's word counts, kept up to date by the paragraphs that come and go. */
  private readonly wordCounts = new Map<string, number>();
  private wordTotal = 0;
  private last?: LastPlaced;

  /** The sentences as last placed: none before the draft is first placed. */
  get sentences(): readonly Sentence[] {
    return this.last?.sentences ?? [];
  }

  place(text: string, languageId: string): Placed {
    return this.placeEdit(text, languageId) ?? finish(this.placeAll(text, languageId));
  }

  /** The same, every paragraph placed in steps (a few hundred milliseconds, cold, for 100,000 words in one go): for a long draft's first check. */
  *placeInSteps(text: string, languageId: string): Generator<void, Placed> {
    return this.placeEdit(text, languageId) ?? (yield* this.placeAll(text, languageId));
  }

  /** Every paragraph placed from the parse of the whole draft, those whose text is unchanged reused and moved. */
  private *placeAll(text: string, languageId: string): Generator<void, Placed> {
    const blocks = parseProse(text, languageId);
    const headlineBlock = blocks.find((b) => b.kind === 'heading') ?? blocks[0];
    const last = this.last;
    const kept = last ? keptByParse(last, 0, last.paragraphs.length) : new Map<readonly ChunkSentence[], Paragraph[]>();
    const placed: Placed = { paragraphs: [], sentences: [], wordCounts: this.wordCounts, wordTotal: 0 };
    const parses: Array<readonly ChunkSentence[]> = [];

    for (let b = 0; b < blocks.length; b++) {
      // What is placed so far is this layout's own: another draft's check may run between steps.
      if (b % blocksAStep === blocksAStep - 1) yield;
      const block = blocks[b];
      const reused = kept.get(block.sentences)?.shift();
      const paragraph = reused ? move(reused, block) : this.newParagraph(block);
      if (paragraph.sentences.length === 0) continue;
      if (!reused) this.count(block.sentences, paragraph, 1);
      paragraph.index = placed.paragraphs.length;
      paragraph.isHeadline = block === headlineBlock;
      placed.paragraphs.push(paragraph);
      parses.push(block.sentences);
      for (const sentence of paragraph.sentences) {
        sentence.index = placed.sentences.length;
        placed.sentences.push(sentence);
      }
    }
    const removed = this.uncount(kept);
    placed.wordTotal = this.wordTotal;
    placed.oneChanged = last && removed.length === 1 ? oneChanged(placed.paragraphs, removed[0], last) : undefined;
    const starts = placed.paragraphs.map((paragraph) => paragraph.start);
    this.last = { text, languageId, paragraphs: placed.paragraphs, parses, starts, sentences: placed.sentences };
    return placed;
  }

  /**
   * A keystroke in plain text: the lines it touched (with the line before and
   * the line after, which a line break typed or deleted joins or splits) are
   * parsed and placed; the paragraphs before them stand as they are, those
   * after are moved. The rest of the draft is not split into lines again.
   * Undefined where the whole draft is placed instead: Markdown (a fence or
   * front matter opened reads every line after it differently), the first
   * paragraph (the headline) touched, or nothing kept to start from.
   */
  private placeEdit(text: string, languageId: string): Placed | undefined {
    const last = this.last;
    if (!last || languageId !== last.languageId || languageId === 'markdown' || text === last.text) return undefined;
    const old = last.text;
    const min = Math.min(old.length, text.length);
    const prefix = commonPrefix(old, text, min);
    const suffix = commonSuffix(old, text, min - prefix);
    const delta = text.length - old.length;
    // The lines that changed, with one more on each side: [from, to) of the old text, [from, to + delta) of the new.
    const from = lineStartBefore(old, lineStartBefore(old, prefix) - 1);
    const to = nextLineStart(old, nextLineStart(old, old.length - suffix));
    const first = firstAtOrAfter(last.starts, from, (start) => start);
    const end = firstAtOrAfter(last.starts, to, (start) => start);
    if (first === 0) return undefined;

    const previous = last.paragraphs[first - 1];
    const line = previous.line + lineBreaksBetween(old, previous.start, from);
    const { blocks, breaks } = parseLines(text, from, to + delta, line);
    const lineShift = breaks - lineBreaksBetween(old, from, to);

    // The old paragraphs there, for the new lines whose text is unchanged.
    const kept = keptByParse(last, first, end);
    // Where the old paragraphs' sentences stand in the article's list, found before anything moves.
    const sentencesFrom = first < last.paragraphs.length ? last.paragraphs[first].sentences[0].index : last.sentences.length;
    const sentencesTo = end < last.paragraphs.length ? last.paragraphs[end].sentences[0].index : last.sentences.length;

    const startsBefore = last.starts.slice(first, end);
    const paragraphs: Paragraph[] = [];
    const parses: Array<readonly ChunkSentence[]> = [];
    const added: Paragraph[] = [];
    for (const block of blocks) {
      const reused = kept.get(block.sentences)?.shift();
      const paragraph = reused ? move(reused, block) : this.newParagraph(block);
      if (paragraph.sentences.length === 0) continue;
      if (!reused) {
        this.count(block.sentences, paragraph, 1);
        added.push(paragraph);
      }
      paragraph.isHeadline = false;
      paragraphs.push(paragraph);
      parses.push(block.sentences);
    }
    const removed = this.uncount(kept);
    // Everything after moves with the edit.
    for (let i = end; i < last.paragraphs.length; i++) {
      shift(last.paragraphs[i], delta, lineShift);
      last.starts[i] += delta;
    }

    const allParagraphs = last.paragraphs.slice(0, first).concat(paragraphs, last.paragraphs.slice(end));
    const regionSentences = paragraphs.flatMap((paragraph) => paragraph.sentences);
    const sentences = last.sentences.slice(0, sentencesFrom).concat(regionSentences, last.sentences.slice(sentencesTo));
    for (let i = first; i < allParagraphs.length; i++) allParagraphs[i].index = i;
    for (let i = sentencesFrom; i < sentences.length; i++) sentences[i].index = i;
    noteSentencesKept(last.sentences, sentences, sentencesFrom, last.sentences.length - sentencesTo);
    const starts = last.starts.slice(0, first).concat(
      paragraphs.map((paragraph) => paragraph.start),
      last.starts.slice(end),
    );

    // One paragraph in place of another, every other one where it was (moved by the edit after it): what a keystroke does.
    let oneChanged: OneParagraphChanged | undefined;
    if (removed.length === 1 && added.length === 1 && end - first === paragraphs.length) {
      const index = first + paragraphs.indexOf(added[0]);
      const stands = paragraphs.every((paragraph, k) => {
        const i = first + k;
        return i === index || (paragraph === last.paragraphs[i] && paragraph.start - (i > index ? delta : 0) === startsBefore[k]);
      });
      if (stands && removed[0] === last.paragraphs[index]) oneChanged = { index, removed: removed[0], added: added[0], shift: index + 1 < allParagraphs.length ? delta : 0 };
    }
    this.last = {
      text,
      languageId,
      paragraphs: allParagraphs,
      parses: last.parses.slice(0, first).concat(parses, last.parses.slice(end)),
      starts,
      sentences,
    };
    return { paragraphs: allParagraphs, sentences, wordCounts: this.wordCounts, wordTotal: this.wordTotal, oneChanged };
  }

  private newParagraph(block: ProseBlock): Paragraph {
    const paragraph: Paragraph = {
      index: 0,
      kind: block.kind,
      line: block.line,
      start: block.start,
      end: block.end,
      base: block.base,
      isHeadline: false,
      sentences: [],
    };
    for (const read of block.sentences) {
      const sentence = placeSentence(read, paragraph);
      if (sentence.tokens.length > 0) paragraph.sentences.push(sentence);
    }
    return paragraph;
  }

  /** The paragraphs not reused: gone from the draft, and their words from its counts. */
  private uncount(kept: Map<readonly ChunkSentence[], Paragraph[]>): Paragraph[] {
    const removed: Paragraph[] = [];
    for (const [parse, gone] of kept) {
      for (const paragraph of gone) {
        this.count(parse, paragraph, -1);
        removed.push(paragraph);
      }
    }
    return removed;
  }

  /** Adds a paragraph's words to the article's counts (`sign` 1), or takes them away (-1). */
  private count(parse: readonly ChunkSentence[], paragraph: Paragraph, sign: 1 | -1): void {
    let tally = this.tallies.get(parse);
    if (!tally) {
      const byKey = new Map<string, number>();
      let words = 0;
      for (const sentence of paragraph.sentences) {
        for (const word of sentence.words) {
          byKey.set(word.key, (byKey.get(word.key) ?? 0) + 1);
          if (hasLetterOrDigit.test(word.text)) words++;
        }
      }
      tally = { keys: [...byKey.keys()], counts: [...byKey.values()], words };
      this.tallies.set(parse, tally);
    }
    const counts = this.wordCounts;
    for (let i = 0; i < tally.keys.length; i++) {
      const key = tally.keys[i];
      const count = (counts.get(key) ?? 0) + sign * tally.counts[i];
      if (count === 0) counts.delete(key);
      else counts.set(key, count);
    }
    this.wordTotal += sign * tally.words;
  }
}

/** The last check's paragraphs from `first` to before `end`, by their parse (equal paragraph texts share one), first in the draft first. */
function keptByParse(last: LastPlaced, first: number, end: number): Map<readonly ChunkSentence[], Paragraph[]> {
  const kept = new Map<readonly ChunkSentence[], Paragraph[]>();
  for (let i = first; i < end; i++) {
    const paragraph = last.paragraphs[i];
    const same = kept.get(last.parses[i]);
    if (same) same.push(paragraph);
    else kept.set(last.parses[i], [paragraph]);
  }
  return kept;
}

/** The one change from the last check, if `removed` gave way to one new paragraph at its place and nothing else moved in order. */
function oneChanged(paragraphs: readonly Paragraph[], removed: Paragraph, last: LastPlaced): OneParagraphChanged | undefined {
  const index = last.paragraphs.indexOf(removed);
  if (index < 0 || paragraphs.length !== last.paragraphs.length) return undefined;
  const shift = index + 1 < paragraphs.length ? paragraphs[index + 1].start - last.starts[index + 1] : 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (i === index) continue;
    if (paragraphs[i] !== last.paragraphs[i] || paragraphs[i].start !== last.starts[i] + (i > index ? shift : 0)) return undefined;
  }
  return { index, removed, added: paragraphs[index], shift };
}

/** How many characters two texts share at their start (at most `limit`), compared a stretch at a time. */
function commonPrefix(a: string, b: string, limit: number): number {
  let at = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (at + step <= limit && a.slice(at, at + step) === b.slice(at, at + step)) at += step;
  }
  return at;
}

/** How many characters two texts share at their end (at most `limit`). */
function commonSuffix(a: string, b: string, limit: number): number {
  let at = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (at + step <= limit && a.slice(a.length - at - step, a.length - at) === b.slice(b.length - at - step, b.length - at)) at += step;
  }
  return at;
}

/** Whether a line starts at `at`: the text's start, or just after a line break (\r\n is one). */
function isLineStart(text: string, at: number): boolean {
  if (at <= 0) return true;
  const before = text[at - 1];
  return before === '\n' || (before === '\r' && text[at] !== '\n');
}

/** The start of the line holding `at` (0 for a negative offset). */
function lineStartBefore(text: string, at: number): number {
  let i = Math.max(0, at);
  while (!isLineStart(text, i)) i--;
  return i;
}

/** The start of the line after the one holding `at`, or the text's end. */
function nextLineStart(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && !isLineStart(text, i)) i++;
  return Math.min(i, text.length);
}

const hasLetterOrDigit = /[\p{L}\p{N}]/u;

/** A kept paragraph moved to where its block is now: every offset shifts by as much as its chunk moved. */
function move(paragraph: Paragraph, block: ProseBlock): Paragraph {
  shift(paragraph, block.base - paragraph.base, block.line - paragraph.line);
  return paragraph;
}

/** A paragraph moved by `delta` characters and `lines` lines: its sentences and tokens read their offsets from it. */
function shift(paragraph: Paragraph, delta: number, lines: number): void {
  paragraph.line += lines;
  paragraph.start += delta;
  paragraph.end += delta;
  paragraph.base += delta;
}

/**
 * The model's sentence: its parse placed in a paragraph. Offsets are worked
 * out when read, so a paragraph that moves moves its sentences with it.
 */
class PlacedSentence implements Sentence {
  index = 0;
  readonly tokens: Token[] = [];
  readonly words: Word[] = [];
  constructor(
    readonly source: ChunkSentence,
    readonly paragraph: Paragraph,
  ) {}
  get start(): number {
    return this.paragraph.base + this.source.start;
  }
  get end(): number {
    return this.paragraph.base + this.source.end;
  }
}

/** A token of the parse placed in its sentence: text and kind are the parse's, offsets moved by the paragraph's base. */
class PlacedToken implements Token {
  constructor(
    readonly source: ChunkToken,
    readonly sentence: Sentence,
  ) {}
  get kind(): TokenKind {
    return this.source.kind;
  }
  get text(): string {
    return this.source.text;
  }
  get start(): number {
    return this.sentence.paragraph.base + this.source.start;
  }
  get end(): number {
    return this.sentence.paragraph.base + this.source.end;
  }
}

class PlacedWord extends PlacedToken implements Word {
  constructor(
    source: ChunkToken,
    sentence: Sentence,
    readonly tokenIndex: number,
  ) {
    super(source, sentence);
  }
  override get kind(): 'word' {
    return 'word';
  }
  get key(): string {
    return this.source.key as string;
  }
  get startsClause(): boolean {
    return this.source.startsClause === true;
  }
  get notProse(): NotProse | undefined {
    return this.source.notProse;
  }
}

/** The model's sentence, placed from its parse in `paragraph`. */
function placeSentence(read: ChunkSentence, paragraph: Paragraph): Sentence {
  const sentence = new PlacedSentence(read, paragraph);
  for (const token of read.tokens) {
    if (token.kind === 'word') {
      const word = new PlacedWord(token, sentence, sentence.tokens.length);
      sentence.tokens.push(word);
      sentence.words.push(word);
    } else sentence.tokens.push(new PlacedToken(token, sentence));
  }
  return sentence;
}
