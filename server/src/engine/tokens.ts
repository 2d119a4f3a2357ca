/**
 * Reads retext's nlcst sentences into plain tokens: words with their counting
 * key, whether they start a clause, and whether they are addresses rather
 * than prose. Offsets stay relative to the parsed chunk, so a chunk's tokens
 * can be kept and placed again wherever the chunk moves in the draft.
 */
import type { Paragraph as NlcstParagraph, Sentence as NlcstSentence } from 'nlcst';

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'source';

/** Why a word is not prose to be spell-checked or read as a name. */
export type NotProse = 'url' | 'email' | 'handle' | 'hashtag' | 'number' | 'markup';

/** A token with offsets relative to its chunk. */
export interface ChunkToken {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** Words only: lower-case text with curly apostrophes made straight. */
  key?: string;
  /** Words only: first of its sentence, or first after an opening quote mark or a colon. */
  startsClause?: boolean;
  notProse?: NotProse;
}

export interface ChunkSentence {
  start: number;
  end: number;
  tokens: ChunkToken[];
}

/** The sentences of a paragraph tree; `source` is the text the tree was parsed from. */
export function readParagraph(tree: NlcstParagraph, source: string): ChunkSentence[] {
  return tree.children
    .filter((node): node is NlcstSentence => node.type === 'SentenceNode')
    .map((node) => readSentence(node, source.slice(offsetOf(node, 'start'), offsetOf(node, 'end'))));
}

const tokenKinds: Record<string, TokenKind> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
  SourceNode: 'source',
};

const openingMarks = new Set(['“', '"', '‘', "'", '«', ':', '(', '[', '—', '–']);

function offsetOf(node: Positioned, side: 'start' | 'end'): number {
  return node.position?.[side].offset ?? 0;
}

function readSentence(node: NlcstSentence, source: string): ChunkSentence {
  const sentenceStart = offsetOf(node, 'start');
  const sentence: ChunkSentence = { start: sentenceStart, end: offsetOf(node, 'end'), tokens: [] };
  const notProse = notProseSpans(source, sentenceStart);
  let previous: ChunkToken | undefined;
  let words = 0;
  for (const child of node.children) {
    const kind = tokenKinds[child.type];
    if (!kind) continue;
    const start = offsetOf(child, 'start');
    const end = offsetOf(child, 'end');
    let token: ChunkToken;
    if (kind === 'word') {
      // A word's text is its stretch of the sentence: the tree's pieces of it, joined, spell the same.
      const text = source.slice(start - sentenceStart, end - sentenceStart);
      const lower = text.toLowerCase();
      // Every field in one literal: a word given its fields one by one carried a second block of memory for them (100,000 of them in a long draft).
      token = {
        kind,
        text,
        start,
        end,
        key: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
        startsClause: words++ === 0 || (previous !== undefined && openingMarks.has(previous.text)),
        notProse: notProse.find((span) => span.start < end && start < span.end)?.reason ?? (/\d/.test(text) ? 'number' : undefined),
      };
    } else token = { kind, text: 'value' in child ? child.value : textOf(child), start, end };
    sentence.tokens.push(token);
    if (kind !== 'whitespace') previous = token;
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
  // Tags pasted into plain text with an embed: <tweet author="…" datetime="…">.
  ['markup', /<\/?[a-z][\w-]*(?:\s[^<>]*)?>/giu],
];

/** A cheap first look, so ordinary sentences skip the patterns above. */
const mayHoldAddress = /[@#/<]|www\.|\.(?:com|org|net|gov|edu|io|co|uk|in|pk|int)\b/i;

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
