/**
 * How far apart two spellings are, in typing mistakes: a letter left out,
 * added, changed, or two letters swapped (Damerau's four edits). The weighted
 * distance prices them as typists make them: a neighbouring key, a vowel for a
 * vowel, a doubled or undoubled letter and a swap are cheaper than a random
 * letter, so "recieve" is nearer "receive" than "relieve".
 */
import { keyboardRows } from '../data/keyboard';

const vowels = new Set('aeiouy');

const neighbours = new Set<string>();
for (let row = 0; row < keyboardRows.length; row++) {
  const keys = keyboardRows[row];
  for (let i = 0; i < keys.length; i++) {
    const near = [keys[i - 1], keys[i + 1], keyboardRows[row - 1]?.[i], keyboardRows[row - 1]?.[i + 1], keyboardRows[row + 1]?.[i - 1], keyboardRows[row + 1]?.[i]];
    for (const other of near) if (other) neighbours.add(keys[i] + other).add(other + keys[i]);
  }
}

export const costs = {
  transpose: 0.6,
  /** A doubled letter typed once or a single one typed twice (occured, untill). */
  doubling: 0.5,
  insertOrDelete: 1,
  neighbourKey: 0.7,
  vowelForVowel: 0.7,
  substitute: 1,
};

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if (neighbours.has(a + b)) return costs.neighbourKey;
  if (vowels.has(a) && vowels.has(b)) return costs.vowelForVowel;
  return costs.substitute;
}

/** Cost of the letter at `i` of `word` being typed extra (or left out of it). */
function indel(word: string, i: number): number {
  return word[i] === word[i - 1] || word[i] === word[i + 1] ? costs.doubling : costs.insertOrDelete;
}

/**
 * Weighted optimal-string-alignment distance from `typed` to `intended`, or
 * Infinity as soon as it must exceed `limit`.
 */
export function typingDistance(typed: string, intended: string, limit: number): number {
  const m = typed.length;
  const n = intended.length;
  if (Math.abs(m - n) * costs.doubling > limit) return Infinity;
  let before = new Array<number>(n + 1).fill(0);
  let previous = new Array<number>(n + 1);
  let current = new Array<number>(n + 1);
  previous[0] = 0;
  for (let j = 1; j <= n; j++) previous[j] = previous[j - 1] + indel(intended, j - 1);
  for (let i = 1; i <= m; i++) {
    current[0] = previous[0] + indel(typed, i - 1);
    let rowMin = current[0];
    for (let j = 1; j <= n; j++) {
      let best = Math.min(
        previous[j] + indel(typed, i - 1),
        current[j - 1] + indel(intended, j - 1),
        previous[j - 1] + substitution(typed[i - 1], intended[j - 1]),
      );
      if (i > 1 && j > 1 && typed[i - 1] === intended[j - 2] && typed[i - 2] === intended[j - 1] && typed[i - 1] !== typed[i - 2]) {
        best = Math.min(best, before[j - 2] + costs.transpose);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return Infinity;
    [before, previous, current] = [previous, current, before];
  }
  return previous[n] <= limit ? previous[n] : Infinity;
}

/** Plain count of Damerau edits (optimal string alignment), or Infinity past `limit`. */
export function editCount(a: string, b: string, limit: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return Infinity;
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2] + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return Infinity;
    [before, previous, current] = [previous, current, before];
  }
  return previous[n] <= limit ? previous[n] : Infinity;
}

/**
 * Whether `typed` is `intended` with one run of up to `longest` letters left
 * out: a dropped syllable, as in "de-escate" for "de-escalate".
 */
export function dropsOneRun(typed: string, intended: string, longest: number): boolean {
  const gap = intended.length - typed.length;
  if (gap < 1 || gap > longest) return false;
  let head = 0;
  while (head < typed.length && typed[head] === intended[head]) head++;
  return typed.slice(head) === intended.slice(head + gap);
}

const alphabet = "abcdefghijklmnopqrstuvwxyz'";

/** Every string one Damerau edit from the word (letters and apostrophes only). */
export function* oneEditAway(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) yield head + tail.slice(1);
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2);
    for (const letter of alphabet) {
      if (tail && letter !== tail[0]) yield head + letter + tail.slice(1);
      yield head + letter + tail;
    }
  }
}
