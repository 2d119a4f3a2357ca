/**
 * The one parse: source text → prose paragraphs as nlcst trees. Markdown goes
 * through remark (code, HTML, front matter and link targets are not prose and
 * never reach the rules); plain text and the `article` language go straight
 * to retext's English parser.
 *
 * Paragraph boundaries follow news copy: in plain text every line is a
 * paragraph (wire copy puts one on each line). In Markdown, blank lines end
 * paragraphs, except in a draft with no blank line at all, which is copy
 * pasted into a .md file and is read one paragraph per line.
 *
 * The text is parsed in chunks — a line of plain text, a run of Markdown
 * between blank lines — and each chunk's parse is kept, keyed by its text. A
 * keystroke changes one chunk, so only that chunk is parsed again. What is
 * kept is the chunk's tokens (see tokens.ts), not retext's trees, which are
 * many times larger; their offsets are relative to the chunk, which is what
 * lets them be reused wherever the chunk moves.
 */
import { ParseEnglish } from 'parse-english';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { markdownProse } from './markdown-prose';
import { readParagraph, type ChunkSentence } from './tokens';
import { ownString } from './own-string';
import type { Paragraph as NlcstParagraph } from 'nlcst';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';

export type BlockKind = 'heading' | 'body';

export interface ProseBlock {
  kind: BlockKind;
  /** Offsets of the block in the source (Markdown markers included). */
  start: number;
  end: number;
  /** Zero-based line where the block starts. */
  line: number;
  /** The paragraph's sentences; their offsets are relative to `base`. Shared: never change them. */
  sentences: ChunkSentence[];
  /** Where the chunk that was parsed starts in the source. */
  base: number;
}

/** A block as parsed from its chunk alone: offsets and line relative to the chunk. */
type ChunkBlock = Omit<ProseBlock, 'base'>;

interface Chunk {
  text: string;
  offset: number;
  line: number;
}

const english = new ParseEnglish();
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

export function parseProse(text: string, languageId: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  for (const chunk of chunksOf(text, languageId)) addBlocks(blocks, chunk, parsedChunk(chunk, languageId));
  return blocks;
}

/**
 * Parses the text's chunks into the cache one at a time, a step for each
 * chunk parsed: what `parseProse` will find there, for a long draft's first
 * check made in steps (see DraftChecker.steps), so that the language server
 * can answer the editor between them.
 */
export function* parseInSteps(text: string, languageId: string): Generator<void, void> {
  for (const chunk of chunksOf(text, languageId)) {
    parsedChunk(chunk, languageId);
    yield;
  }
}

function chunksOf(text: string, languageId: string): Chunk[] {
  return languageId === 'markdown' && hasBlankLine(text) ? markdownChunks(text) : lineChunks(text);
}

/** A chunk's parse, from the cache or made now. */
function parsedChunk(chunk: Chunk, languageId: string): readonly ChunkBlock[] {
  return languageId === 'markdown' ? chunkCache.get('md', chunk.text, parseMarkdownChunk) : chunkCache.get('txt', chunk.text, parsePlainChunk);
}

/** A chunk's blocks, placed where the chunk stands in the source. */
function addBlocks(blocks: ProseBlock[], chunk: Chunk, parsed: readonly ChunkBlock[]): void {
  for (const block of parsed) {
    blocks.push({
      kind: block.kind,
      start: block.start + chunk.offset,
      end: block.end + chunk.offset,
      line: block.line + chunk.line,
      sentences: block.sentences,
      base: chunk.offset,
    });
  }
}

/**
 * The blocks of plain text (or the `article` language) between two line
 * starts, `from` on line `line`: what parseProse gives there, read without
 * splitting the rest of the draft into lines again.
 */
export function parseLines(text: string, from: number, to: number, line: number): { blocks: ProseBlock[]; breaks: number } {
  const blocks: ProseBlock[] = [];
  let breaks = 0;
  // `to` is a line start or the end of the text: every line before it ends in a break.
  for (const { text: value, offset, next } of linesOf(text, from)) {
    if (offset >= to) break;
    if (value.trim() !== '') addBlocks(blocks, { text: value, offset, line: line + breaks }, chunkCache.get('txt', value, parsePlainChunk));
    if (next === offset + value.length) break;
    breaks++;
  }
  return { blocks, breaks };
}

/** How many line breaks (\r\n counted once) lie between two offsets of the text. */
export function lineBreaksBetween(text: string, from: number, to: number): number {
  const lineBreak = /\r\n|\r|\n/g;
  lineBreak.lastIndex = from;
  let breaks = 0;
  for (let match = lineBreak.exec(text); match !== null && match.index < to; match = lineBreak.exec(text)) breaks++;
  return breaks;
}

