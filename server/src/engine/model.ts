/**
 * The article model: the one reading of a draft that every rule, the report
 * and the adapters share. Built once per check from the parse; rules read it
 * and never parse text themselves. A rule that needs something the model
 * lacks extends the model here, once, for all rules.
 */
import type { Paragraph as NlcstParagraph, Sentence as NlcstSentence } from 'nlcst';
import { parseProse, type BlockKind } from './parse';

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'source';

/** One piece of a sentence, in source order. */
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

/** Why a word is not prose to be spell-checked or read as a name. */
export type NotProse = 'url' | 'email' | 'handle' | 'hashtag' | 'number';

export interface Word extends Token {
  kind: 'word';
  /** Lower-case text with curly apostrophes made straight: the key for counting. */
  key: string;
  sentence: Sentence;
  /** Index among the sentence's tokens. */
  tokenIndex: number;
  /** First word of its sentence, or first after an opening quote mark or a colon. */
  startsClause: boolean;
  notProse?: NotProse;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  words: Word[];
  paragraph: Paragraph;
}

export interface Paragraph {
  index: number;
  kind: BlockKind;
  /** Zero-based line of the source where it starts. */
  line: number;
  start: number;
  end: number;
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
  words: Word[];
  headline?: Paragraph;
  /** How often each word occurs, by `Word.key`. */
  wordCounts: Map<string, number>;
  stats: ArticleStats;
}

export function buildModel(text: string, languageId: string): ArticleModel {
  const blocks = parseProse(text, languageId);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const words: Word[] = [];
  const headlineBlock = blocks.find((b) => b.kind === 'heading') ?? blocks[0];

  for (const block of blocks) {
    const paragraph: Paragraph = {
      index: paragraphs.length,
      kind: block.kind,
      line: block.line,
      start: block.start,
      end: block.end,
      isHeadline: block === headlineBlock,
      sentences: [],
    };
    for (const read of sentencesOf(block.tree, block.base, text)) {
      const sentence = placeSentence(read, block.base, paragraph, sentences.length);
      if (sentence.tokens.length === 0) continue;
      paragraph.sentences.push(sentence);
      sentences.push(sentence);
      for (const word of sentence.words) words.push(word);
    }
    if (paragraph.sentences.length > 0) paragraphs.push(paragraph);
  }

  const wordCounts = new Map<string, number>();
  for (const word of words) wordCounts.set(word.key, (wordCounts.get(word.key) ?? 0) + 1);

  return {
    text,
    languageId,
    paragraphs,
    sentences,
    words,
    headline: paragraphs.find((p) => p.isHeadline),
    wordCounts,
    stats: {
      words: countWords(words),
      sentences: sentences.length,
      paragraphs: paragraphs.length,
    },
  };
}

function countWords(words: readonly Word[]): number {
  let count = 0;
  for (const word of words) if (hasLetterOrDigit.test(word.text)) count++;
  return count;
}

const hasLetterOrDigit = /[\p{L}\p{N}]/u;

const tokenKinds: Record<string, TokenKind> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
  SourceNode: 'source',
};

const openingMarks = new Set(['“', '"', '‘', "'", '«', ':', '(', '[', '—', '–']);

/** A token read from a tree once, with offsets relative to its chunk: what a reused parse reuses. */
interface TreeToken {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  key?: string;
  startsClause?: boolean;
  notProse?: NotProse;
}

interface TreeSentence {
  start: number;
  end: number;
  tokens: TreeToken[];
}

const readTrees = new WeakMap<NlcstParagraph, TreeSentence[]>();

/** The sentences of a paragraph tree, read once per tree (trees are shared by the parse cache). */
function sentencesOf(tree: NlcstParagraph, base: number, text: string): TreeSentence[] {
  let sentences = readTrees.get(tree);
  if (!sentences) {
    sentences = tree.children
      .filter((node): node is NlcstSentence => node.type === 'SentenceNode')
      .map((node) => readSentence(node, text.slice(base + offsetOf(node, 'start'), base + offsetOf(node, 'end'))));
    readTrees.set(tree, sentences);
  }
  return sentences;
}

function offsetOf(node: Positioned, side: 'start' | 'end'): number {
  return node.position?.[side].offset ?? 0;
}

function readSentence(node: NlcstSentence, source: string): TreeSentence {
  const start = offsetOf(node, 'start');
  const sentence: TreeSentence = { start, end: offsetOf(node, 'end'), tokens: [] };
  const notProse = notProseSpans(source, start);
  let previous: TreeToken | undefined;
  let words = 0;
  for (const child of node.children) {
    const kind = tokenKinds[child.type];
    if (!kind) continue;
    const token: TreeToken = { kind, text: 'value' in child ? child.value : textOf(child), start: offsetOf(child, 'start'), end: offsetOf(child, 'end') };
    if (kind === 'word') {
      token.key = token.text.toLowerCase().replace(/’/g, "'");
      token.startsClause = words++ === 0 || (previous !== undefined && openingMarks.has(previous.text));
      const reason = notProse.find((span) => span.start < token.end && token.start < span.end)?.reason ?? (/\d/.test(token.text) ? 'number' : undefined);
      if (reason) token.notProse = reason;
    }
    sentence.tokens.push(token);
    if (kind !== 'whitespace') previous = token;
  }
  return sentence;
}

/** The model's sentence, with offsets into the whole source. */
function placeSentence(read: TreeSentence, base: number, paragraph: Paragraph, index: number): Sentence {
  const sentence: Sentence = { index, start: base + read.start, end: base + read.end, tokens: [], words: [], paragraph };
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

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

function textOf(node: { value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((child) => textOf(child as typeof node)).join('');
}

/**
 * Stretches of a sentence that are addresses, not words. The English parser
 * splits "https://x.com" into several words; these patterns find them whole.
 */
const notProsePatterns: Array<[NotProse, RegExp]> = [
  ['email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu],
  ['url', /\b(?:https?:\/\/|www\.)[^\s<>"“”]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co|uk|in|pk|int)(?:\/[^\s<>"“”]*)?/giu],
  ['handle', /(?<![\w@])@\w+/gu],
  ['hashtag', /(?<![\w#])#\w+/gu],
];

/** A cheap first look, so ordinary sentences skip the patterns above. */
const mayHoldAddress = /[@#/]|www\.|\.(?:com|org|net|gov|edu|io|co|uk|in|pk|int)\b/i;

function notProseSpans(text: string, offset: number): Array<{ reason: NotProse; start: number; end: number }> {
  const spans: Array<{ reason: NotProse; start: number; end: number }> = [];
  if (!mayHoldAddress.test(text)) return spans;
  for (const [reason, pattern] of notProsePatterns) {
    for (const match of text.matchAll(pattern)) {
      spans.push({ reason, start: offset + (match.index ?? 0), end: offset + (match.index ?? 0) + match[0].length });
    }
  }
  return spans;
}
