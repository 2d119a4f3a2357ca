import { strict as assert } from 'node:assert';
import { fullCollection, IdleCollection } from '../src/idle-collection';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('collecting garbage while the reporter pauses', () => {
  it('gets V8’s full collection without --expose-gc, and it frees what nothing holds', () => {
    const collect = fullCollection();
    assert.ok(collect, 'a full collection');
    collect();
    const before = process.memoryUsage().heapUsed;
    let garbage: number[][] | undefined = Array.from({ length: 200 }, (_, i) => Array.from({ length: 20_000 }, (__, j) => i + j + 0.5));
    const held = process.memoryUsage().heapUsed;
    assert.ok(held - before > 20e6 && garbage.length === 200, `the garbage takes room: ${((held - before) / 1e6).toFixed(1)} MB`);
    garbage = undefined;
    collect();
    assert.ok(process.memoryUsage().heapUsed - before < 5e6, `and is gone after it: ${((process.memoryUsage().heapUsed - before) / 1e6).toFixed(1)} MB left`);
  });

  it('collects once checks stop for the pause, not while they keep coming', async () => {
    let collections = 0;
    const idle = new IdleCollection(120, 0, () => collections++);
    // Checks 40 ms apart: each puts the collection off again.
    for (let k = 0; k < 5; k++) {
      idle.checked();
      await wait(40);
      assert.equal(collections, 0, `not while checks come (check ${k})`);
    }
    await wait(400);
    assert.equal(collections, 1, 'once, after the pause');
    await wait(200);
    assert.equal(collections, 1, 'and not again until a check runs');
  });

  it('does not collect when the heap has grown less than it asks since the last collection', async () => {
    let collections = 0;
    const idle = new IdleCollection(20, 1e12, () => collections++);
    idle.checked();
    await wait(200);
    assert.equal(collections, 0);
  });
});
