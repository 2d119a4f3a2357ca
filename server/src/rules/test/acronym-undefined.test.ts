import { strict as assert } from 'node:assert';
import { check } from '../../engine/check';
import { defaultConfig } from '../../engine/config';
import { readFixture } from '../../../test/fixtures';
import { dictionaries } from '../../../test/dictionaries';
import type { SpellingDictionaries } from '../../engine/spelling';

const flagged = (text: string, languageId = 'plaintext', known: string[] = []) =>
  check(text, { languageId, config: { ...defaultConfig, acronyms: { known } } })
    .findings.filter((f) => f.rule === 'acronym-undefined')
    .map((f) => `${text.slice(f.start, f.end)}:${f.severity}`);

const flaggedWith = (text: string, withDictionaries: SpellingDictionaries | undefined, dictionariesLoading = false) =>
  check(text, { languageId: 'plaintext', dictionaries: withDictionaries, dictionariesLoading })
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

  // Each text is cut from published copy (PolNeAR), where every one of these was flagged before.
  it('leaves alone words in capitals that are not acronyms: shouted runs, headings, labels, stress and initials', () => {
    const newsletter = [
      'Morning briefing',
      'TOP STORIES.',
      'HILLARY CLINTON IS FEELING THE BERN As the race tightens in Iowa, Bernie Sanders leads.',
      'TWO DEAD, 16 INJURED IN FLORIDA NIGHTCLUB SHOOTING Three people have been detained.',
      'TWITTER.',
      'The media makes everything up! SIGN UP FOR OUR NEWSLETTER — Donald J. Trump',
    ].join('\n');
    assert.deepEqual(flagged(newsletter), []);
    const transcript = ['Partial transcript', 'JAKE TAPPER: Donald Trump released a video on Friday.', '"RAMOS:  Secretary Clinton, did you lie to them?', '"CLINTON: I feel a great deal of sympathy.', 'BYLINE: Amber Phillips.'].join('\n');
    assert.deepEqual(flagged(transcript), []);
    assert.deepEqual(flagged('He did NOT represent the party, and thanked Obama for making us ALL safer.'), []);
    assert.deepEqual(flagged('He served under President George H.W. Bush and read T.R. Fehrenbach.'), []);
  });

  it('still flags an acronym beside words in capitals: in a list, after a label, in a heading run with a well-known one', () => {
    assert.deepEqual(flagged('The FBI, CRPF, BSF and ITBP were there.'), ['CRPF:info', 'BSF:info', 'ITBP:info']);
    assert.deepEqual(flagged('Briefing\nOFFICIAL: The CRPF convoy was hit.'), ['CRPF:info']);
    assert.deepEqual(flagged('Briefing\nThe CRPF said so. TOP STORIES follow below.'), ['CRPF:info']);
    assert.deepEqual(flagged('Briefing\nCNN ORC poll shows a tie.'), ['ORC:info']);
  });

  it('reads a small word in capitals as an acronym where the story defines it', () => {
    const text = 'Briefing\nIS fighters withdrew. The Islamic State (IS) said so. It is NOT over, IS said.';
    assert.deepEqual(flagged(text), []);
    const early = check(text, { languageId: 'plaintext' }).findings.filter((f) => f.rule === 'acronym-before-definition');
    assert.deepEqual(early.map((f) => text.slice(f.start, f.end)), ['IS']);
  });

  it('leaves alone a word or name of seven capitals or more that the dictionaries know, and flags a long acronym they do not', () => {
    // From PolNeAR: Politico's masthead in 36 of its articles, "OUTLIERS", "in BEIJING"; CENTCOM is an acronym to spell out.
    const text = 'Briefing\nA POLITICO analysis of the NASCAR vote, OUTLIERS included, says so in BEIJING. CENTCOM agreed.';
    assert.deepEqual(flaggedWith(text, dictionaries), ['NASCAR:info', 'CENTCOM:info']);
    // While the dictionaries load, a long one waits rather than be shown and taken back.
    assert.deepEqual(flaggedWith(text, undefined, true), ['NASCAR:info']);
  });
});

