import { strict as assert } from 'node:assert';
import { IdMap, IdSet, Interner, memoize, memoizePair, RecentReadings } from '../memo';

describe('process-wide memos', () => {
  it('remember a pure function, undefined answers too, and start over past their limit', () => {
    let calls = 0;
    const length = memoize((text: string) => (calls++, text.length > 3 ? text.length : undefined), 2);
    assert.equal(length('abcd'), 4);
    assert.equal(length('ab'), undefined);
    assert.equal(length('abcd'), 4);
    assert.equal(length('ab'), undefined);
    assert.equal(calls, 2);
    length('abcde'); // past the limit: forgets, then remembers this one
    length('abcd');
    assert.equal(calls, 4);
  });

  it('remember a function of two strings by their order', () => {
    const calls: string[] = [];
    const joined = memoizePair((a: string, b: string) => (calls.push(a + b), `${a}/${b}`), 10);
    assert.equal(joined('x', 'y'), 'x/y');
    assert.equal(joined('y', 'x'), 'y/x');
    assert.equal(joined('x', 'y'), 'x/y');
    assert.deepEqual(calls, ['xy', 'yx']);
  });

  it('number strings, and start over only when trimmed past the limit', () => {
    const ids = new Interner(2);
    assert.equal(ids.id('a'), 0);
    assert.equal(ids.id('b'), 1);
    assert.equal(ids.id('c'), 2);
    assert.equal(ids.id('a'), 0);
    assert.equal(ids.generation, 0);
    ids.trim();
    assert.equal(ids.generation, 1);
    assert.equal(ids.id('c'), 0);
  });

  it('keep sets and maps of ids that empty at once', () => {
    const set = new IdSet();
    set.add(3);
    set.add(5000);
    assert.ok(set.has(3) && set.has(5000) && !set.has(4) && !set.has(1e6));
    set.clear();
    assert.ok(!set.has(3) && !set.has(5000));

    const map = new IdMap<string>();
    map.set(9, 'nine');
    map.set(4096, 'big');
    map.set(9, 'NINE');
    assert.deepEqual([map.get(9), map.get(4096), map.get(1)], ['NINE', 'big', undefined]);
    assert.deepEqual(map.values, ['NINE', 'big']);
    map.clear();
    assert.deepEqual([map.get(9), map.values], [undefined, []]);
  });

  it('keep a reading while one of the last checks used it', () => {
    const readings = new RecentReadings<string, { text: string }>(2);
    let reads = 0;
    const read = (key: string) => readings.get(key, () => (reads++, { text: key }));
    readings.startCheck();
    const first = read('a');
    read('b');
    readings.startCheck();
    assert.equal(read('a'), first, 'the last check read it');
    readings.startCheck();
    assert.equal(read('a'), first, 'used on the check before');
    readings.startCheck();
    readings.startCheck();
    read('b');
    assert.equal(reads, 3, '"b" went unused for two checks and was read again');
  });
});
