import { strict as assert } from 'node:assert';
import { check } from '../../engine/check';
import { applyEdits } from '../../engine/edits';
import { readFixture } from '../../../test/fixtures';

const findingsOf = (text: string, languageId = 'plaintext') =>
  check(text, { languageId }).findings.filter((f) => f.rule === 'acronym-before-definition');

describe('acronym-before-definition', () => {
  it('flags "JeM" in Bolton’s tweet on the seed, a paragraph before "Jaish-e-Muhammed (JeM)"', () => {
    for (const [name, languageId] of [['pulwama-draft.txt', 'plaintext'], ['pulwama-draft.md', 'markdown']]) {
      const text = readFixture(name);
      const [finding, ...rest] = findingsOf(text, languageId);
      assert.equal(rest.length, 0);
      assert.equal(finding.severity, 'warning');
      assert.equal(finding.start, text.indexOf('JeM and other terrorist groups'));
      assert.equal(text.slice(finding.start, finding.end), 'JeM');
      assert.match(finding.message, /“Jaish-e-Muhammed \(JeM\)” in paragraph 4\./);
    }
  });

  it('says where the definition is as the desk counts paragraphs: a subheading is not one', () => {
    const text = '# Attack in Kashmir\n\nThe JeM claimed the attack on Thursday.\n\n## Who they are\n\nThe group calls itself Jaish-e-Muhammed (JeM) and is based in Pakistan.';
    const [finding, ...rest] = findingsOf(text, 'markdown');
    assert.equal(rest.length, 0);
    assert.match(finding.message, /in paragraph 2\./);
  });

  it('fixes the seed in one step: spelled out at the tweet, the later definition shortened', () => {
    const text = readFixture('pulwama-draft.txt');
    const [finding] = findingsOf(text);
    const [fix, ...others] = finding.fixes ?? [];
    assert.equal(others.length, 0);
    assert.equal(fix.edits.length, 2);
    assert.equal(fix.title, 'Spell out “JeM” here and shorten the later “Jaish-e-Muhammed (JeM)” to “JeM”');
    const fixed = applyEdits(text, fix.edits);
    assert.ok(fixed.includes('meaningful steps against Jaish-e-Muhammed (JeM) and other terrorist groups'));
    assert.ok(fixed.includes('a suicide bomber of Pakistan-based JeM killed 40 CRPF personnel'));
    assert.deepEqual(findingsOf(fixed), []);
  });

  it('reads all three forms of definition and flags only the acronym used too early', () => {
    const text = readFixture('acronym-definitions.txt');
    const findings = findingsOf(text);
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['JeM']);
    const acronyms = check(text, { languageId: 'plaintext' }).model.acronyms;
    const defined = (acronym: string) => acronyms.byAcronym.get(acronym)?.definition;
    assert.equal(defined('CRPF')?.expansion, 'Central Reserve Police Force');
    assert.equal(defined('CRPF')?.form, 'expansion-first');
    assert.equal(defined('NIA')?.expansion, 'National Investigation Agency');
    assert.equal(defined('NIA')?.form, 'or');
    assert.equal(defined('ISPR')?.expansion, 'Inter-Services Public Relations');
    assert.equal(defined('ISPR')?.form, 'acronym-first');
  });

  it('leaves alone acronyms in the headline', () => {
    const text = readFixture('acronym-definitions.txt');
    assert.ok(!findingsOf(text).some((f) => f.start < text.indexOf('\n')));
  });

  it('moves an "or" definition as a bracketed one and drops its commas', () => {
    const text = 'Agency takes over Pulwama case\nNIA officers reached Pulwama. The National Investigation Agency, or NIA, took over the case.';
    const [finding] = findingsOf(text);
    assert.equal(
      applyEdits(text, finding.fixes![0].edits),
      'Agency takes over Pulwama case\nNational Investigation Agency (NIA) officers reached Pulwama. The NIA took over the case.',
    );
  });

  it('moves an acronym-first definition as written', () => {
    const text = 'Army denies role\nISPR denied it. ISPR (Inter-Services Public Relations) speaks for the army.';
    const [finding] = findingsOf(text);
    assert.equal(applyEdits(text, finding.fixes![0].edits), 'Army denies role\nISPR (Inter-Services Public Relations) denied it. ISPR speaks for the army.');
  });
});
