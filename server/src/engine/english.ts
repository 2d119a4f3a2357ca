/**
 * What the engine knows of English at large, from data/english-words.ts:
 * whether a word is a common word ("bash") or a common name ("Christie"),
 * and how ordinary its letters look. The sets are built on first use.
 */
import { commonNames, commonWords } from '../data/english-words';

let words: Set<string> | undefined;
let names: Set<string> | undefined;
let letterPairs: Map<string, number> | undefined;

/** `lowerCase` is a common English word. */
export function isCommonWord(lowerCase: string): boolean {
  words ??= new Set(commonWords.split(' '));
  return words.has(lowerCase);
}

/** `lowerCase` is a name English speakers use often (Carter, Christie, Walsh). */
export function isCommonName(lowerCase: string): boolean {
  names ??= new Set(commonNames.split(' '));
  return names.has(lowerCase);
}

/**
 * How many common words share the rarest pair of neighbouring letters in
 * `lowerCase` (word edges included): a typo tends to make a rare pair, "nr"
 * in "Clinron".
 */
export function rarestLetterPair(lowerCase: string): number {
  if (!letterPairs) {
    letterPairs = new Map();
    for (const word of commonWords.split(' ')) {
      const padded = ` ${word} `;
      for (let i = 0; i < padded.length - 1; i++) {
        const pair = padded.slice(i, i + 2);
        letterPairs.set(pair, (letterPairs.get(pair) ?? 0) + 1);
      }
    }
  }
  const padded = ` ${lowerCase} `;
  let rarest = Infinity;
  for (let i = 0; i < padded.length - 1; i++) rarest = Math.min(rarest, letterPairs.get(padded.slice(i, i + 2)) ?? 0);
  return rarest;
}
