/**
 * How far apart two spellings of a name are, weighed the way names drift in
 * copy. Transliteration moves cost little: a vowel for a vowel (Muhammed,
 * Mohammed), a letter doubled (Gaddafi, Gadafi), an h dropped (Gokhale,
 * Gokale), q for g (Qaddafi), ph for f. A slip of the keyboard — an unrelated
 * letter swapped, dropped or added, two letters transposed — counts as one
 * typo. Whether a distance makes two spellings one name is the names
 * register's call (engine/names.ts); this file only measures.
 */
import { memoize } from './memo';

export interface SpellingDistance {
  /** Weighted cost of the cheapest way from one spelling to the other. */
  cost: number;
  /** How many of those edits are plain typos (each costs 1). */
  typos: number;
}

const vowels = new Set(['a', 'e', 'i', 'o', 'u']);
/** Consonants that transliterations trade for one another. */
const soundAlike: ReadonlyArray<readonly string[]> = [['q', 'k', 'g', 'c'], ['c', 's'], ['z', 's'], ['v', 'w'], ['j', 'y'], ['i', 'y'], ['e', 'y']];
const joiners = new Set(["'", '-', ' ']);

const cost = {
  vowelForVowel: 0.4,
  soundAlike: 0.5,
  h: 0.3,
  doubled: 0.2,
  vowelNextToVowel: 0.3,
  vowel: 0.5,
  joiner: 0.3,
  phForF: 0.3,
  typo: 1,
  /** A shade under a typo, so "Ryna" for "Ryan" reads as one transposition, not a vowel dropped and added. */
  transposition: 0.9,
};

/**
 * Lower case, accents dropped, curly apostrophes made straight: "Qureshi’s" →
 * "qureshi's". Remembered, since every check folds every spelling of every name.
 */
export const foldName = memoize((text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase());

const isVowel = (c: string | undefined) => c !== undefined && vowels.has(c);

function substitution(x: string, y: string): number {
  if (x === y) return 0;
  if (isVowel(x) && isVowel(y)) return cost.vowelForVowel;
  if (soundAlike.some((group) => group.includes(x) && group.includes(y))) return cost.soundAlike;
  return cost.typo;
}

/** Cost of having `s[i]` in one spelling and nothing for it in the other. */
function indel(s: string, i: number): number {
  const c = s[i];
  if (c === s[i - 1] || c === s[i + 1]) return cost.doubled;
  if (c === 'h') return cost.h;
  if (joiners.has(c)) return cost.joiner;
  if (isVowel(c)) return isVowel(s[i - 1]) || isVowel(s[i + 1]) ? cost.vowelNextToVowel : cost.vowel;
  return cost.typo;
}

/** Weighted edit distance (with transpositions) between two folded spellings. */
export function spellingDistance(a: string, b: string): SpellingDistance {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const total = new Float64Array(rows * cols);
  const typos = new Uint8Array(rows * cols);
  const at = (i: number, j: number) => i * cols + j;
  const better = (index: number, c: number, t: number) => {
    if (c < total[index] - 1e-9 || (Math.abs(c - total[index]) < 1e-9 && t < typos[index])) {
      total[index] = c;
      typos[index] = t;
    }
  };
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const here = at(i, j);
      if (i === 0 && j === 0) continue;
      total[here] = Infinity;
      if (i > 0) {
        const c = indel(a, i - 1);
        better(here, total[at(i - 1, j)] + c, typos[at(i - 1, j)] + (c === cost.typo ? 1 : 0));
      }
      if (j > 0) {
        const c = indel(b, j - 1);
        better(here, total[at(i, j - 1)] + c, typos[at(i, j - 1)] + (c === cost.typo ? 1 : 0));
      }
      if (i > 0 && j > 0) {
        const c = substitution(a[i - 1], b[j - 1]);
        better(here, total[at(i - 1, j - 1)] + c, typos[at(i - 1, j - 1)] + (c === cost.typo ? 1 : 0));
      }
      if (i > 1 && j > 0 && a[i - 2] === 'p' && a[i - 1] === 'h' && b[j - 1] === 'f') {
        better(here, total[at(i - 2, j - 1)] + cost.phForF, typos[at(i - 2, j - 1)]);
      }
      if (j > 1 && i > 0 && b[j - 2] === 'p' && b[j - 1] === 'h' && a[i - 1] === 'f') {
        better(here, total[at(i - 1, j - 2)] + cost.phForF, typos[at(i - 1, j - 2)]);
      }
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== a[i - 2]) {
        better(here, total[at(i - 2, j - 2)] + cost.transposition, typos[at(i - 2, j - 2)] + 1);
      }
    }
  }
  return { cost: total[at(a.length, b.length)], typos: typos[at(a.length, b.length)] };
}

/**
 * The consonant frame of a spelling, the same for the usual
 * transliterations of a name: "Muhammed", "Mohammed" and "Muhammad" all give
 * "mmd"; "Qureshi" and "Quraishi" give "krs". Spellings a typo apart have
 * frames at most one letter apart, which is what `bucketKeys` looks for.
 */
export function consonantFrame(folded: string): string {
  const frame = folded
    .replace(/(.)\1+/g, '$1')
    .replace(/ph/g, 'f')
    .replace(/[aeiouyh'\- ]/g, '')
    .replace(/[qgc]/g, 'k')
    .replace(/z/g, 's')
    .replace(/v/g, 'w');
  return frame.length > 0 ? frame : folded;
}

/**
 * Keys under which a spelling is filed: its frame and the frame with each
 * letter left out, each behind the class of its first letter (spellings
 * that start unalike are never one name, see `startAlike`). Two spellings
 * whose frames differ by one letter added, dropped, changed or transposed
 * share a key, so the register compares only spellings that share one
 * instead of every pair. Remembered: the register files every spelling on
 * every check.
 */
export const bucketKeys: (folded: string) => readonly string[] = memoize((folded: string) => {
  const frame = consonantFrame(folded);
  const first = folded[0];
  const start = isVowel(first) ? 'V' : soundAlike[0].includes(first) ? 'K' : first;
  const keys = new Set([`${start}:${frame}`]);
  for (let i = 0; i < frame.length; i++) keys.add(`${start}:${frame.slice(0, i)}${frame.slice(i + 1)}`);
  return [...keys];
});

/**
 * True when two spellings differ only in vowels and doubled letters:
 * "Mohammed" and "Muhammad", "Hilary" and "Hillary" — but not "Marion" and
 * "Marine", where a vowel moved.
 */
export function differOnlyInVowels(a: string, b: string): boolean {
  const x = a.replace(/(.)\1+/g, '$1');
  const y = b.replace(/(.)\1+/g, '$1');
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !(isVowel(x[i]) && isVowel(y[i]))) return false;
  return true;
}

/** True when the two spellings start alike: same letter, both vowels (Usama, Osama), or q/k/g/c (Qaddafi, Gaddafi). */
export function startAlike(a: string, b: string): boolean {
  const x = a[0];
  const y = b[0];
  if (x === y) return true;
  if (isVowel(x) && isVowel(y)) return true;
  return soundAlike[0].includes(x) && soundAlike[0].includes(y);
}
