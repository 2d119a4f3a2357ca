/**
 * The one parse: source text → prose paragraphs as nlcst trees with absolute
 * offsets. Markdown goes through remark (code, HTML, front matter and link
 * targets are not prose and never reach the rules); plain text and the
 * `article` language go straight to retext's English parser.
 *
 * Paragraph boundaries follow news copy: in plain text every line is a
 * paragraph (wire copy puts one on each line). In Markdown, blank lines end
 * paragraphs, except in a draft with no blank line at all, which is copy
 * pasted into a .md file and is read one paragraph per line.
 */
import { ParseEnglish } from 'parse-english';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toNlcst } from 'mdast-util-to-nlcst';
import { VFile } from 'vfile';
import type { Paragraph as NlcstParagraph, Root as NlcstRoot } from 'nlcst';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';

export type BlockKind = 'heading' | 'body';

export interface ProseBlock {
  kind: BlockKind;
  /** Offsets of the block in the source (Markdown markers included). */
  start: number;
  end: number;
  /** Zero-based line where the block starts. */
  line: number;
  /** The paragraph's nlcst tree; its offsets are relative to `base`. */
  tree: NlcstParagraph;
  /** Where the text that was parsed starts in the source (a line parsed on its own). */
  base: number;
}

const english = new ParseEnglish();
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

export function parseProse(text: string, languageId: string): ProseBlock[] {
  if (languageId === 'markdown') {
    return hasBlankLine(text) ? parseMarkdown(text, 0, 0) : eachLine(text, (line, offset, lineNo) => parseMarkdown(line, offset, lineNo));
  }
  return eachLine(text, (line, offset, lineNo) => parsePlainLine(line, offset, lineNo));
}

function hasBlankLine(text: string): boolean {
  return /(^|\r\n|\r|\n)[ \t]*(\r\n|\r|\n)/.test(text.trimEnd());
}

/** Runs `parse` on every non-blank line, with the line's offset and number. */
function eachLine(text: string, parse: (line: string, offset: number, lineNo: number) => ProseBlock[]): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let offset = 0;
  let lineNo = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const end = match ? match.index : text.length;
    const line = text.slice(offset, end);
    if (line.trim() !== '') blocks.push(...parse(line, offset, lineNo));
    if (!match) break;
    offset = match.index + match[0].length;
    lineNo++;
  }
  return blocks;
}

function parsePlainLine(line: string, offset: number, lineNo: number): ProseBlock[] {
  const root = english.parse(line);
  const paragraphs = root.children.filter((node): node is NlcstParagraph => node.type === 'ParagraphNode');
  return paragraphs.map((tree) => ({ kind: 'body' as const, start: offset, end: offset + line.length, line: lineNo, tree, base: offset }));
}

function parseMarkdown(source: string, offset: number, lineNo: number): ProseBlock[] {
  const tree = markdown.parse(source) as MdastRoot;
  const file = new VFile(source);
  const blocks: ProseBlock[] = [];
  const visit = (node: MdastNodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const root = toNlcst(node, file, ParseEnglish) as NlcstRoot;
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      for (const child of root.children) {
        if (child.type !== 'ParagraphNode') continue;
        blocks.push({
          kind: node.type === 'heading' ? 'heading' : 'body',
          start: start + offset,
          end: end + offset,
          line: (node.position?.start.line ?? 1) - 1 + lineNo,
          tree: child,
          base: offset,
        });
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as MdastNodes);
  };
  visit(tree);
  return blocks;
}
