/**
 * Which words seen so far lie within a few typing slips of a misspelling.
 *
 * The evidence search (evidence.ts) asks it of every misspelling at every
 * check. Measuring each misspelling against each of a long article's ten
 * thousand distinct words, check after check, was most of what a check cost.
 * Here every word is taken in once, with its set of letters, and each
 * misspelling's list of near words is kept and brought up to date with only
 * the words taken in since it was last asked: after a keystroke, one or two.
 *
 * The lists hold words from every draft seen, not just the current one: the
 * caller keeps those the current article uses.
 */

/** A word within reach of a misspelling, and how far it is by the caller's measure. */
export interface NearWord {
  word: string;
  distance: number;
}

/** The caller's measure: Infinity when `other` is out of reach of `typed`. */
export type Measure = (typed: string, other: string) => number;

interface NearList {
  /** How many of the words taken in it has been measured against. */
  measured: number;
  near: NearWord[];
}

/** Past this many words or lists, start again: the caches of a server open for days stay bounded. */
const maxWords = 250_000;
const maxLists = 20_000;

export class NearWords {
  private readonly words: string[] = [];
  private readonly letterSets: number[] = [];
  private readonly known = new Set<string>();
  private readonly lists = new Map<string, NearList>();
  /** Counts the times every word was let go: a caller that took in only new words must then give all of them again. */
  generation = 0;

  /**
   * `measure` must be Infinity for any two words more than `maxLengthGap`
   * letters apart in length, or differing in more than `maxLettersApart`
   * letters (counted as sets); those pairs are never measured.
   */
  constructor(
    private readonly measure: Measure,
    private readonly maxLengthGap: number,
    private readonly maxLettersApart: number,
  ) {}

  /** Takes in the words not seen before. */
  learn(words: Iterable<string>): void {
    if (this.words.length > maxWords) this.forget();
    for (const word of words) {
      if (this.known.has(word)) continue;
      this.known.add(word);
      this.words.push(word);
      this.letterSets.push(letterSet(word));
    }
  }

  /** Every word taken in that is within reach of `typed`, in no particular order. */
  near(typed: string): readonly NearWord[] {
    let list = this.lists.get(typed);
    if (!list) {
      if (this.lists.size >= maxLists) this.lists.clear();
      list = { measured: 0, near: [] };
      this.lists.set(typed, list);
    }
    const letters = letterSet(typed);
    for (let i = list.measured; i < this.words.length; i++) {
      const other = this.words[i];
      if (Math.abs(other.length - typed.length) > this.maxLengthGap || bitCount(letters ^ this.letterSets[i]) > this.maxLettersApart) continue;
      const distance = this.measure(typed, other);
      if (distance !== Infinity) list.near.push({ word: other, distance });
    }
    list.measured = this.words.length;
    return list.near;
  }

  private forget(): void {
    this.generation++;
    this.words.length = 0;
    this.letterSets.length = 0;
    this.known.clear();
    this.lists.clear();
  }
}

/**
 * The letters of a word as a 32-bit set (characters folded onto 32 bits).
 * One slip changes at most two members (a letter for another), so words
 * `k` slips apart differ in at most `2k`; folding only merges differences.
 */
function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) set |= 1 << (word.charCodeAt(i) & 31);
  return set;
}

function bitCount(bits: number): number {
  bits -= (bits >>> 1) & 0x55555555;
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
