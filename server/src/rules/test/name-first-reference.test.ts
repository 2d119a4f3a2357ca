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

  it('counts paragraphs as the desk does: the story’s body from 1, the headline and subheadings left out', () => {
    const text = '# Khan in Washington\n\nKhan arrived at the White House on Monday.\n\n## The talks\n\nPrime Minister Imran Khan met President Donald Trump.';
    const [finding, ...rest] = findingsOf(text, 'markdown');
    assert.equal(rest.length, 0);
    assert.match(finding.message, /“Imran Khan”, in paragraph 2\./);
  });

  it('leaves alone a headline that names by surname', () => {
    assert.deepEqual(findingsOf('Khan meets Trump\nPrime Minister Imran Khan met President Trump. Khan said the talks went well.'), []);
  });

  it('leaves alone a surname that never gets a full name, and places', () => {
    assert.deepEqual(findingsOf('Talks in Washington\nTrump said the talks went well. In Washington, Pompeo agreed.'), []);
  });

  it('writes the full name without its title when the person is "of" somewhere: never "Sen Ted Cruz"', () => {
    const text = 'Debate night\n"Not so," Cruz quipped. That left Sen. Ted Cruz of Texas center stage.';
    const [finding, ...rest] = findingsOf(text);
    assert.equal(rest.length, 0);
    assert.match(finding.message, /“Ted Cruz”, in paragraph 1/);
    assert.equal(applyEdits(text, finding.fixes![0].edits), 'Debate night\n"Not so," Ted Cruz quipped. That left Sen. Ted Cruz of Texas center stage.');
  });

  it('leaves alone the last word of a thing named in capitals: "Order" before "Executive Order", "Reagan" before "Reagan Democrats"', () => {
    // Cases from PolNeAR (the NYT, the Washington Post), each flagged before.
    assert.deepEqual(findingsOf('Washington\nThe Order was signed. Later, the White House called it Executive Order 13769.'), []);
    assert.deepEqual(findingsOf('Ohio\nReagan won the state twice. Reagan Democrats may decide it again.'), []);
    assert.deepEqual(findingsOf('Dinner\nThe Dinner ran late. The Closing Dinner is a tradition.'), []);
  });

  it('still flags a surname that is also a word, before a full name with a first name: "Bush" before "Jeb Bush"', () => {
    const [finding] = findingsOf('Primary\nBush spoke first. Jeb Bush said he would stay in the race.');
    assert.match(finding.message, /“Jeb Bush”/);
  });
});
