/**
 * Which spellings of the words of names are one name written two ways. The
 * names register (engine/names.ts) counts how the article writes each word of
 * a name; this file groups the spellings and picks the one to keep.
 *
 * Spellings are compared only when they share a key of name-spelling.ts
 * (their consonant frames a letter apart at most), so the work stays close to
 * linear in the article's length. Two spellings are one name when they are a
 * transliteration apart (Muhammed/Mohammed, Qureshi/Quraishi,
 * Gaddafi/Qaddafi), or one typo apart and one of them is written once
 * (Gokhle beside four Gokhale). They are two names when:
 * - one is the other with a plural, possessive or demonym ending (Pakistan,
 *   Pakistani; Clinton, Clintons; Tunis, Tunisia);
 * - both are names or words of their own (Iran and Iraq, Dan and Don, Rick
 *   and Rock, Marion and Marine), unless they differ only in the vowels of a
 *   long name (Mohammed, Muhammad), see data/known-names.ts and
 *   data/english-words.ts;
 * - the rarer is a common English word ("Bash" beside "Bush");
 * - they start with different letters (Perry, Kerry), outside the
 *   transliteration pairs (Usama/Osama, Qaddafi/Gaddafi);
 * - one is the other cut short by two letters or more (Bern, Bernie);
 * - they only ever stand in full names whose other words differ (Bill
 *   Clinton, Will Smith);
 * - they are shorter than four letters, or a typo apart and both used twice
 *   or more (Carson ×5, Carlson ×3 are two people).
 */
import { knownGivenNames, knownPlaces } from '../data/known-names';
import { isCommonName, isCommonWord, rarestLetterPair } from './english';
import { bucketKeys, differOnlyInVowels, foldName, spellingDistance, startAlike, type SpellingDistance } from './name-spelling';
import { memoizePair } from './memo';
import type { NameRespelling } from './names';

/** How the article writes one word of a name. */
export interface NameSpelling {
  spelling: string;
  folded: string;
  /** As first written, apostrophes and all. */
  written: string;
  count: number;
  first: number;
  /** Written alone somewhere (a surname or a one-word name), or inside an organisation's name. */
  alone: boolean;
  /** The other words of each full name it stands in. */
  company: string[];
  /** Seen somewhere it is surely a name, not only opening a sentence. */
  strong: boolean;
  /** One of the desk's spellings (`names` in .copydesk.json). */
  fromDesk: boolean;
  /** The first full-name mention it stands in, for breaking ties. */
  firstInFull: number;
}

export interface SpellingGroup {
  /** The spelling to use: the desk's, else the most frequent, else the likelier, else the one of the first full mention. */
  canonical: string;
  /** The canonical spelling as the article (or the desk) first writes it. */
  canonicalText: string;
  /** How often the article writes each spelling, the canonical one included. */
  counts: Map<string, number>;
  /** The desk's style sheet chose the canonical spelling. */
  fromDesk: boolean;
  respellings: NameRespelling[];
}

export function newSpelling(spelling: string, first: number, written: string): NameSpelling {
  return { spelling, folded: foldName(spelling), written, count: 0, first, alone: false, company: [], strong: false, fromDesk: false, firstInFull: Infinity };
}

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
const places = lower(knownPlaces);
const knownDistinct = new Set([...places, ...lower(knownGivenNames)]);
/** Endings that make another word of a name, not another spelling: plural, possessive, demonym. */
const derivedEndings = ['', 'ee', 's', 'es', "'s", "'", 'n', 'an', 'ean', 'ian', 'i', 'is', 'ese', 'ns', 'ans', 'ians', 'ite', 'ites', 'ia', 'ic', 'y'];

/** Spellings filed, or compared with their partners, in one step of `groupSpellingsInSteps`. */
const spellingsAStep = 64;

/**
 * Groups the spellings that are one name. `list` has every spelling in the
 * order the article first writes them. `deskWordFor` maps a spelling the
 * desk lists as a variant to the desk's own; desk spellings not in the
 * article are in `list` with a count of 0. Returns the group of every
 * spelling that has company.
 *
 * In steps, for the register's build (see registerInSteps). Another grouping
 * run between them may let go of the spellings filed so far (see
 * forgetPartners), and those filed before would then find none filed after:
 * the caller must start over should another grouping have run meanwhile, as
 * registerInSteps does when another full build ran.
 */
