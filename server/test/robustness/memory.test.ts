/**
 * The engine keeps each chunk's parse so a keystroke re-reads one line, not
 * the story. What it keeps must be bounded in memory, not just in entries:
 * a day of typing makes a new chunk at every keystroke.
 */
import { strict as assert } from 'node:assert';
import { getHeapSpaceStatistics } from 'node:v8';
import { check, DraftChecker } from '../../src/engine/check';
import { ChunkCache, chunkCache } from '../../src/engine/parse';
import { fullCollection } from '../../src/idle-collection';
import { readFixture } from '../fixtures';

const collectGarbage = fullCollection()!;

/** The heap in use for data: compiled code grows as the engine optimises what it runs more, and holds no draft. */
function dataHeld(): number {
  return getHeapSpaceStatistics()
    .filter((space) => !space.space_name.startsWith('code'))
    .reduce((sum, space) => sum + space.space_used_size, 0);
}

/** The most the parse cache may hold, in bytes of heap. */
const budget = 160e6;

describe('the parse cache', () => {
  it(`holds at most ${budget / 1e6} MB of parses, of long lines and of short ones`, function () {
    this.timeout(30_000);
    const lines = readFixture('pulwama-draft.txt').split('\n').filter(Boolean);
    for (const [kind, draft, count] of [
      ['long lines', (i: number) => `${lines[i % lines.length]} ${i}`, 1_000],
      ['short lines', (i: number) => `Update ${i}`, 8_000],
      ['Markdown paragraphs', (i: number) => `# Head ${i}\n\n${lines[i % lines.length]} ${i}`, 800],
    ] as const) {
      collectGarbage();
      const heapBefore = process.memoryUsage().heapUsed;
      const weightBefore = chunkCache.weight;
      for (let i = 0; i < count; i++) check(draft(i), { languageId: kind === 'Markdown paragraphs' ? 'markdown' : 'plaintext' });
      collectGarbage();
      const bytesPerUnit = (process.memoryUsage().heapUsed - heapBefore) / (chunkCache.weight - weightBefore);
      assert.ok(chunkCache.limit * bytesPerUnit < budget, `${kind}: ${bytesPerUnit.toFixed(1)} bytes a unit would let the cache hold ${((chunkCache.limit * bytesPerUnit) / 1e6).toFixed(0)} MB`);
    }
  });

  it('keeps no earlier version of a draft being edited', function () {
    this.timeout(60_000);
    // A long draft of distinct lines, every line with words long enough (13 letters and more) to be cut from it as views.
    const lines = readFixture('pulwama-draft.txt').split('\n').filter(Boolean);
    let text = Array.from({ length: 400 }, (_, i) => `${lines[i % lines.length]} Extraordinarily ${i}.`).join('\n');
    const checker = new DraftChecker();
    const keystrokes = 40;
    const type = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const at = text.indexOf(' ', Math.floor((text.length * i) / (2 * keystrokes))) + 1;
        text = `${text.slice(0, at)}x${text.slice(at)}`;
        checker.check(text, { languageId: 'plaintext' });
      }
    };
    // The first keystrokes fill what is kept for the draft; the growth measured is that of the next ones.
    type(0, keystrokes);
    collectGarbage();
    const heapBefore = dataHeld();
    type(keystrokes, 2 * keystrokes);
    collectGarbage();
    const grown = dataHeld() - heapBefore;
    // Each version held would add the draft's size (two bytes a character at most), 40 of them here. What is
    // rightly kept grows too: each keystroke's line parsed anew (about 20 KB a keystroke, bounded by the parse
    // cache) and what the checks after an edit keep filling up (a few hundred KB): eight copies in all.
    assert.ok(grown < 8 * 2 * text.length, `the heap grew ${(grown / 1e6).toFixed(1)} MB over ${keystrokes} keystrokes in a ${(text.length / 1e3).toFixed(0)} KB draft`);
  });

  it('drops the least recently used parses past its limit, and keeps the ones in use', () => {
    const cache = new ChunkCache(1_000);
    let parses = 0;
    const parse = () => (parses++, []);
    cache.get('txt', 'the headline', parse);
    for (let i = 0; i < 500; i++) {
      cache.get('txt', `line ${i}`, parse);
      cache.get('txt', 'the headline', parse);
      assert.ok(cache.weight <= cache.limit, `weight ${cache.weight} over the limit`);
    }
    assert.equal(parses, 501, 'the headline, used at every check, was parsed once');
  });
});
