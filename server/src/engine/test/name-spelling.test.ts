import { strict as assert } from 'node:assert';
import { bucketKeys, spellingDistance } from '../name-spelling';
import { abbreviates, acronymOf } from '../acronyms';

describe('name spelling distance', () => {
  it('prices transliterations below a typo', () => {
    for (const [a, b] of [['muhammed', 'mohammed'], ['qureshi', 'quraishi'], ['gaddafi', 'qaddafi'], ['mustafa', 'mustapha'], ['gokhale', 'gokhle']]) {
      const { cost, typos } = spellingDistance(a, b);
      assert.equal(typos, 0, `${a}/${b}`);
      assert.ok(cost < 1, `${a}/${b} costs ${cost}`);
    }
  });

  it('counts a slip of the keyboard as one typo', () => {
    assert.equal(spellingDistance('pompeo', 'ponpeo').typos, 1);
    assert.equal(spellingDistance('ryan', 'ryna').typos, 1);
  });

  it('files spellings a letter apart under a shared key, and different names apart', () => {
    const shared = (a: string, b: string) => bucketKeys(a).some((k) => bucketKeys(b).includes(k));
    assert.ok(shared('muhammed', 'mohammed'));
    assert.ok(shared('gorka', 'goeka'));
    assert.ok(shared('trump', 'trupm'));
    assert.ok(!shared('perry', 'kerry'));
    assert.ok(!shared('clinton', 'bolton'));
  });
});

describe('acronyms', () => {
  it('knows an acronym when it sees one', () => {
    assert.equal(acronymOf('CRPF'), 'CRPF');
    assert.equal(acronymOf('JeM’s'), 'JeM');
    assert.equal(acronymOf('U.S.'), 'US');
    assert.equal(acronymOf('CEOs'), 'CEO');
    for (const word of ['Qureshi', 'McCain', 'III', 'BEFORE', 'I']) assert.equal(acronymOf(word), undefined, word);
  });

  it('matches letters to an expansion loosely', () => {
    assert.ok(abbreviates('JeM', ['Jaish-e-Muhammed']));
    assert.ok(abbreviates('CRPF', ['Central', 'Reserve', 'Police', 'Force']));
    assert.ok(abbreviates('DoD', ['Department', 'of', 'Defense']));
    assert.ok(abbreviates('ISIS', ['Islamic', 'State', 'of', 'Iraq', 'and', 'Syria']));
    assert.ok(abbreviates('MiG', ['Mikoyan-Gurevich']));
    assert.ok(!abbreviates('JeM', ['Pakistan-based', 'Jaish-e-Muhammed']));
    assert.ok(!abbreviates('CRPF', ['Central', 'Police', 'Force']));
  });
});
