import { strict as assert } from 'node:assert';
import { check } from '../../engine/check';
import { applyEdits } from '../../engine/edits';
import { readFixture } from '../../../test/fixtures';

const findingsOf = (text: string, languageId = 'plaintext') =>
  check(text, { languageId }).findings.filter((f) => f.rule === 'name-first-reference');

describe('name-first-reference', () => {
  it('finds nothing on the seed: the headline’s "NSA Bolton" does not count, the body opens with "John Bolton"', () => {
    assert.deepEqual(findingsOf(readFixture('pulwama-draft.txt')), []);
    assert.deepEqual(findingsOf(readFixture('pulwama-draft.md'), 'markdown'), []);
  });

  it('flags a surname before the full name, as information, and the fix writes the full name', () => {
    const text = readFixture('names-first-reference.md');
    const [finding, ...rest] = findingsOf(text, 'markdown');
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'info');
    assert.equal(finding.start, text.indexOf('Khan arrived'));
    assert.match(finding.message, /“Imran Khan”, in paragraph 2/);
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.ok(fixed.includes('Imran Khan arrived at the White House'));
  });

  it('leaves alone a headline that names by surname', () => {
    assert.deepEqual(findingsOf('Khan meets Trump\nPrime Minister Imran Khan met President Trump. Khan said the talks went well.'), []);
  });

  it('leaves alone a surname that never gets a full name, and places', () => {
    assert.deepEqual(findingsOf('Talks in Washington\nTrump said the talks went well. In Washington, Pompeo agreed.'), []);
  });
});
