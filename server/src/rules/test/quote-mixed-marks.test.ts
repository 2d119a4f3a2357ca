import { strict as assert } from 'node:assert';
import { check, resolveFinding } from '../../engine/check';
import { applyEdits } from '../../engine/edits';
import { readFixture } from '../../../test/fixtures';

/** The rule's findings with their fixes, as an editor's quick fix or the CLI's JSON asks for them. */
const findingsOf = (text: string, languageId = 'plaintext') => {
  const result = check(text, { languageId });
  return result.findings.filter((f) => f.rule === 'quote-mixed-marks').map((finding) => resolveFinding(finding, result));
};

describe('quote-mixed-marks', () => {
  const problems = readFixture('quotes-problems.txt');

  it('works out its fixes only when asked, not on every keystroke', () => {
    const findings = check(problems, { languageId: 'plaintext' }).findings.filter((f) => f.rule === 'quote-mixed-marks');
    assert.ok(findings.length > 0 && findings.every((finding) => finding.fixes === undefined));
  });

  it('flags each quote typed with straight marks in a story that uses curly ones', () => {
    const findings = findingsOf(problems);
    assert.equal(findings.length, 2);
    assert.deepEqual(findings.map((f) => problems.slice(f.start, f.end)), ['"', '"']);
    assert.equal(findings[0].start, problems.indexOf('"We are reviewing'));
    assert.equal(findings[0].severity, 'info');
  });

  it('makes this quote curly, or every straight quote in the story', () => {
    const [first] = findingsOf(problems);
    const [thisOne, all] = first.fixes ?? [];
    const line = (text: string) => text.split('\n').find((l) => l.includes('We are reviewing'));
    assert.ok(thisOne.preferred);
    assert.equal(line(applyEdits(problems, thisOne.edits)), '“We are reviewing what happened,” Lopez said, "and we will publish what we find."');
    assert.equal(line(applyEdits(problems, all.edits)), '“We are reviewing what happened,” Lopez said, “and we will publish what we find.”');
  });

  it('offers the story-wide fix only where it is more than this quote’s own, and not on thousands of quotes', () => {
    const one = 'Bridge row\n“The bridge is closed,” Okafor said.\n"It will reopen in spring," Nand said.';
    const [only] = findingsOf(one);
    assert.deepEqual(only.fixes?.map((fix) => fix.title), ['Make this quote’s marks curly']);
    const many = `Bridge row\n“The bridge is closed,” Okafor said.\n${'"It will reopen," Nand said.\n'.repeat(101)}`;
    const findings = findingsOf(many);
    assert.equal(findings.length, 101);
    assert.ok(findings.every((finding) => finding.fixes?.length === 1 && finding.fixes[0].edits.length === 2));
    const hundred = findingsOf(`Bridge row\n“The bridge is closed,” Okafor said.\n${'"It will reopen," Nand said.\n'.repeat(100)}`);
    assert.equal(hundred[0].fixes?.[1]?.edits.length, 200);
  });

  it('makes a quote within the quote curly too', () => {
    const text = 'Bridge row\n“The bridge is closed,” Okafor said.\n"He told me \'never\' and left," Nand said.';
    const [finding] = findingsOf(text);
    assert.equal(applyEdits(text, finding.fixes![0].edits).split('\n')[2], '“He told me ‘never’ and left,” Nand said.');
  });

  it('leaves the headline to the desk’s conventions', () => {
    assert.deepEqual(findingsOf(readFixture('pulwama-draft.txt')), []);
  });

  it('leaves alone a story that uses straight marks throughout', () => {
    assert.deepEqual(findingsOf('Bridge row\n"The bridge is closed," Okafor said. "It will stay closed," she said.'), []);
  });

  it('does not count apostrophes as quotation marks', () => {
    assert.deepEqual(findingsOf('Bridge row\n“The council’s survey is clear,” Okafor said. Raman\'s reply came later.'), []);
  });
});

describe('quote-mixed-marks: one quote, two kinds of mark', () => {
  it('flags a quote that opens curly and closes straight, and makes it curly', () => {
    const text = 'Families wait\n“It has been a long wait," the mother of one of the victims said.\n';
    const [finding, ...rest] = findingsOf(text);
    assert.equal(rest.length, 0);
    assert.match(finding.message, /mixes straight/);
    assert.equal(applyEdits(text, finding.fixes![0].edits), 'Families wait\n“It has been a long wait,” the mother of one of the victims said.\n');
  });
});
