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

  it('leaves alone a source named between commas after the noun: "his top aide, Tad Devine, told"', () => {
    // From PolNeAR (HuffPost, the NYT): each was flagged before.
    const text = 'Campaign\nThe race goes on, his top aide, Tad Devine, told reporters. A Twitter spokesman, Christopher Abboud, said on Saturday that tweets poured in.';
    assert.deepEqual(findingsOf(text), []);
  });

  it('leaves alone an unnamed source whose sentence says why: "because they were not authorized", "to discuss", "for fear"', () => {
    // Wire copy's own formulas, from PolNeAR (the Washington Post, the NYT, USA Today).
    for (const text of [
      'Talks\nAn Israeli official, speaking on the condition of anonymity to discuss the prime minister’s schedule, said Netanyahu would meet them.',
      'Talks\nThe plan is new, according to a campaign official who was not authorized to speak publicly before the announcement.',
      'Talks\nA registered Republican who spoke on the condition of anonymity for fear of losing her job said she was dismayed.',
      'Talks\nTwo investigators, speaking on condition of anonymity because they were not authorized to discuss the case, said it was sophisticated.',
    ]) assert.deepEqual(findingsOf(text), [], text);
  });

  it('still flags an unnamed source when "because" is what was said, not why the source is unnamed', () => {
    const text = 'Talks\nOfficials said the plan failed because funding ran out. A source told the Courier it was “not authorized to speak” for the board.';
    assert.deepEqual(findingsOf(text).map((f) => text.slice(f.start, f.end)), ['Officials', 'A source']);
    const said = 'Talks\nOfficials said the board was not authorized to discuss salaries. A source said guards are not allowed to speak to inmates.';
    assert.deepEqual(findingsOf(said).map((f) => said.slice(f.start, f.end)), ['Officials', 'A source']);
  });
});

