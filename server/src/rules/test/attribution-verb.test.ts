import { strict as assert } from 'node:assert';
import { check } from '../../engine/check';
import { applyEdits } from '../../engine/edits';
import { readFixture } from '../../../test/fixtures';

const findingsOf = (text: string) => check(text, { languageId: 'plaintext' }).findings.filter((f) => f.rule === 'attribution-verb');

describe('attribution-verb', () => {
  const problems = readFixture('quotes-problems.txt');

  it('flags “claimed” and “admitted” where they attribute speech', () => {
    const findings = findingsOf(problems);
    assert.deepEqual(findings.map((f) => problems.slice(f.start, f.end)), ['claimed', 'admitted']);
    assert.equal(findings[0].severity, 'info');
  });

  it('leaves alone “claimed the lives of” and “admitted to hospital”', () => {
    const storm = problems.split('\n').find((l) => l.startsWith('The storm claimed'))!;
    assert.deepEqual(findingsOf(`Storm\n${storm}`), []);
  });

  it('replaces the verb with the neutral one in the same tense', () => {
    const text = 'Bridge row\nRaman insists the survey was never shared. “Nobody saw it,” he insisted. Okafor refused to say when it was sent.';
    const findings = findingsOf(text);
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['insists', 'insisted', 'refused to say']);
    const fixed = applyEdits(text, findings.flatMap((f) => f.fixes![0].edits));
    assert.equal(fixed, 'Bridge row\nRaman says the survey was never shared. “Nobody saw it,” he said. Okafor declined to say when it was sent.');
  });

  it('leaves alone “insisted on a vote” and neutral verbs', () => {
    assert.deepEqual(findingsOf('Bridge row\nRaman insisted on a vote. “It is unsafe,” Okafor told reporters, and she added that repairs would start soon.'), []);
  });

  it('finds nothing on the seed article', () => {
    assert.deepEqual(findingsOf(readFixture('pulwama-draft.txt')), []);
  });
});
