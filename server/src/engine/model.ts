/**
 * The article model: the one reading of a draft that every rule, the report
 * and the adapters share. Built once per check from the parse; rules read it
 * and never parse text themselves. A rule that needs something the model
 * lacks extends the model here, once, for all rules.
 */
import type { BlockKind } from './parse';
import type { ChunkSentence, NotProse, TokenKind } from './tokens';
import { Layout } from './layout';
import { defaultConfig, type CopydeskConfig } from './config';
import { buildNameRegister, readNamesAhead, registerInSteps, type NameRegister } from './names';
import { finish } from './steps';
import { buildAcronymTable, readAcronymsAhead, tableInSteps, type AcronymTable } from './acronyms';
import type { Quote } from './quotes';
import type { Attribution } from './attribution';
import { KeptQuotes } from './kept-quotes';

export type { NotProse, TokenKind } from './tokens';

/**
 * One piece of a sentence, in source order. Read-only: a token's offsets are
 * its parse's plus where its paragraph's chunk starts (`Paragraph.base`), so
 * moving a paragraph moves every token in it at once.
 */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}


export interface Word extends Token {
  readonly kind: 'word';
  /** Lower-case text with curly apostrophes made straight: the key for counting. */
  readonly key: string;
  readonly sentence: Sentence;
  /** Index among the sentence's tokens. */
  readonly tokenIndex: number;
  /** First word of its sentence, or first after an opening quote mark or a colon. */
  readonly startsClause: boolean;
  readonly notProse?: NotProse;
}

export interface Sentence {
  index: number;
  /** Offsets into the draft, its parse's plus its paragraph's `base`. */
  readonly start: number;
  readonly end: number;
  tokens: Token[];
  words: Word[];
  readonly paragraph: Paragraph;
  /**
   * The parse this sentence was placed from: immutable, shared by every check
   * of the same paragraph text, offsets relative to its chunk. Key per-sentence
   * caches on it (a WeakMap), storing token indices, never absolute offsets.
   */
  source: ChunkSentence;
}

export interface Paragraph {
  index: number;
  kind: BlockKind;
  /** Zero-based line of the source where it starts. */
  line: number;
  start: number;
  end: number;
  /** Where the chunk it was parsed from starts: its sentences' and tokens' offsets are their parse's plus this. */
  base: number;
  isHeadline: boolean;
  sentences: Sentence[];
}

export interface ArticleStats {
  words: number;
  sentences: number;
  paragraphs: number;
}

export interface ArticleModel {
  text: string;
  languageId: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  headline?: Paragraph;
  /** How often each word occurs, by `Word.key`. */
  wordCounts: Map<string, number>;
  stats: ArticleStats;
  /** Every name mentioned, its mentions, and the spellings that stray from it. */
  names: NameRegister;
  /** Every acronym used, and where it is spelled out. */
  acronyms: AcronymTable;
  /** Every quote in the article, in order, with its speaker when the article names one. */
  quotes: Quote[];
  /** Every cue with its speaker ("Bolton said"), of quotes and reported speech alike. */
  attributions: Attribution[];
  /**
   * The same object on every check of one draft (a fresh one for each `check`):
   * what a rule keeps from one check to the next is kept by it, in a WeakMap.
   */
  draft: object;
}

/** What a draft's checker keeps from one check to the next (see layout.ts and kept-quotes.ts). */
export interface KeptReading {
  layout: Layout;
  quotes: KeptQuotes;
}

export function keptReading(): KeptReading {
  return { layout: new Layout(), quotes: new KeptQuotes() };
}

/**
 * The desk's style sheet changes the reading too: its names, known acronyms
 * and attribution verbs. Pass what was kept from the last check of the same
 * draft to reuse what it read where the draft is unchanged.
 */
export function buildModel(text: string, languageId: string, config: CopydeskConfig = defaultConfig, kept = keptReading()): ArticleModel {
  return finish(modelInSteps(text, languageId, config, kept));
}

/**
 * `buildModel` a stage at a time: a step after each (see DraftChecker.steps).
 * With `readAhead`, each sentence is read for the names register and the
 * acronym table first, a step each, so that their builds (a second or more
 * each for a book-length draft read cold) find them read.
 */
export function* modelInSteps(text: string, languageId: string, config: CopydeskConfig, kept: KeptReading, readAhead = false): Generator<void, ArticleModel> {
  const { paragraphs, sentences, wordCounts, wordTotal, oneChanged } = readAhead ? yield* kept.layout.placeInSteps(text, languageId) : kept.layout.place(text, languageId);
  yield;
  if (readAhead) {
    for (const sentence of sentences) {
      readNamesAhead(sentence);
      readAcronymsAhead(sentence);
      yield;
    }
  }
  const acronyms = readAhead ? yield* tableInSteps(sentences, config.acronyms.known, kept) : buildAcronymTable(sentences, config.acronyms.known, kept);
  yield;
  const nameOptions = { deskNames: config.names, acronyms };
  // A first check in steps builds the register in steps too: cold, for a book-length draft, it takes a second.
  const names = readAhead ? yield* registerInSteps(sentences, nameOptions, kept) : buildNameRegister(sentences, nameOptions, kept);
  yield;
  const { quotes, attributions } = readAhead
    ? yield* kept.quotes.readInSteps(text, paragraphs, config.attributionVerbs, oneChanged)
    : kept.quotes.read(text, paragraphs, config.attributionVerbs, oneChanged);
  yield;

  return {
    text,
    languageId,
    paragraphs,
    sentences,
    headline: paragraphs.find((p) => p.isHeadline),
    wordCounts,
    stats: {
      words: wordTotal,
      sentences: sentences.length,
      paragraphs: paragraphs.length,
    },
    names,
    acronyms,
    quotes,
    attributions,
    draft: kept,
  };
}

/**
 * Where a paragraph is, as a desk editor counts: "paragraph 3" is the third
 * paragraph of the story's body, the headline and any subheadings not
 * counted (paragraph indexes count every block from 0, the headline too
 * when the draft has one).
 */
export function paragraphPlace(paragraphs: readonly Paragraph[], paragraph: Paragraph): string {
  if (paragraph.isHeadline) return 'the headline';
  if (paragraph.kind === 'heading') return 'a subheading';
  return `paragraph ${bodyNumbers(paragraphs)[paragraph.index]}`;
}

/** Each paragraph's number in the story's body, worked out once for a check's paragraphs (a long draft's findings ask it often). */
const bodyNumbersOf = new WeakMap<readonly Paragraph[], Int32Array>();

function bodyNumbers(paragraphs: readonly Paragraph[]): Int32Array {
  let numbers = bodyNumbersOf.get(paragraphs);
  if (numbers) return numbers;
  numbers = new Int32Array(paragraphs.length);
  let number = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (!paragraphs[i].isHeadline && paragraphs[i].kind !== 'heading') number++;
    numbers[i] = number;
  }
  bodyNumbersOf.set(paragraphs, numbers);
  return numbers;
}
