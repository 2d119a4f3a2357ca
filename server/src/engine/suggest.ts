/**
 * Dictionary words to replace a misspelling with, best first, ranked by how
 * cheap the typing mistake is and how common the word is. (The article's own
 * words come first; see evidence.ts.)
 */
import type { ArticleModel } from './model';
import { oneEditAway, typingDistance } from './edit-distance';
import { remember, type Speller, type SpellingDialect } from './spelling';

export const maxSuggestions = 5;

/** How much word frequency counts against typing cost when ranking. */
const frequencyWeight = 0.15;
const searchLimit = 2.1;

/** How much a word the article already uses is preferred. */
const articleBonus = 0.3;
const keptCandidates = 20;

/**
 * Dictionary words for a lower-case misspelling, best first: cheapest slip,
 * commonest word, and words the article uses ahead of words it does not.
 */
export function dictionarySuggestions(typed: string, speller: Speller, dialect: SpellingDialect | undefined, model?: ArticleModel): string[] {
  const scored = candidates(typed, speller, dialect).map(([word, score]) => [word, model?.wordCounts.has(word) ? score - articleBonus : score] as const);
  return scored.sort((a, b) => a[1] - b[1]).slice(0, maxSuggestions).map(([word]) => word);
}

/** Candidates with their scores (lower is better); cached per word and dialect. */
function candidates(typed: string, speller: Speller, dialect: SpellingDialect | undefined): ReadonlyArray<readonly [string, number]> {
  const cacheKey = `${dialect ?? 'any'}\u0000${typed}`;
  const cached = speller.suggestions.get(cacheKey);
  if (cached) return cached;
  const frequencies = speller.dictionaries.frequencies();
  const scored = new Map<string, number>();
  const consider = (word: string, cost: number) => {
    if (dialect && !speller.knowsIn(word, dialect) && speller.dialectSpelling(word)) cost += 0.5;
    const score = cost - frequencyWeight * Math.log10((frequencies.get(word.toLowerCase()) ?? 0) + 1);
    const previous = scored.get(word);
    if (previous === undefined || score < previous) scored.set(word, score);
  };

  for (const candidate of oneEditAway(typed)) {
    if (speller.probe(candidate)) consider(candidate, typingDistance(typed, candidate, searchLimit));
  }
  for (const word of commonWordsNear(typed.length, speller)) {
    // Two slips rarely both fall on the first two letters.
    if (word[0] !== typed[0] && word[1] !== typed[1] && word[0] !== typed[1] && word[1] !== typed[0]) continue;
    const cost = typingDistance(typed, word, searchLimit);
    if (cost !== Infinity) consider(word, cost);
  }
  for (let i = 2; i <= typed.length - 2; i++) {
    const left = typed.slice(0, i);
    const right = typed.slice(i);
    if ((frequencies.get(left) ?? 0) > 1000 && (frequencies.get(right) ?? 0) > 1000 && speller.knows(left) && speller.knows(right)) {
      consider(`${left} ${right}`, 0.9);
    }
  }

  const ranked = [...scored].filter(([, score]) => Number.isFinite(score)).sort((a, b) => a[1] - b[1]).slice(0, keptCandidates);
  // Fewer kept: each is a list, and a misspelling is rarely asked about again once fixed.
  remember(speller.suggestions, cacheKey, ranked, 10_000);
  return ranked;
}

const commonWordsByLength = new WeakMap<Speller, Map<number, string[]>>();

/** Frequent dictionary words within two letters of the given length. */
function* commonWordsNear(length: number, speller: Speller): Generator<string> {
  let byLength = commonWordsByLength.get(speller);
  if (!byLength) {
    byLength = new Map();
    for (const word of speller.dictionaries.frequencies().keys()) {
      if (word.length < 2 || !/^[a-z']+$/.test(word) || !speller.probe(word)) continue;
      const list = byLength.get(word.length) ?? [];
      list.push(word);
      byLength.set(word.length, list);
    }
    commonWordsByLength.set(speller, byLength);
  }
  for (let n = length - 2; n <= length + 2; n++) yield* byLength.get(n) ?? [];
}
