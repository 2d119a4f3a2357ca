/**
 * A Markdown paragraph or heading as nlcst, each token placed on the source
 * text it was read from.
 *
 * mdast-util-to-nlcst, which this replaces, places tokens by counting the
 * characters of a text node's decoded value from the node's start. That
 * drifts wherever Markdown's source and its text differ: the "> " on each
 * line of a block quote, a list item's indentation, "\*", "&amp;". A quick
 * fix aimed by those offsets lands beside the word it means ("They played
 * the\n> the final." became "They played thehe final."). Here every
 * character of the decoded text is traced back to the source; a text that
 * cannot be traced is kept as source, never given guessed offsets.
 *
 * It reads Markdown as mdast-util-to-nlcst did: inline code is source, not
 * prose; tables are not prose; an image's alt text is.
 */
import { decodeString } from 'micromark-util-decode-string';
import type { ParseEnglish } from 'parse-english';
import type { Nodes as MdastNodes } from 'mdast';
import type { Paragraph, Root, Sentence, SentenceContent, Source, WhiteSpace } from 'nlcst';
import type { Point } from 'unist';

const notProse = new Set(['table', 'tableRow', 'tableCell']);
const terminalMarker = /^([!.?\u2026\u203D]+)$/;
const lineBreaks = /^[ \t]*((\r?\n|\r)[\t ]*)+$/;
/** A backslash escape or a character reference, at one place (sticky). */
const escapeOrReference = /\\[!-/:-@[-`{-~]|&(?:#(?:\d{1,7}|[xX][\da-fA-F]{1,6})|[\da-zA-Z]{1,31});/y;

type Node = SentenceContent | Sentence | Paragraph | Root;

class Reader {
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly source: string,
    private readonly parser: ParseEnglish,
  ) {
    for (const match of source.matchAll(/\r\n|\r|\n/g)) this.lineStarts.push((match.index ?? 0) + match[0].length);
  }

  root(node: MdastNodes): Root {
    return this.toRoot(this.one(node));
  }

  private point(offset: number): Point {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1, offset };
  }

  private place<T extends Node>(node: T, start: number, end: number): T {
    node.position = { start: this.point(start), end: this.point(end) };
    return node;
  }

  private one(node: MdastNodes): SentenceContent[] {
    if (notProse.has(node.type)) return [];
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if ('children' in node) return this.all(node.children as MdastNodes[]);
    if (start === undefined || end === undefined) return [];
    if (node.type === 'inlineCode') return [this.sourceNode(start, end)];
    if (node.type === 'text') return this.traced(node.value, start, end);
    if ((node.type === 'image' || node.type === 'imageReference') && node.alt) return this.traced(node.alt, start + 2, end);
    if (node.type === 'break') {
      const lineEnd = /\r\n|\r|\n/.exec(this.source.slice(start, end));
      if (!lineEnd) return [];
      const at = start + lineEnd.index;
      return [this.place<WhiteSpace>({ type: 'WhiteSpaceNode', value: lineEnd[0] }, at, at + lineEnd[0].length)];
    }
    return [];
  }

  private all(children: MdastNodes[]): SentenceContent[] {
    const results: SentenceContent[] = [];
    let previousEnd: number | undefined;
    for (const child of children) {
      const start = child.position?.start.offset;
      if (previousEnd !== undefined && start !== undefined && start > previousEnd) {
        const gap = this.source.slice(previousEnd, start);
        if (lineBreaks.test(gap)) results.push(this.place<WhiteSpace>({ type: 'WhiteSpaceNode', value: gap }, previousEnd, start));
      }
      results.push(...this.one(child));
      previousEnd = child.position?.end.offset ?? previousEnd;
    }
    return results;
  }

  private sourceNode(start: number, end: number): Source {
    return this.place<Source>({ type: 'SourceNode', value: this.source.slice(start, end) }, start, end);
  }

  /** Tokens of a decoded text, placed on the source from `start` to `end` it was decoded from. */
  private traced(value: string, start: number, end: number): SentenceContent[] {
    const units = trace(value, this.source, start, end);
    if (!units) return [this.sourceNode(start, end)];
    const tokens = this.parser.tokenize(value);
    let at = 0;
    const placeAll = (nodes: Node[]) => {
      for (const node of nodes) {
        const from = at;
        if ('children' in node) placeAll(node.children as Node[]);
        else at += node.value.length;
        if (at > from) this.place(node, units.starts[from], units.ends[at - 1]);
      }
    };
    placeAll(tokens);
    return tokens;
  }

  /** What mdast-util-to-nlcst does with a paragraph's content: sentences, then paragraphs, by parse-english's own plugins. */
  private toRoot(nodes: SentenceContent[]): Root {
    if (nodes.length === 0) return { type: 'RootNode', children: [] };
    const start = nodes[0].position?.start.offset ?? 0;
    const end = nodes[nodes.length - 1].position?.end.offset ?? start;
    const sentence = this.place<Sentence>({ type: 'SentenceNode', children: nodes }, start, end);
    for (const plugin of this.parser.tokenizeSentencePlugins) plugin(sentence);
    const paragraph = this.place<Paragraph>({ type: 'ParagraphNode', children: split(sentence, 'PunctuationNode', terminalMarker) as Sentence[] }, start, end);
    for (const plugin of this.parser.tokenizeParagraphPlugins) plugin(paragraph);
    const root = this.place<Root>({ type: 'RootNode', children: split(paragraph, 'WhiteSpaceNode', lineBreaks) as Paragraph[] }, start, end);
    for (const plugin of this.parser.tokenizeRootPlugins) plugin(root);
    return root;
  }
}

/**
 * Where each code unit of a decoded text came from in `source[from, to)`:
 * the start and end of the source it was decoded from (one character, an
 * escape, a reference). Source that decodes to nothing — a block quote's "> ",
 * a continuation line's indentation — is stepped over. Undefined when the
 * text does not come from that source.
 */
function trace(value: string, source: string, from: number, to: number): { starts: number[]; ends: number[] } | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  const unit = (length: number, span: number, at: number) => {
    for (let k = 0; k < length; k++) {
      starts.push(at);
      ends.push(at + span);
    }
  };
  let j = from;
  for (let i = 0; i < value.length; ) {
    if (j >= to) return undefined;
    const c = value[i];
    escapeOrReference.lastIndex = j;
    const coded = source[j] === '\\' || source[j] === '&' ? escapeOrReference.exec(source)?.[0] : undefined;
    const decoded = coded !== undefined && j + coded.length <= to ? decodeString(coded) : undefined;
    if (coded !== undefined && decoded !== undefined && decoded !== coded && decoded !== '' && value.startsWith(decoded, i)) {
      unit(decoded.length, coded.length, j);
      i += decoded.length;
      j += coded.length;
    } else if (c === '\n' && source[j] === '\r' && source[j + 1] === '\n') {
      unit(1, 2, j);
      i += 1;
      j += 2;
    } else if (source[j] === c || (c === '\ufffd' && source[j] === '\u0000')) {
      unit(1, 1, j);
      i += 1;
      j += 1;
    } else {
      j += 1;
    }
  }
  return { starts, ends };
}

function split(node: Sentence | Paragraph, childType: string, expression: RegExp): Node[] {
  const result: Node[] = [];
  const children = node.children as Node[];
  let start = 0;
  for (let index = 0; index < children.length; index++) {
    const token = children[index];
    if (index === children.length - 1 || (token.type === childType && expression.test(toText(token)))) {
      const parent = { type: node.type, children: children.slice(start, index + 1) } as Node;
      const first = children[start];
      if (first.position && token.position) parent.position = { start: first.position.start, end: token.position.end };
      result.push(parent);
      start = index + 1;
    }
  }
  return result;
}

function toText(node: Node): string {
  return 'value' in node ? node.value : (node.children as Node[]).map(toText).join('');
}

export function markdownProse(node: MdastNodes, source: string, parser: ParseEnglish): Root {
  return new Reader(source, parser).root(node);
}
