import { strict as assert } from 'node:assert';
import { check, DraftChecker } from '../../engine/check';
import { applyEdits } from '../../engine/edits';
import { defaultConfig, type Dialect } from '../../engine/config';
import { readFixture } from '../../../test/fixtures';
import { dictionaries } from '../../../test/dictionaries';

function dialectFindings(text: string, dialect: Dialect = 'auto') {
  return check(text, { languageId: 'plaintext', config: { ...defaultConfig, dialect }, dictionaries }).findings.filter((f) => f.rule === 'spelling-dialect');
}

describe('spelling-dialect', () => {
  it('leaves the British seed alone ("neighbours")', () => {
    assert.deepEqual(dialectFindings(readFixture('pulwama-draft.txt')), []);
  });

  it('leaves an all-American story alone', () => {
    assert.deepEqual(dialectFindings(readFixture('senate-hearing-draft.txt')), []);
  });

  it('marks the odd American spelling in a British story, and swaps it', () => {
    const text = 'The council’s defence of the centre was organised by neighbours. Its color scheme was criticised.';
    const [finding, ...rest] = dialectFindings(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding.start, finding.end), 'color');
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /“color” is the American spelling, and this article is written in British English .* Use “colour”/);
    assert.equal(applyEdits(text, finding.fixes![0].edits), text.replace('color', 'colour'));
  });

  it('says nothing on an even mix, when the desk has not chosen', () => {
    assert.deepEqual(dialectFindings('The colour was bright. The color was dull.'), []);
  });

  it('marks every spelling of the other dialect when the desk has chosen', () => {
    const text = 'The neighbours organised a defence of the program.';
    const findings = dialectFindings(text, 'en-US');
    assert.deepEqual(findings.map((f) => [text.slice(f.start, f.end), f.suggestions?.[0]]), [
      ['neighbours', 'neighbors'],
      ['organised', 'organized'],
      ['defence', 'defense'],
    ]);
    assert.match(findings[0].message, /the desk writes American English/);
  });

  it('never marks the desk’s words', () => {
    const text = 'The neighbours organised a defence.';
    const config = { ...defaultConfig, dialect: 'en-US' as const, words: ['defence'] };
    const findings = check(text, { languageId: 'plaintext', config, dictionaries }).findings.filter((f) => f.rule === 'spelling-dialect');
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['neighbours', 'organised']);
  });

  it('follows the article as it is edited: a kept paragraph marked where it is now, the majority read again', () => {
    const checker = new DraftChecker();
    const marked = (text: string) =>
      checker
        .check(text, { languageId: 'plaintext', dictionaries })
        .findings.filter((f) => f.rule === 'spelling-dialect')
        .map((f) => `${text.slice(f.start, f.end)}@${f.start}`);
    const british = 'The neighbours organised a defence.';
    const american = 'Its color was bright.';
    assert.deepEqual(marked(`${british}\n${american}`), ['color@40']);
    assert.deepEqual(marked(`A new first line.\n${british}\n${american}`), ['color@58']);
    // Three American spellings to three British: an even mix, nothing marked; four, and the British are the odd ones out.
    assert.deepEqual(marked(`A new first line.\n${british}\n${american}\nThe neighbors analyzed it.`), []);
    assert.deepEqual(marked(`A new first line.\n${british}\n${american}\nThe neighbors analyzed its color.`), ['neighbours@22', 'organised@33', 'defence@45']);
  });
});
