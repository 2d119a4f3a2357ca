import { strict as assert } from 'node:assert';
import { editCount } from '../edit-distance';
import { NearWords } from '../near-words';
import { seededRandom } from '../../../test/seeded-random';

/** The Damerau count as first written: the reference the faster one must match. */
function referenceEditCount(a: string, b: string, limit: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return Infinity;
  const d = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n] <= limit ? d[m][n] : Infinity;
}

/** Short words from a few letters (and an apostrophe, an accent), so that many pairs are a slip or two apart. */
function randomWords(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const letters = "abcdeé'";
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 8) }, () => letters[Math.floor(next() * letters.length)]).join(''));
}

describe('edit counts and near words', () => {
  it('counts Damerau edits as the plain table does, within every limit', () => {
    const words = randomWords(300, 7);
    for (const a of words.slice(0, 60)) {
      for (const b of words) {
        for (const limit of [0, 1, 2, 3]) assert.equal(editCount(a, b, limit), referenceEditCount(a, b, limit), `${a} → ${b} within ${limit}`);
      }
    }
  });

  it('finds every word within two edits, as measuring all of them would, however the words and questions interleave', () => {
    const measure = (typed: string, other: string) => editCount(typed, other, 2);
    const near = new NearWords(measure, 2, 4);
    const words = randomWords(2_000, 11);
    const asked = randomWords(40, 12);
    const learnt: string[] = [];
    for (let batch = 0; batch < 5; batch++) {
      const more = words.slice(batch * 400, (batch + 1) * 400);
      near.learn(more);
      learnt.push(...more);
      // Ask about some words every time, others only now and then, so lists are brought up to date from different points.
      for (const typed of asked.filter((_, i) => i % (batch + 1) === 0)) {
        const expected = [...new Set(learnt)].filter((other) => measure(typed, other) !== Infinity).sort();
        const found = near.near(typed).map((w) => w.word).sort();
        assert.deepEqual(found, expected, `near “${typed}” after batch ${batch}`);
        for (const { word, distance } of near.near(typed)) assert.equal(distance, measure(typed, word));
      }
    }
  });
});
