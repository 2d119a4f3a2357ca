/**
 * The article model: the one reading of a draft that every rule, the report
 * and the adapters share. Built once per check from the parse; rules read it
 * and never parse text themselves. A rule that needs something the model
 * lacks extends the model here, once, for all rules.
 */
import type { Paragraph as NlcstParagraph, Sentence as NlcstSentence } from 'nlcst';
import { parseProse, type BlockKind } from './parse';
import { findQuotes, type Quote } from './quotes';
import { attributeQuotes, type Attribution, type AttributionOptions } from './attribution';

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
  /** Every quote in the article, in order, with its speaker when the article names one. */
  quotes: Quote[];
  /** Every cue with its speaker ("Bolton said"), of quotes and reported speech alike. */
  attributions: Attribution[];
}

/** What the desk's style sheet changes in the reading of an article. */
export type ModelOptions = AttributionOptions;

export function buildModel(text: string, languageId: string, options: ModelOptions = {}): ArticleModel {
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
    for (const node of sentencesOf(block.tree)) {
      const sentence = readSentence(node, block.base, paragraph, sentences.length, text);
      if (sentence.tokens.length === 0) continue;
      paragraph.sentences.push(sentence);
      sentences.push(sentence);
      words.push(...sentence.words);
    }
    if (paragraph.sentences.length > 0) paragraphs.push(paragraph);
  }

  const wordCounts = new Map<string, number>();
  for (const word of words) wordCounts.set(word.key, (wordCounts.get(word.key) ?? 0) + 1);

  const { quotes, views } = findQuotes(paragraphs, text);
  const attributions = attributeQuotes(views, quotes, text, options);

  return {
    text,
    languageId,
    paragraphs,
    sentences,
    words,
    headline: paragraphs.find((p) => p.isHeadline),
    wordCounts,
    stats: {
      words: words.filter((w) => /\p{L}|\p{N}/u.test(w.text)).length,
      sentences: sentences.length,
      paragraphs: paragraphs.length,
    },
    quotes,
    attributions,
  };
}

function sentencesOf(tree: NlcstParagraph): NlcstSentence[] {
  return tree.children.filter((node): node is NlcstSentence => node.type === 'SentenceNode');
}

const tokenKinds: Record<string, TokenKind> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
  SourceNode: 'source',
};

const openingMarks = new Set(['“', '"', '‘', "'", '«', ':', '(', '[', '—', '–']);

function readSentence(node: NlcstSentence, base: number, paragraph: Paragraph, index: number, text: string): Sentence {
  const offsetOf = (n: Positioned, side: 'start' | 'end') => base + (n.position?.[side].offset ?? 0);
  const sentence: Sentence = { index, start: offsetOf(node, 'start'), end: offsetOf(node, 'end'), tokens: [], words: [], paragraph };
  const notProse = notProseSpans(text.slice(sentence.start, sentence.end), sentence.start);
  let previous: Token | undefined;
  for (const child of node.children) {
    const kind = tokenKinds[child.type];
    if (!kind) continue;
    const start = offsetOf(child, 'start');
    const end = offsetOf(child, 'end');
    const value = 'value' in child ? child.value : textOf(child);
    if (kind === 'word') {
      const word: Word = {
        kind,
        text: value,
        start,
        end,
        key: value.toLowerCase().replace(/’/g, "'"),
        sentence,
        tokenIndex: sentence.tokens.length,
        startsClause: sentence.words.length === 0 || (previous !== undefined && openingMarks.has(previous.text)),
      };
      const reason = notProse.find((span) => span.start < end && start < span.end)?.reason ?? (/\d/.test(value) ? 'number' : undefined);
      if (reason) word.notProse = reason;
      sentence.tokens.push(word);
      sentence.words.push(word);
    } else {
      sentence.tokens.push({ kind, text: value, start, end });
    }
    if (kind !== 'whitespace') previous = sentence.tokens[sentence.tokens.length - 1];
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

function notProseSpans(text: string, offset: number): Array<{ reason: NotProse; start: number; end: number }> {
  const spans: Array<{ reason: NotProse; start: number; end: number }> = [];
  if (!/[@#/.]/.test(text)) return spans;
  for (const [reason, pattern] of notProsePatterns) {
    for (const match of text.matchAll(pattern)) {
      spans.push({ reason, start: offset + (match.index ?? 0), end: offset + (match.index ?? 0) + match[0].length });
    }
  }
  return spans;
}
