import { strict as assert } from 'node:assert';
import { articleEvidence, type ArticleEvidence } from '../evidence';
import { dropsOneRun, editCount } from '../edit-distance';
import { buildModel, type ArticleModel } from '../model';
import { mentionAt } from '../names';
import { spellerFor, type Speller } from '../spelling';
import { readFixture } from '../../../test/fixtures';
import { dictionaries } from '../../../test/dictionaries';
import { seededRandom } from '../../../test/seeded-random';

/** The evidence search as first written, measuring every distinct word of the article: the reference. */
function referenceEvidence(typed: string, allTyped: readonly string[], model: ArticleModel, speller: Speller, trusted: (key: string) => boolean): ArticleEvidence | undefined {
  const keyOf = (text: string) => text.toLowerCase().replace(/’/g, "'");
  const key = keyOf(typed);
  const words = model.sentences.flatMap((sentence) => sentence.words);
  const unflagged = words.filter((word) => word.key === key).length - allTyped.filter((t) => keyOf(t) === key).length;
  const asName = words.find((word) => word.key === key && /^\p{Lu}\p{Ll}/u.test(word.text) && !word.startsClause && !word.sentence.paragraph.isHeadline && ['person', 'place'].includes(mentionAt(model.names, word.start)?.entry.kind ?? ''));
  if (/^\p{Ll}/u.test(typed) && unflagged > 0 && asName) return { word: asName.text, count: words.filter((word) => word.text === asName.text).length };
  if (words.filter((word) => word.key === key).length > 1) return undefined;
  const limit = key.length <= 4 ? 1 : 2;
  let best: { key: string; count: number; edits: number } | undefined;
  for (const [other, count] of model.wordCounts) {
    if (other === key || Math.abs(other.length - key.length) > 3 || !/\p{L}/u.test(other)) continue;
    let edits = editCount(key, other, limit);
    if (edits === Infinity && key.length >= 5 && dropsOneRun(key, other, 3)) edits = limit;
    if (edits === Infinity) continue;
    if (edits > 1 && !dropsOneRun(key, other, 3) && speller.nearDictionaryWord(key)) continue;
    if (allTyped.some((t) => keyOf(t) === other) || other.endsWith('.') || other.endsWith("'") || other.endsWith("'s") || !(count > 1 || speller.knows(other) || trusted(other))) continue;
    if (!best || edits < best.edits || (edits === best.edits && (count > best.count || (count === best.count && other < best.key)))) best = { key: other, count, edits };
  }
  if (!best) return undefined;
  const uses = words.filter((word) => word.key === best.key);
  const capital = (word: { text: string }) => /^\p{Lu}/u.test(word.text);
  if (capital(uses[0]) && !uses[0].startsClause) return { word: uses[0].text, count: best.count };
  if (speller.knows(best.key) || trusted(best.key) || uses.some((word) => !capital(word))) return { word: best.key, count: best.count };
  const name = uses.find((word) => !word.startsClause);
  return name && { word: name.text, count: best.count };
}

/** The word with one to three slips: letters changed, dropped, added, swapped, or a run of them dropped. */
function misspell(word: string, next: () => number): string {
  let typed = word;
  const slips = 1 + Math.floor(next() * 3);
  for (let i = 0; i < slips; i++) {
    const at = Math.floor(next() * typed.length);
    const letter = 'aeinorst'[Math.floor(next() * 8)];
    const kind = Math.floor(next() * 5);
    if (kind === 0) typed = typed.slice(0, at) + letter + typed.slice(at + 1);
    else if (kind === 1) typed = typed.slice(0, at) + typed.slice(at + 1);
    else if (kind === 2) typed = typed.slice(0, at) + letter + typed.slice(at);
    else if (kind === 3) typed = typed.slice(0, at) + typed.slice(at + 1, at + 2) + typed.slice(at, at + 1) + typed.slice(at + 2);
    else typed = typed.slice(0, at) + typed.slice(at + 1 + Math.floor(next() * 3));
  }
  return typed;
}

describe('evidence from the article', () => {
  it('finds the word measuring every distinct word would, for typos of the articles’ own words, draft after draft', () => {
    const speller = spellerFor(dictionaries);
    const next = seededRandom(21);
    const trusted = (key: string) => key === 'jaish-e-muhammed';
    for (const name of ['pulwama-draft.txt', 'senate-hearing-draft.txt', 'council-housing-draft.md', 'pulwama-draft.txt']) {
      const model = buildModel(readFixture(name), 'plaintext');
      const words = model.sentences.flatMap((sentence) => sentence.words).filter((w) => /\p{L}{3,}/u.test(w.text));
      const typed = Array.from({ length: 150 }, () => misspell(words[Math.floor(next() * words.length)].text, next));
      assert.deepEqual(
        articleEvidence(typed, model, speller, trusted),
        typed.map((t) => referenceEvidence(t, typed, model, speller, trusted)),
        name,
      );
    }
  });
});