export function* groupSpellingsInSteps(list: readonly NameSpelling[], deskWordFor: ReadonlyMap<string, string>): Generator<void, Map<string, SpellingGroup>> {
  const groups = new Groups();
  /** Spellings joined to another: the rest are names of their own, and in no group. */
  const joined = new Set<string>();
  const join = (a: string, b: string) => {
    groups.join(a, b);
    joined.add(a).add(b);
  };
  if (partners.size > 200_000) forgetPartners();
  const indexOf = new Map(list.map((s, i) => [s.spelling, i]));
  // Filed first, all of them, so that each finds every other among its partners.
  const partnerLists: Array<readonly string[]> = [];
  for (const s of list) {
    partnerLists.push(partnersOf(s.spelling));
    if (partnerLists.length % spellingsAStep === 0) yield;
  }
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    for (const other of partnerLists[i]) {
      // The earlier of a pair in the order the article first writes them is always `a`.
      const j = indexOf.get(other);
      if (j !== undefined && j > i && sameName(a, list[j])) join(a.spelling, other);
    }
    if (i % spellingsAStep === spellingsAStep - 1) yield;
  }
  for (const [variant, desk] of deskWordFor) if (indexOf.has(variant)) join(variant, desk);

  const members = new Map<string, NameSpelling[]>();
  for (const s of list) {
    if (!joined.has(s.spelling)) continue;
    const root = groups.find(s.spelling);
    const list = members.get(root);
    if (list) list.push(s);
    else members.set(root, [s]);
  }
  const result = new Map<string, SpellingGroup>();
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const present = list.filter((s) => s.count > 0);
    if (present.length === 0 || (present.length === 1 && !list.some((s) => s.fromDesk && s.count === 0))) continue;
    const desk = list.find((s) => s.fromDesk);
    const best = desk ?? [...present].sort((a, b) => b.count - a.count || likelier(a, b) || a.firstInFull - b.firstInFull || a.first - b.first)[0];
    const group: SpellingGroup = {
      canonical: best.spelling,
      canonicalText: best.written,
      counts: new Map(present.map((s) => [s.spelling, s.count])),
      fromDesk: desk !== undefined,
      respellings: [],
    };
    for (const s of list) result.set(s.spelling, group);
  }
  return result;
}

/** Whether two spellings its letters do not rule out (see `mayBeOneName`) name one thing (see the list at the top). */
function sameName(a: NameSpelling, b: NameSpelling): boolean {
  if (!a.strong && !b.strong) return false;
  // The rarer spelling (either, when they are as frequent) may not be a common word; for a typo, not both names.
  const rarer = a.count === b.count ? [a, b] : [a.count < b.count ? a : b];
  if (rarer.some((s) => !s.fromDesk && isCommonWord(s.folded))) return false;
  const { transliteration, typoApart } = howFarApart(a.spelling, b.spelling, Math.min(a.folded.length, b.folded.length));
  const typo =
    typoApart &&
    !a.fromDesk &&
    !b.fromDesk &&
    Math.min(a.count, b.count) === 1 &&
    !rarer.every((s) => isCommonName(s.folded) || knownDistinct.has(s.folded));
  if (!transliteration && !typo) return false;
  if (a.company.length > 0 && b.company.length > 0) return a.company.some((other) => b.company.includes(other));
  return true;
}

/**
 * Every spelling any check has met, filed under its keys (see `bucketKeys`),
 * and for each the others its letters alone do not rule out as the same
 * name: kept for the life of the process (within a bound), so a check
 * compares a handful of pairs of its spellings rather than every pair that
 * shares a key.
 */
const filed = new Map<string, string[]>();
const partners = new Map<string, string[]>();

let partnersForgotten = 0;

function forgetPartners(): void {
  filed.clear();
  partners.clear();
  partnersForgotten++;
}

/**
 * Changes each time the spellings met so far are let go of: until it does,
 * every spelling a check grouped is filed, and `partnersOf` a spelling
 * finds each of them it may be another spelling of.
 */
export function partnersGeneration(): number {
  return partnersForgotten;
}

