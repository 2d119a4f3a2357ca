import { strict as assert } from 'node:assert';
import { check } from '../../engine/check';
import { applyEdits } from '../../engine/edits';
import { readFixture } from '../../../test/fixtures';

const findingsOf = (text: string, languageId = 'plaintext') =>
  check(text, { languageId }).findings.filter((f) => f.rule === 'quote-unclosed');

describe('quote-unclosed', () => {
  const problems = readFixture('quotes-problems.txt');

  it('flags the opening mark of a quote that never closes', () => {
    const [finding, ...rest] = findingsOf(problems);
    assert.equal(rest.length, 0);
    assert.equal(finding.start, problems.indexOf('“Power will be back'));
    assert.equal(finding.end - finding.start, 1);
    assert.equal(finding.severity, 'warning');
  });

  it('closes it before the attribution typed inside it, or at the end of the paragraph', () => {
    const [finding] = findingsOf(problems);
    const [beforeAttribution, atEnd] = finding.fixes ?? [];
    const line = (text: string) => text.split('\n').find((l) => l.includes('Power will be back'));
    assert.equal(beforeAttribution.title, 'Close the quote before “Lopez said”');
    assert.equal(line(applyEdits(problems, beforeAttribution.edits)), '“Power will be back for everyone by Wednesday,” Lopez said.');
    assert.equal(line(applyEdits(problems, atEnd.edits)), '“Power will be back for everyone by Wednesday, Lopez said.”');
  });

  it('does not report the same quote as having no speaker', () => {
    const unattributed = check(problems, { languageId: 'plaintext' }).findings.filter((f) => f.rule === 'quote-unattributed');
    assert.ok(unattributed.every((f) => !problems.slice(f.start, f.end).includes('Power will be back')));
  });

  it('closes a straight quote with a straight mark', () => {
    const text = 'Bridge row\n"The bridge will reopen in spring, Okafor told reporters on Tuesday.';
    const [finding] = findingsOf(text);
    assert.equal(applyEdits(text, finding.fixes!.at(-1)!.edits).split('\n')[1], '"The bridge will reopen in spring, Okafor told reporters on Tuesday."');
  });

  it('accepts a quote running over several paragraphs, open in each and closed in the last', () => {
    assert.deepEqual(findingsOf(readFixture('quotes-attributed.txt')), []);
    assert.deepEqual(findingsOf(readFixture('quotes-attributed.md'), 'markdown'), []);
  });

  it('accepts a continuation merged into one paragraph', () => {
    assert.deepEqual(findingsOf('Bridge row\n“We will build it in 26 weeks. “We are going to start on Monday,” said Ana Ruiz.'), []);
  });

  it('flags the last paragraph of a running quote when nothing closes it', () => {
    const text = 'Bridge row\n“We will build it in 26 weeks,” said Ana Ruiz.\n“We start on Monday.\n“Then we pour the deck.\nThe council has not replied.';
    const [finding, ...rest] = findingsOf(text);
    assert.equal(rest.length, 0);
    assert.equal(finding.start, text.indexOf('“Then'));
  });

  it('leaves apostrophes alone', () => {
    assert.deepEqual(findingsOf('Bridge row\nThe players’ union played rock ’n’ roll hits from the ’90s at Pakistan’s embassy.'), []);
  });

  it('finds nothing on the seed article', () => {
    assert.deepEqual(findingsOf(readFixture('pulwama-draft.txt')), []);
  });
});
