/**
 * Garbled characters: text saved as UTF-8 and read back as Windows-1252 (or
 * Latin-1), as copy passing between systems sometimes is. Each accented
 * letter or curly mark becomes two or three others: "François" reads
 * "FranÃ§ois", "Trump’s" reads "Trumpâ€™s"; read wrongly twice, "Chávez"
 * reads "ChÃ\u0083Â¡vez". The bytes are all still there, so the text can be
 * put back exactly: each such sequence is turned back into its bytes and
 * read as UTF-8, until none is left.
 */

/** Windows-1252's characters for bytes 0x80–0x9F that differ from Latin-1's. */
const windows1252: ReadonlyMap<string, number> = new Map([
  ['€', 0x80], ['‚', 0x82], ['ƒ', 0x83], ['„', 0x84], ['…', 0x85], ['†', 0x86], ['‡', 0x87], ['ˆ', 0x88],
  ['‰', 0x89], ['Š', 0x8a], ['‹', 0x8b], ['Œ', 0x8c], ['Ž', 0x8e], ['‘', 0x91], ['’', 0x92], ['“', 0x93],
  ['”', 0x94], ['•', 0x95], ['–', 0x96], ['—', 0x97], ['˜', 0x98], ['™', 0x99], ['š', 0x9a], ['›', 0x9b],
  ['œ', 0x9c], ['ž', 0x9e], ['Ÿ', 0x9f],
]);

/** A UTF-8 continuation byte, as Windows-1252 or Latin-1 shows it. */
const continuation = `[\\u0080-\\u00BF${[...windows1252.keys()].join('')}]`;
/** The first byte of a two- or three-byte UTF-8 letter, then its continuation bytes. */
const sequence = new RegExp(`[\\u00C2-\\u00DF]${continuation}|[\\u00E0-\\u00EF]${continuation}{2}`, 'gu');
/**
 * Garbling that could not be put back, where bytes were lost on the way: a
 * first byte still followed by a continuation byte, an "Ã" or "Â" left alone
 * (the first bytes of almost every accented letter), or a word opening with
 * an accent that lost its letter.
 */
const leftOver = new RegExp(`[\\u00C2-\\u00EF]${continuation}|[ÂÃ]|^\\p{M}`, 'u');

/**
 * What a sequence read as UTF-8 says, if it is a letter or mark of European
 * text written in Latin letters (up to Latin Extended-A, with the general
 * punctuation, € and ™). Anything else is taken for text that is right: "Ç’"
 * would make "ǒ", and "café’”" a Chinese character.
 */
function decoded(garbled: string): string | undefined {
  const bytes = [...garbled].map((c) => windows1252.get(c) ?? c.charCodeAt(0));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
  const code = text.codePointAt(0) ?? 0;
  return code <= 0x17f || (code >= 0x2000 && code <= 0x206f) || code === 0x20ac || code === 0x2122 ? text : undefined;
}

/** The text with every garbled sequence put back, read wrongly up to three times over; itself when it has none. */
export function ungarbled(text: string): string {
  let now = text;
  for (let round = 0; round < 3; round++) {
    const next = now.replace(sequence, (garbled) => decoded(garbled) ?? garbled);
    if (next === now) break;
    now = next;
  }
  return now;
}

export interface GarbledWord {
  start: number;
  end: number;
  text: string;
  /** As it was written before it was garbled; undefined where some of its bytes were lost on the way (it must be retyped). */
  meant?: string;
}

/** Whether a text may hold a garbled sequence: one scan, for picking out the few sentences that do. */
export function mayBeGarbled(text: string): boolean {
  return anySequence.test(text);
}

const anySequence = new RegExp(sequence.source, 'u');

/**
 * The words of `text` with garbled characters, and what they said: each is
 * the stretch between spaces, less the punctuation at either end that the
 * garbling left alone (“FranÃ§ois,” is the word FranÃ§ois). Only sequences
 * that start between `start` and `end` are looked for (a sentence of the
 * draft, say); the word around one may reach past them.
 */
export function garbledWords(text: string, start = 0, end = text.length): GarbledWord[] {
  const found: GarbledWord[] = [];
  let after = start;
  // A scanner of its own: `ungarbled` below runs `sequence` over each word.
  const scan = new RegExp(sequence.source, 'gu');
  scan.lastIndex = start;
  for (let match = scan.exec(text); match && match.index < end; match = scan.exec(text)) {
    const at = match.index;
    if (at < after) continue;
    // The stretch between spaces that holds it.
    let from = at;
    while (from > 0 && !/\s/u.test(text[from - 1])) from--;
    let to = at + match[0].length;
    while (to < text.length && !/\s/u.test(text[to])) to++;
    after = to;
    const chunk = text.slice(from, to);
    const fixed = ungarbled(chunk);
    if (fixed === chunk) continue;
    let head = 0;
    while (chunk[head] === fixed[head] && isPunctuation(chunk[head])) head++;
    let tail = 0;
    while (chunk[chunk.length - 1 - tail] === fixed[fixed.length - 1 - tail] && isPunctuation(chunk[chunk.length - 1 - tail])) tail++;
    const meant = fixed.slice(head, fixed.length - tail);
    found.push({ start: from + head, end: to - tail, text: chunk.slice(head, chunk.length - tail), meant: leftOver.test(meant) ? undefined : meant });
  }
  return found;
}

const isPunctuation = (c: string) => /[\p{P}\p{S}]/u.test(c);
