/**
 * Changes to the desk's style sheet that Copydesk makes for the user (add a
 * word, make a spelling the desk's), as text edits: the desk's comments,
 * order and formatting survive, as if a careful colleague had typed them.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions, type JSONPath, type Node as JsonNode } from 'jsonc-parser';

/** What a new style sheet starts as: every setting, explained where it stands. */
export const styleSheetTemplate = `// The desk's style sheet for Copydesk. Everyone on the desk shares it:
// keep it next to the drafts (any folder above them works too).
{
  // "auto" reads the article's own spellings; or "en-US", "en-GB".
  "dialect": "auto",

  // A severity per rule: "error", "warning", "info" or "off".
  "rules": {},

  // Words that are right even if no dictionary knows them.
  "words": [],

  // The desk's spelling of a name, and the spellings to correct to it.
  "names": {},

  // Acronyms readers know without a spelled-out first reference.
  "acronyms": { "known": [] },

  // Extra phrases that attribute a quote, besides "said", "told", "according to"…
  "attributionVerbs": []
}
`;

export function addWord(text: string, word: string): string {
  const base = text.trim() === '' ? styleSheetTemplate : text;
  const words = findNodeAtLocation(parseTree(base) ?? { type: 'null', offset: 0, length: 0 }, ['words']);
  refuseToReplace(words, 'array', '"words"');
  const list = words?.type === 'array' ? (words.children ?? []).map((child) => child.value) : [];
  if (list.includes(word)) return base;
  if (words?.type === 'array') return appendToArray(base, words, ['words', list.length], word);
  return applyEdits(base, modify(base, ['words'], [word], { formattingOptions: formattingOf(base) }));
}

/** Records `canonical` as the desk's spelling, with `variant` among the spellings to correct. */
export function setDeskSpelling(text: string, canonical: string, variant: string): string {
  const base = text.trim() === '' ? styleSheetTemplate : text;
  const tree = parseTree(base);
  const names = tree && findNodeAtLocation(tree, ['names']);
  refuseToReplace(names, 'object', '"names"');
  if (!names) return applyEdits(base, modify(base, ['names'], { [canonical]: [variant] }, { formattingOptions: formattingOf(base) }));
  const entry = findNodeAtLocation(names, [canonical]);
  refuseToReplace(entry, 'array', `"names" → "${canonical}"`);
  const variants = entry?.type === 'array' ? (entry.children ?? []).map((child) => child.value) : [];
  if (variants.includes(variant)) return base;
  if (entry?.type === 'array') return appendToArray(base, entry, ['names', canonical, variants.length], variant);
  return applyEdits(base, modify(base, ['names', canonical], [variant], { formattingOptions: formattingOf(base) }));
}

/**
 * A setting of the wrong type is the desk's to correct: replacing it would
 * throw away what a colleague wrote. The editor shows this message.
 */
function refuseToReplace(node: JsonNode | undefined, type: 'array' | 'object', name: string): void {
  if (node && node.type !== type) throw new Error(`its ${name} is not ${type === 'array' ? 'a list in square brackets' : 'an object in braces'}; correct it by hand first`);
}

/**
 * Adds a string at the end of an array. A list written on one line stays on
 * one line (jsonc-parser would spread it over several); a list already laid
 * out one item per line gets the parser's formatting, which matches it.
 */
function appendToArray(text: string, array: JsonNode, path: JSONPath, value: string): string {
  const source = text.slice(array.offset, array.offset + array.length);
  if (/\r|\n/.test(source)) {
    return applyEdits(text, modify(text, path, value, { formattingOptions: formattingOf(text), isArrayInsertion: true }));
  }
  const items = array.children ?? [];
  const last = items[items.length - 1];
  const at = last ? last.offset + last.length : array.offset + 1;
  return text.slice(0, at) + (last ? ', ' : '') + JSON.stringify(value) + text.slice(at);
}

/** Keeps the file's own indentation and line endings. */
function formattingOf(text: string): FormattingOptions {
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.includes('\t'),
    tabSize: indent.includes('\t') ? 4 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}