function hasBlankLine(text: string): boolean {
  return /(^|\r\n|\r|\n)[ \t]*(\r\n|\r|\n)/.test(text.trimEnd());
}

interface Line {
  text: string;
  offset: number;
  /** Offset just past its line break. */
  next: number;
}

/** The lines of the text from `from` (a line start) on. */
function* linesOf(text: string, from = 0): Generator<Line> {
  const lineBreak = /\r\n|\r|\n/g;
  lineBreak.lastIndex = from;
  let offset = from;
  for (;;) {
    const match = lineBreak.exec(text);
    const end = match ? match.index : text.length;
    const next = match ? end + match[0].length : end;
    yield { text: text.slice(offset, end), offset, next };
    if (!match) return;
    offset = next;
  }
}

/** Every non-blank line is a chunk. */
function lineChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let line = 0;
  for (const { text: value, offset } of linesOf(text)) {
    if (value.trim() !== '') chunks.push({ text: value, offset, line });
    line++;
  }
  return chunks;
}

/**
 * Markdown split at blank lines, never inside front matter or a fenced code
 * block (whose blank lines belong to it). Each chunk parses the same alone as
 * in the whole document, as far as prose is concerned.
 */
function markdownChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | undefined;
  let fence: string | undefined;
  let frontMatter = false;
  let line = 0;
  for (const { text: value, offset, next } of linesOf(text)) {
    if (line === 0 && /^(---|\+\+\+)\s*$/.test(value)) frontMatter = true;
    else if (frontMatter && /^(---|\+\+\+|\.\.\.)\s*$/.test(value)) frontMatter = false;
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(value)?.[1];
    if (fence === undefined && opener) fence = opener;
    else if (fence !== undefined && new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(value)) fence = undefined;

    const blank = value.trim() === '';
    if (blank && fence === undefined && !frontMatter) {
      if (current) chunks.push(current);
      current = undefined;
    } else if (current) {
      current.text = text.slice(current.offset, offset + value.length);
    } else {
      current = { text: value, offset, line };
    }
    line++;
    if (next === offset + value.length) break;
  }
  if (current) chunks.push(current);
  return chunks;
}

function parsePlainChunk(line: string): ChunkBlock[] {
  const root = english.parse(line);
  return root.children
    .filter((node): node is NlcstParagraph => node.type === 'ParagraphNode')
    .map((tree) => ({ kind: 'body' as const, start: 0, end: line.length, line: 0, sentences: readParagraph(tree, line) }));
}

function parseMarkdownChunk(source: string): ChunkBlock[] {
  const tree = markdown.parse(source) as MdastRoot;
  const blocks: ChunkBlock[] = [];
  const visit = (node: MdastNodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const root = markdownProse(node, source, english);
      for (const child of root.children) {
        if (child.type !== 'ParagraphNode') continue;
        blocks.push({
          kind: node.type === 'heading' ? 'heading' : 'body',
          start: node.position?.start.offset ?? 0,
          end: node.position?.end.offset ?? 0,
          line: (node.position?.start.line ?? 1) - 1,
          sentences: readParagraph(child, source),
        });
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as MdastNodes);
  };
  visit(tree);
  return blocks;
}

/**
 * Parses by chunk text, least recently used first out. Bounded by weight: a
 * chunk's characters plus a fixed cost per entry, since a parse takes about
 * 40 bytes a character and near a kilobyte for even the shortest line; so a
 * flood of short lines is bounded as well as a few long ones.
 */
export class ChunkCache {
  private readonly entries = new Map<string, ChunkBlock[]>();
  private total = 0;

  constructor(readonly limit: number) {}

  /** Forgets every parse (the CLI reads each file once). */
  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  /** What the cache holds now, in the units of `limit`. */
  get weight(): number {
    return this.total;
  }

  get(kind: string, text: string, parse: (text: string) => ChunkBlock[]): ChunkBlock[] {
    const key = `${kind}\u0000${text}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    // The key and the parse are the chunk's own: cut from the draft, `text` would keep the whole draft (see own-string.ts).
    const own = ownString(text);
    const blocks = parse(own);
    const ownKey = `${kind}\u0000${own}`;
    this.entries.set(ownKey, blocks);
    this.total += weightOf(ownKey);
    for (const [oldest] of this.entries) {
      if (this.total <= this.limit) break;
      this.entries.delete(oldest);
      this.total -= weightOf(oldest);
    }
    return blocks;
  }
}

const weightOf = (key: string) => key.length + 24;

/**
 * About 120 MB at most: three times the live check limit, which holds a huge
 * draft as it is edited, or fifty long articles. (Eight million characters,
 * the bound before, let a long day's typing hold over 300 MB.)
 */
export const chunkCache = new ChunkCache(3_000_000);
