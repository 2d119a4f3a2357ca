import { strict as assert } from 'node:assert';
import { check } from '../../engine/check';
import { applyEdits } from '../../engine/edits';
import { readFixture } from '../../../test/fixtures';

const findingsOf = (text: string, languageId = 'plaintext') =>
  check(text, { languageId }).findings.filter((f) => f.rule === 'repeated-word');

describe('repeated-word', () => {
  it('flags "the the" and its fix deletes one copy', () => {
    const text = 'Pakistan will take steps to de-escalate the the tensions with India.';
    const [finding, ...rest] = findingsOf(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding.start, finding.end), 'the');
    assert.equal(finding.start, text.lastIndexOf('the the') + 4);
    const fix = finding.fixes?.[0];
    assert.ok(fix?.preferred);
    assert.equal(applyEdits(text, fix.edits), 'Pakistan will take steps to de-escalate the tensions with India.');
  });

  it('flags a doubled word at the start of a sentence ("The the")', () => {
    assert.equal(findingsOf('The the assurance was given by phone.').length, 1);
  });

  it('leaves alone the doubles English allows', () => {
    assert.deepEqual(findingsOf('What he had had in mind was clear. He said that that was wrong.'), []);
  });

  it('leaves alone names that repeat a word', () => {
    assert.deepEqual(findingsOf('Duran Duran played Wembley on Friday.'), []);
  });

  it('leaves alone repeats across punctuation', () => {
    assert.deepEqual(findingsOf('“Go, go, go,” the coach said. No. No.'), []);
  });

  it('ignores code in Markdown', () => {
    assert.deepEqual(findingsOf('Run `the the` to test.\n\n```\nthe the\n```\n', 'markdown'), []);
  });

  it('finds nothing on the seed article', () => {
    assert.deepEqual(findingsOf(readFixture('pulwama-draft.txt')), []);
  });
});
