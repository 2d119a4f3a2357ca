import { strict as assert } from 'node:assert';
import { check } from '../../engine/check';
import { applyEdits } from '../../engine/edits';
import { defaultConfig, type CopydeskConfig } from '../../engine/config';
import { readFixture } from '../../../test/fixtures';

const variantsIn = (text: string, languageId = 'plaintext', config?: CopydeskConfig) =>
  check(text, { languageId, config }).findings.filter((f) => f.rule === 'name-variant');
const flagged = (text: string, languageId = 'plaintext', config?: CopydeskConfig) =>
  variantsIn(text, languageId, config).map((f) => text.slice(f.start, f.end));

describe('name-variant', () => {
  it('finds nothing on the seed article: every name there is spelled one way', () => {
    assert.deepEqual(variantsIn(readFixture('pulwama-draft.txt')), []);
    assert.deepEqual(variantsIn(readFixture('pulwama-draft.md'), 'markdown'), []);
  });

  it('catches transliterations: Quraishi, Jaish-e-Mohammed, Qaddafi', () => {
    const text = readFixture('names-transliteration.txt');
    const findings = variantsIn(text);
    assert.deepEqual(findings.map((f) => [text.slice(f.start, f.end), f.data?.canonical]), [
      ['Quraishi', 'Qureshi'],
      ['Jaish-e-Mohammed', 'Jaish-e-Muhammed'],
      ['Qaddafi', 'Gaddafi'],
    ]);
    assert.equal(findings[0].severity, 'warning');
    assert.match(findings[0].message, /“Qureshi” twice and “Quraishi” once/);
  });

  it('catches a typo in a name (Gokhle beside four Gokhale) in Markdown', () => {
    const text = readFixture('names-typo.md');
    const [finding, ...rest] = variantsIn(text, 'markdown');
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding.start, finding.end), 'Gokhle');
    assert.equal(finding.data?.canonical, 'Gokhale');
  });

  it('"Change to X" fixes this mention; "Change all N variants to X" fixes every one', () => {
    const text = 'Shah Mehmood Qureshi spoke on Monday. Quraishi said talks would resume. Qureshi later met the envoy. Quraishi left on Tuesday.';
    const findings = variantsIn(text);
    assert.equal(findings.length, 2);
    const [change, changeAll] = findings[0].fixes ?? [];
    assert.equal(change.title, 'Change to “Qureshi”');
    assert.ok(change.preferred);
    assert.equal(applyEdits(text, change.edits), text.replace('Quraishi', 'Qureshi'));
    assert.equal(changeAll.title, 'Change all 2 variants to “Qureshi”');
    assert.equal(applyEdits(text, changeAll.edits), text.replaceAll('Quraishi', 'Qureshi'));
  });

  it('offers a single fix when there is only one variant', () => {
    const [finding] = variantsIn(readFixture('names-typo.md'), 'markdown');
    assert.deepEqual(finding.fixes?.map((f) => f.title), ['Change to “Gokhale”']);
  });

  it('gives the editor what "Make X the desk spelling" needs', () => {
    const [finding] = variantsIn(readFixture('names-typo.md'), 'markdown');
    assert.equal(finding.data?.canonical, 'Gokhale');
    assert.equal(finding.data?.variant, 'Gokhle');
    assert.deepEqual(finding.data?.variants, ['Gokhle']);
  });

  it('keeps a possessive out of the fix: “Quraishi’s” becomes “Qureshi’s”', () => {
    const text = 'Shah Mehmood Qureshi arrived. Qureshi said so. Quraishi’s aides disagreed.';
    const [finding] = variantsIn(text);
    assert.equal(applyEdits(text, finding.fixes![0].edits), text.replace('Quraishi’s', 'Qureshi’s'));
  });

  it('leaves alone Bill and Hillary Clinton, the Clintons, Pakistani beside Pakistan, Khan’s, Iran and Iraq', () => {
    assert.deepEqual(flagged(readFixture('names-not-variants.txt')), []);
  });

  it('leaves alone two spellings a typo apart that are each used twice or more (two people)', () => {
    const text = 'Ben Carson spoke first. Carson said he would win. Tucker Carlson disagreed. Carlson said Carson was wrong.';
    assert.deepEqual(flagged(text), []);
  });

  it('leaves alone a sentence-opening word that happens to look like a name', () => {
    const text = 'Ahmad Shah spoke on Monday. Ahmad said the talks were over. Amid the protests, the talks failed.';
    assert.deepEqual(flagged(text), []);
  });

  it('follows the desk: its spelling wins, and listed variants are flagged even when used throughout', () => {
    const config: CopydeskConfig = { ...defaultConfig, names: { 'Jaish-e-Mohammed': ['Jaish-e-Muhammad', 'JeM'] } };
    const text = 'Jaish-e-Muhammad claimed the attack. Jaish-e-Muhammad is banned in Pakistan, where JeM still operates.';
    const findings = variantsIn(text, 'plaintext', config);
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['Jaish-e-Muhammad', 'Jaish-e-Muhammad']);
    assert.equal(findings[0].data?.canonical, 'Jaish-e-Mohammed');
    assert.equal(findings[0].data?.fromDesk, true);
    assert.match(findings[0].message, /The desk spells this name “Jaish-e-Mohammed”/);
  });

  it('follows the desk for a close spelling it did not list', () => {
    const config: CopydeskConfig = { ...defaultConfig, names: { 'Jaish-e-Mohammed': [] } };
    const text = 'Jaish-e-Muhammed claimed the attack on Thursday.';
    assert.deepEqual(flagged(text, 'plaintext', config), ['Jaish-e-Muhammed']);
  });
});
