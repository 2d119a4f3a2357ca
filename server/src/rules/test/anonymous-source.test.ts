import { strict as assert } from 'node:assert';
import { check } from '../../engine/check';
import { readFixture } from '../../../test/fixtures';

const findingsOf = (text: string) => check(text, { languageId: 'plaintext' }).findings.filter((f) => f.rule === 'anonymous-source');

describe('anonymous-source', () => {
  const problems = readFixture('quotes-problems.txt');

  it('flags “officials said” and a person who spoke on condition of anonymity, once each', () => {
    const findings = findingsOf(problems);
    assert.deepEqual(findings.map((f) => problems.slice(f.start, f.end)), ['Officials', 'A person familiar with the inspection']);
    assert.equal(findings[0].severity, 'info');
    assert.equal(findings[0].fixes, undefined);
  });

  it('flags “according to people familiar with the matter” and “a source told”', () => {
    const text = 'Bridge row\nThe survey was finished in March, according to people familiar with the matter. A source told the Courier it was never sent.';
    assert.equal(findingsOf(text).length, 2);
  });

  it('leaves alone named people and named institutions', () => {
    const text = 'Bridge row\nState Department Deputy Spokesperson Robert Palladino said the talks went well. The transport department said detours start Monday.';
    assert.deepEqual(findingsOf(text), []);
  });

  it('leaves alone the same words when nobody is quoted', () => {
    assert.deepEqual(findingsOf('Bridge row\nCity officials met on Tuesday to discuss the closure.'), []);
  });

  it('finds nothing on the seed article', () => {
    assert.deepEqual(findingsOf(readFixture('pulwama-draft.txt')), []);
  });
});
