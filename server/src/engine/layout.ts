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
import { parseProse, type ProseBlock } from './parse';
import type { ChunkSentence } from './tokens';
import type { Paragraph, Sentence, Word } from './model';

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
  words: Word[];
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

interface Kept {
  paragraph: Paragraph;
  /** Where the chunk it was placed from started: the offset its tokens were placed at. */
  base: number;
}

export class Layout {
  /** Last check's paragraphs by their parse (equal paragraph texts share one), first in the draft first. */
  private kept = new Map<readonly ChunkSentence[], Kept[]>();
  private readonly tallies = new WeakMap<readonly ChunkSentence[], Tally>();
  /** The article's word counts, kept up to date by the paragraphs that come and go. */
  private readonly wordCounts = new Map<string, number>();
  private wordTotal = 0;
  /** The last check's paragraphs and where each started then. */
  private previous: Paragraph[] = [];
  private previousStarts: number[] = [];

  place(text: string, languageId: string): Placed {
    const blocks = parseProse(text, languageId);
    const headlineBlock = blocks.find((b) => b.kind === 'heading') ?? blocks[0];
    const kept = new Map<readonly ChunkSentence[], Kept[]>();
    const placed: Placed = { paragraphs: [], sentences: [], words: [], wordCounts: this.wordCounts, wordTotal: 0 };

    for (const block of blocks) {
      const reused = this.kept.get(block.sentences)?.shift();
      const paragraph = reused ? move(reused, block) : this.newParagraph(block);
      if (paragraph.sentences.length === 0) continue;
      if (!reused) this.count(block.sentences, paragraph, 1);
      paragraph.index = placed.paragraphs.length;
      paragraph.isHeadline = block === headlineBlock;
      placed.paragraphs.push(paragraph);
      for (const sentence of paragraph.sentences) {
        sentence.index = placed.sentences.length;
        placed.sentences.push(sentence);
        for (const word of sentence.words) placed.words.push(word);
      }
      const entry = { paragraph, base: block.base };
      const same = kept.get(block.sentences);
      if (same) same.push(entry);
      else kept.set(block.sentences, [entry]);
    }
    // What was not reused is gone from the draft, and its words with it.
    const removed: Paragraph[] = [];
    for (const [parse, gone] of this.kept) {
      for (const { paragraph } of gone) {
        this.count(parse, paragraph, -1);
        removed.push(paragraph);
      }
    }
    this.kept = kept;
    placed.wordTotal = this.wordTotal;
    placed.oneChanged = removed.length === 1 ? this.oneChanged(placed.paragraphs, removed[0]) : undefined;
    this.previous = placed.paragraphs;
    this.previousStarts = placed.paragraphs.map((paragraph) => paragraph.start);
    return placed;
  }

  /** The one change from the last check, if `removed` gave way to one new paragraph at its place and nothing else moved in order. */
  private oneChanged(paragraphs: readonly Paragraph[], removed: Paragraph): OneParagraphChanged | undefined {
    const { previous, previousStarts } = this;
    const index = previous.indexOf(removed);
    if (index < 0 || paragraphs.length !== previous.length) return undefined;
    const shift = index + 1 < paragraphs.length ? paragraphs[index + 1].start - previousStarts[index + 1] : 0;
    for (let i = 0; i < paragraphs.length; i++) {
      if (i === index) continue;
      if (paragraphs[i] !== previous[i] || paragraphs[i].start !== previousStarts[i] + (i > index ? shift : 0)) return undefined;
    }
    return { index, removed, added: paragraphs[index], shift };
  }

  private newParagraph(block: ProseBlock): Paragraph {
    const paragraph: Paragraph = {
      index: 0,
      kind: block.kind,
      line: block.line,
      start: block.start,
      end: block.end,
      isHeadline: false,
      sentences: [],
    };
    for (const read of block.sentences) {
      const sentence = placeSentence(read, block.base, paragraph);
      if (sentence.tokens.length > 0) paragraph.sentences.push(sentence);
    }
    return paragraph;
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

const hasLetterOrDigit = /[\p{L}\p{N}]/u;

/** A kept paragraph moved to where its block is now: every offset shifts by as much as its chunk moved. */
function move({ paragraph, base }: Kept, block: ProseBlock): Paragraph {
  paragraph.line = block.line;
  const shift = block.base - base;
  if (shift === 0) return paragraph;
  paragraph.start += shift;
  paragraph.end += shift;
  for (const sentence of paragraph.sentences) {
    sentence.start += shift;
    sentence.end += shift;
    for (const token of sentence.tokens) {
      token.start += shift;
      token.end += shift;
    }
  }
  return paragraph;
}

/** The model's sentence, with offsets into the whole source. */
function placeSentence(read: ChunkSentence, base: number, paragraph: Paragraph): Sentence {
  const sentence: Sentence = { index: 0, start: base + read.start, end: base + read.end, tokens: [], words: [], paragraph, source: read };
  for (const token of read.tokens) {
    if (token.kind === 'word') {
      const word: Word = {
        kind: 'word',
        text: token.text,
        start: base + token.start,
        end: base + token.end,
        key: token.key as string,
        sentence,
        tokenIndex: sentence.tokens.length,
        startsClause: token.startsClause === true,
      };
      if (token.notProse) word.notProse = token.notProse;
      sentence.tokens.push(word);
      sentence.words.push(word);
    } else {
      sentence.tokens.push({ kind: token.kind, text: token.text, start: base + token.start, end: base + token.end });
    }
  }
  return sentence;
}
