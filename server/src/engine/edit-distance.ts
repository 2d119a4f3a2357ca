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
  /** A letter left out: fast typists drop letters more often than they add them. */
  omission: 0.8,
  extraLetter: 1,
  neighbourKey: 0.7,
  vowelForVowel: 0.7,
  substitute: 1,
};

/** Substitution costs between letters, by char code (letters and apostrophe; anything else costs a full edit). */
const substitutionCosts = new Float64Array(128 * 128).fill(costs.substitute);
for (let a = 0; a < 128; a++) substitutionCosts[a * 128 + a] = 0;
for (const a of 'abcdefghijklmnopqrstuvwxyz') {
  for (const b of 'abcdefghijklmnopqrstuvwxyz') {
    if (a === b) continue;
    const cost = neighbours.has(a + b) ? costs.neighbourKey : vowels.has(a) && vowels.has(b) ? costs.vowelForVowel : costs.substitute;
    substitutionCosts[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = cost;
  }
}

function substitution(a: number, b: number): number {
  if (a === b) return 0;
  return a < 128 && b < 128 ? substitutionCosts[a * 128 + b] : costs.substitute;
}

/** Cost of each letter of `word` being typed extra, or left out of it: cheap where it doubles a neighbour. */
function indelCosts(word: string, cost: number, into: Float64Array): void {
  for (let i = 0; i < word.length; i++) into[i] = word[i] === word[i - 1] || word[i] === word[i + 1] ? costs.doubling : cost;
}

/** Buffers kept between calls: the suggestion search measures tens of thousands of words. */
let rows = [0, 1, 2].map(() => new Float64Array(32));
let extraCosts = new Float64Array(32);
let omissionCosts = new Float64Array(32);

/**
 * Weighted optimal-string-alignment distance from `typed` to `intended`, or
 * Infinity as soon as it must exceed `limit`.
 */
export function typingDistance(typed: string, intended: string, limit: number): number {
  const m = typed.length;
  const n = intended.length;
  if (Math.abs(m - n) * costs.doubling > limit) return Infinity;
  const size = Math.max(m, n) + 1;
  if (rows[0].length < size) {
    rows = [0, 1, 2].map(() => new Float64Array(2 * size));
    extraCosts = new Float64Array(2 * size);
    omissionCosts = new Float64Array(2 * size);
  }
  indelCosts(typed, costs.extraLetter, extraCosts);
  indelCosts(intended, costs.omission, omissionCosts);
  let [before, previous, current] = rows;
  previous[0] = 0;
  for (let j = 1; j <= n; j++) previous[j] = previous[j - 1] + omissionCosts[j - 1];
  for (let i = 1; i <= m; i++) {
    const t = typed.charCodeAt(i - 1);
    const tBefore = i > 1 ? typed.charCodeAt(i - 2) : -1;
    const extra = extraCosts[i - 1];
    current[0] = previous[0] + extra;
    let rowMin = current[0];
    for (let j = 1; j <= n; j++) {
      const c = intended.charCodeAt(j - 1);
      let best = previous[j] + extra;
      const omitted = current[j - 1] + omissionCosts[j - 1];
      if (omitted < best) best = omitted;
      const substituted = previous[j - 1] + substitution(t, c);
      if (substituted < best) best = substituted;
      if (j > 1 && t === intended.charCodeAt(j - 2) && tBefore === c && t !== tBefore) {
        const swapped = before[j - 2] + costs.transpose;
        if (swapped < best) best = swapped;
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return Infinity;
    [before, previous, current] = [previous, current, before];
  }
  return previous[n] <= limit ? previous[n] : Infinity;
}

/** Rows kept between calls: the evidence search measures a misspelling against many of the article's words. */
let countRows = [0, 1, 2].map(() => new Int32Array(32));

/** Plain count of Damerau edits (optimal string alignment), or Infinity past `limit`. */
export function editCount(a: string, b: string, limit: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return Infinity;
  if (countRows[0].length < n + 1) countRows = [0, 1, 2].map(() => new Int32Array(2 * (n + 1)));
  let [before, previous, current] = countRows;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = previous[j - 1] + (ai === bj ? 0 : 1);
      if (previous[j] + 1 < best) best = previous[j] + 1;
      if (current[j - 1] + 1 < best) best = current[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj && before[j - 2] + 1 < best) best = before[j - 2] + 1;
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

/** The word with one of its letters left out: the slip most often made while typing, a letter too many. */
export function* oneLetterDropped(word: string): Generator<string> {
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
}

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
