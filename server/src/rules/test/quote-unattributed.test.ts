import { strict as assert } from 'node:assert';
import { check, resolveFinding } from '../../engine/check';
import { applyEdits } from '../../engine/edits';
import { readFixture } from '../../../test/fixtures';

/** The rule's findings, resolved: with their fixes, as a quick fix or the CLI asks for them. */
const findingsOf = (text: string, languageId = 'plaintext') => {
  const result = check(text, { languageId });
  return result.findings.filter((f) => f.rule === 'quote-unattributed').map((f) => resolveFinding(f, result));
};

describe('quote-unattributed', () => {
  const problems = readFixture('quotes-problems.txt');

  it('flags a quote standing alone after a paragraph that only paraphrases', () => {
    const [finding, ...rest] = findingsOf(problems);
    assert.equal(rest.length, 0);
    assert.equal(problems.slice(finding.start, finding.end), '“The phone line just played music at us for an hour and then hung up.”');
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /Add who said it/);
  });

  it('offers the last speaker named before the quote, and a placeholder', () => {
    const [finding] = findingsOf(problems);
    const [named, placeholder] = finding.fixes ?? [];
    const line = (text: string) => text.split('\n').find((l) => l.includes('phone line'));
    assert.equal(line(applyEdits(problems, named.edits)), '“The phone line just played music at us for an hour and then hung up,” Lopez said.');
    assert.equal(line(applyEdits(problems, placeholder.edits)), '“The phone line just played music at us for an hour and then hung up,” [who] said.');
    assert.ok(!named.preferred && !placeholder.preferred, 'a guessed speaker is never applied by Fix All');
  });

  it('keeps a question mark and adds the attribution after it', () => {
    const text = 'Bridge row\nOkafor said the bridge would close.\n“Who checked the supports last year?”';
    const [finding] = findingsOf(text);
    assert.equal(applyEdits(text, finding.fixes![0].edits).split('\n')[2], '“Who checked the supports last year?” Okafor said.');
  });

  it('finds nothing on the seed article', () => {
    assert.deepEqual(findingsOf(readFixture('pulwama-draft.txt')), []);
    assert.deepEqual(findingsOf(readFixture('pulwama-draft.md'), 'markdown'), []);
  });

  it('finds nothing where every quote has a speaker: after, before, split, paragraph, lead-in, paragraph before', () => {
    assert.deepEqual(findingsOf(readFixture('quotes-attributed.txt')), []);
    assert.deepEqual(findingsOf(readFixture('quotes-attributed.md'), 'markdown'), []);
  });

  it('leaves alone scare quotes, titles and short partial quotes', () => {
    const text = 'Bridge row\nThe “undercard” debate aired before “Saturday Night Live” on Sunday. Critics called the plan a “giveaway to developers and their friends on the council.”';
    assert.deepEqual(findingsOf(text), []);
  });

  it('leaves alone headlines, which quote words the story attributes', () => {
    assert.deepEqual(findingsOf('“We cannot ask people to drive over it”\nThe council closed the bridge on Tuesday.'), []);
  });

  it('flags an unattributed quote in Markdown', () => {
    const text = '# Bridge row\n\nRaman said the bridge was safe.\n\n“I have driven over it every day for 20 years.”\n';
    const [finding] = findingsOf(text, 'markdown');
    assert.equal(text.slice(finding.start, finding.end), '“I have driven over it every day for 20 years.”');
  });
});
