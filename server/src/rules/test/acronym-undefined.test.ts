import { strict as assert } from 'node:assert';
import { check } from '../../engine/check';
import { defaultConfig } from '../../engine/config';
import { readFixture } from '../../../test/fixtures';

const flagged = (text: string, languageId = 'plaintext', known: string[] = []) =>
  check(text, { languageId, config: { ...defaultConfig, acronyms: { known } } })
    .findings.filter((f) => f.rule === 'acronym-undefined')
    .map((f) => `${text.slice(f.start, f.end)}:${f.severity}`);

describe('acronym-undefined', () => {
  it('flags CRPF on the seed, as information, and nothing else (US, NSA, FM, MiG-21)', () => {
    assert.deepEqual(flagged(readFixture('pulwama-draft.txt')), ['CRPF:info']);
    assert.deepEqual(flagged(readFixture('pulwama-draft.md'), 'markdown'), ['CRPF:info']);
  });

  it('takes FM as spelled out once the story has written "Foreign Minister"', () => {
    assert.deepEqual(flagged('The FM met the envoy on Monday.'), ['FM:info']);
    assert.deepEqual(flagged('Foreign Minister Shah Mehmood Qureshi spoke. The FM met the envoy on Monday.'), []);
  });

  it('leaves alone the well-known and the desk’s own', () => {
    assert.deepEqual(flagged('The UN, NATO and the FBI said so.'), []);
    assert.deepEqual(flagged('40 CRPF personnel were killed.', 'plaintext', ['CRPF']), []);
  });

  it('leaves alone defined acronyms, Roman numerals and words set in capitals', () => {
    assert.deepEqual(flagged(readFixture('acronym-definitions.txt')), ['SOG:info']);
    assert.deepEqual(flagged('After World War II, the suspect was BEFORE the court.'), []);
  });

  it('leaves alone the dateline of wire copy', () => {
    assert.deepEqual(flagged('Inquiry resumes\nNEW DELHI — Officials said the inquiry would resume.\nLOS ANGELES (AP) — Police agreed.'), []);
  });
});