/** The spellings met so far that `spelling` may be another spelling of (and it of them). */
export function partnersOf(spelling: string): readonly string[] {
  let list = partners.get(spelling);
  if (list) return list;
  list = [];
  partners.set(spelling, list);
  const folded = foldName(spelling);
  // Shorter than four letters is never a variant (see mayBeOneName): nothing to file.
  if (folded.length < 4) return list;
  for (const key of bucketKeys(folded)) {
    const bucket = filed.get(key);
    if (!bucket) {
      filed.set(key, [spelling]);
      continue;
    }
    for (const other of bucket) {
      if (list.includes(other) || !mayBeOneName(spelling, other)) continue;
      list.push(other);
      partners.get(other)!.push(spelling);
    }
    bucket.push(spelling);
  }
  return list;
}

/** What the letters of two spellings alone say: false when they can never be one name (see the list at the top). */
function mayBeOneName(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  const shortest = Math.min(x.length, y.length);
  if (shortest < 4) return false;
  if (!startAlike(x, y)) return false;
  if (isDerivedForm(x, y) || isDerivedForm(y, x)) return false;
  if (knownDistinct.has(x) && knownDistinct.has(y)) return false;
  const established = (s: string) => knownDistinct.has(s) || isCommonName(s) || isCommonWord(s);
  if (established(x) && established(y) && (!differOnlyInVowels(x, y) || shortest <= 5 || places.has(x) || places.has(y))) return false;
  if (capitals(a) !== capitals(b) && x !== y) return false;
  if ((x.startsWith(y) || y.startsWith(x)) && Math.abs(x.length - y.length) >= 2) return false;
  return true;
}

/**
 * Whether two spellings (the shorter `shortest` letters long, folded) are a
 * transliteration apart, or a typo apart: what `sameName` asks of their
 * letters, whatever the article's counts.
 */
function howFarApart(a: string, b: string, shortest: number): { transliteration: boolean; typoApart: boolean } {
  const { cost, typos } = lettersApart(a, b);
  return {
    transliteration: typos === 0 && cost <= Math.min(1, shortest * 0.2),
    typoApart: typos === 1 && cost <= 1.2,
  };
}

/**
 * Whether `sameName` could ever join two spellings, whatever the article's
 * counts say of them: false when their letters alone keep them apart. In
 * either order, as the article may write either first (the distance is
 * summed in the order compared).
 */
export function mayJoin(a: string, b: string): boolean {
  const shortest = Math.min(foldName(a).length, foldName(b).length);
  const close = (x: string, y: string) => {
    const { transliteration, typoApart } = howFarApart(x, y, shortest);
    return transliteration || typoApart;
  };
  return close(a, b) || close(b, a);
}

/**
 * How far apart two spellings are, for pairs their letters do not rule out
 * (see `mayBeOneName`): remembered for the next check, by pair in the order
 * compared, since the distance is summed in that order.
 */
const lettersApart = memoizePair((a: string, b: string): SpellingDistance => spellingDistance(foldName(a), foldName(b)));

/** "Pakistan" and "Pakistani", "Germans" and "Germany", "Tunis" and "Tunisia": one stem, two endings. */
function isDerivedForm(a: string, b: string): boolean {
  for (const x of derivedEndings) {
    if (!a.endsWith(x)) continue;
    const stem = a.slice(0, a.length - x.length);
    if (stem.length >= 3 && b.startsWith(stem) && derivedEndings.includes(b.slice(stem.length))) return true;
  }
  return false;
}

const capitals = (text: string) => (text.match(/\p{Lu}/gu) ?? []).length;

/**
 * Between two spellings used equally often, the one more likely to be right:
 * a known name ("Donald" over "Donlad"), else the one whose rarest pair of
 * letters is commoner in English ("Clinton" over "Clinron": "nr" is rare).
 */
function likelier(a: NameSpelling, b: NameSpelling): number {
  const known = (s: NameSpelling) => (knownDistinct.has(s.folded) || isCommonName(s.folded) ? 1 : 0);
  return known(b) - known(a) || rarestLetterPair(b.folded) - rarestLetterPair(a.folded);
}

/** Union–find over spellings. */
class Groups {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}
