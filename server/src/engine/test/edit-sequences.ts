/**
 * Random edit sequences, the way a reporter edits a draft: letters typed into
 * words and between them, names retyped, quotation marks and full stops
 * added and removed, lines broken and joined, paragraphs cut and pasted,
 * sentences pasted from elsewhere, and now and then an undo. Seeded, so a
 * failure can be replayed.
 */
export { seededRandom as random } from '../../../test/seeded-random';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

const typed = 'etaoinshrdlu'.split('').concat(['E', 'Q', ' ', ' ', '.', ',', '“', '”', '"', "'", '’', '\n', '(', ')', '—', ':', '-']);
const pasted = [
  'Bolton said.',
  '“We will not stand for it,” said Foreign Minister Shah Mehmood Qureshi.',
  ' the Central Reserve Police Force (CRPF) ',
  ' JeM ',
  '“It is over.',
  ' officials said ',
  ' Qureshi ',
  ' Quraishi ',
  'neighbors',
  '\n\n',
  '\r\n',
  '## A heading\n',
  ' he claimed ',
  ' according to a statement ',
];

/** The next edit to `text`. */
export function randomEdit(text: string, next: () => number): Edit {
  const at = (n = text.length) => Math.floor(next() * (n + 1));
  const wordStart = () => {
    const i = text.indexOf(' ', at());
    return i < 0 ? text.length : i + 1;
  };
  const choice = next();
  if (choice < 0.35) {
    // A letter at the end of a word, or anywhere.
    const i = next() < 0.6 ? Math.max(0, wordStart() - 1) : at();
    return { start: i, end: i, text: typed[Math.floor(next() * typed.length)] };
  }
  if (choice < 0.5) {
    // Backspace, or a few characters deleted.
    const i = at();
    return { start: Math.max(0, i - 1 - Math.floor(next() * (next() < 0.8 ? 1 : 20))), end: i, text: '' };
  }
  if (choice < 0.6) {
    // A word capitalised or retyped.
    const i = wordStart();
    const end = text.slice(i).search(/[^\p{L}]/u);
    const word = text.slice(i, end < 0 ? text.length : i + end);
    if (word.length === 0) return { start: i, end: i, text: 'X' };
    const respelt = next() < 0.5 ? word[0].toUpperCase() + word.slice(1) : word.slice(0, -1) + 'a';
    return { start: i, end: i + word.length, text: respelt };
  }
  if (choice < 0.75) {
    const i = next() < 0.5 ? wordStart() : at();
    return { start: i, end: i, text: pasted[Math.floor(next() * pasted.length)] };
  }
  if (choice < 0.85) {
    // A whole line deleted.
    const lineStart = text.lastIndexOf('\n', at()) + 1;
    const lineEnd = text.indexOf('\n', lineStart);
    const end = lineEnd < 0 ? text.length : lineEnd + 1;
    return { start: lineStart, end, text: '' };
  }
  if (choice < 0.92) {
    // A stretch of the draft pasted again somewhere else.
    const from = at();
    const copy = text.slice(from, from + Math.floor(next() * 300));
    const i = at();
    return { start: i, end: i, text: copy };
  }
  // Lines joined, or a line broken in two.
  const i = text.indexOf('\n', at());
  return i < 0 ? { start: at(), end: at(), text: '\n' } : { start: i, end: i + 1, text: next() < 0.5 ? ' ' : '' };
}

export function apply(text: string, edit: Edit): string {
  const start = Math.min(edit.start, edit.end);
  const end = Math.max(edit.start, edit.end);
  return text.slice(0, start) + edit.text + text.slice(end);
}
