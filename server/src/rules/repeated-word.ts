/**
 * repeated-word — "the the": a word typed twice in a row.
 *
 * Does not flag:
 * - doubles English allows ("what he had had in mind", "that that was
 *   wrong"), listed in data/legitimate-repeats.ts;
 * - names that repeat a word (Duran Duran, Sirhan Sirhan): both capitalised;
 * - repeats across punctuation ("Go, go, go", "No. No.").
 */
import { legitimateRepeats } from '../data/legitimate-repeats';
import type { Finding } from '../engine/findings';
import type { Sentence, Word } from '../engine/model';
import type { ChunkSentence } from '../engine/tokens';
import { KeptSentences } from '../engine/sentence-changes';
import type { Rule } from './rule';

const allowed = new Set(legitimateRepeats);
/** The few sentences with a word typed twice, kept for each draft. */
const withRepeats = new KeptSentences();

export const repeatedWord: Rule = {
  id: 'repeated-word',
  defaultSeverity: 'warning',
  description: 'A word typed twice in a row ("the the").',
  docs:
    'Flags a word that appears twice in a row with only a space between. Leaves alone the doubles English allows ("had had", "that that", "is is"), names that repeat a word ("Duran Duran") and repeats across punctuation ("Go, go, go"). The fix deletes the second copy.',
  check(model) {
    const findings: Finding[] = [];
    for (const sentence of withRepeats.get(model.draft, model.sentences, (sentence) => repeatsIn(sentence).length > 0)) {
      const { tokens } = sentence;
      for (const i of repeatsIn(sentence)) {
        const second = tokens[i];
        const first = tokens[i - 2];
        findings.push({
          rule: 'repeated-word',
          severity: 'warning',
          message: `“${second.text}” is typed twice. Delete the second one.`,
          start: second.start,
          end: second.end,
          fixes: [{ title: `Delete the second “${second.text}”`, edits: [{ start: first.end, end: second.end, newText: '' }], preferred: true, safe: true }],
        });
      }
    }
    return findings;
  },
};

/** Where a sentence's second copies are, by token index: kept with the sentence's parse, which is all they depend on. */
const repeatsBySource = new WeakMap<ChunkSentence, number[]>();

function repeatsIn(sentence: Sentence): number[] {
  let repeats = repeatsBySource.get(sentence.source);
  if (!repeats) {
    repeats = [];
    const { tokens } = sentence;
    for (let i = 2; i < tokens.length; i++) {
      const second = tokens[i];
      const first = tokens[i - 2];
      if (second.kind !== 'word' || first.kind !== 'word' || tokens[i - 1].kind !== 'whitespace') continue;
      if (isRepeat(first as Word, second as Word)) repeats.push(i);
    }
    repeatsBySource.set(sentence.source, repeats);
  }
  return repeats;
}

function isRepeat(first: Word, second: Word): boolean {
  if (first.key !== second.key || first.notProse || second.notProse) return false;
  if (!/\p{L}/u.test(first.text) || allowed.has(first.key)) return false;
  const capitalised = (word: Word) => /^\p{Lu}/u.test(word.text);
  return !(capitalised(first) && capitalised(second));
}
