import { strict as assert } from 'node:assert';
import { check } from '../check';
import { buildReport, describeName } from '../report';
import { mentionAt } from '../names';
import { readFixture } from '../../../test/fixtures';

const registerOf = (text: string, languageId = 'plaintext') => check(text, { languageId }).model.names;

describe('names register', () => {
  for (const [name, languageId] of [['pulwama-draft.txt', 'plaintext'], ['pulwama-draft.md', 'markdown']]) {
    it(`has each person of the seed once, with the full name and the title apart (${languageId})`, () => {
      const register = registerOf(readFixture(name), languageId);
      const people = register.entries.filter((e) => e.kind === 'person');
      const full = ['Shah Mehmood Qureshi', 'John Bolton', 'Vijay Gokhale', 'Mike Pompeo', 'Robert Palladino', 'Imran Khan'];
      for (const person of full) assert.equal(people.filter((e) => e.canonical === person).length, 1, person);
      for (const surname of ['Qureshi', 'Bolton', 'Gokhale', 'Pompeo', 'Palladino', 'Imran']) {
        assert.ok(!register.entries.some((e) => e.canonical === surname), `${surname} has no entry of its own`);
      }
      const titleOf = (canonical: string) => register.entries.find((e) => e.canonical === canonical)?.title;
      assert.equal(titleOf('Shah Mehmood Qureshi'), 'Foreign Minister');
      assert.equal(titleOf('John Bolton'), 'National Security Adviser');
      assert.equal(titleOf('Vijay Gokhale'), 'Foreign Secretary');
      assert.equal(titleOf('Mike Pompeo'), 'Secretary of State');
      assert.equal(titleOf('Imran Khan'), 'Prime Minister');
    });
  }

  it('links "Secretary Pompeo", "Qureshi’s" and the headline’s "NSA Bolton" to their full names', () => {
    const text = readFixture('pulwama-draft.txt');
    const register = registerOf(text);
    const at = (needle: string, skip = 0) => mentionAt(register, text.indexOf(needle) + skip)?.entry.canonical;
    assert.equal(at('Secretary Pompeo and', 'Secretary '.length), 'Mike Pompeo');
    assert.equal(at('Qureshi’s call'), 'Shah Mehmood Qureshi');
    assert.equal(at('NSA Bolton', 'NSA '.length), 'John Bolton');
    assert.equal(mentionAt(register, text.indexOf('Qureshi’s call'))?.text, 'Qureshi');
  });

  it('keeps months, demonyms and sentence-opening words out', () => {
    const register = registerOf(readFixture('pulwama-draft.txt'));
    for (const word of ['March', 'February', 'Pakistani', 'Indian', 'Tensions', 'During', 'Amid', 'The', 'Spoke']) {
      assert.ok(!register.entries.some((e) => e.canonical === word), word);
    }
  });

  it('reads kinds from context: people, organisations, places, acronyms', () => {
    const register = registerOf(readFixture('pulwama-draft.txt'));
    const kindOf = (canonical: string) => register.entries.find((e) => e.canonical === canonical)?.kind;
    assert.equal(kindOf('John Bolton'), 'person');
    assert.equal(kindOf('State Department'), 'organisation');
    assert.equal(kindOf('Jaish-e-Muhammed'), 'organisation');
    assert.equal(kindOf('Balakot'), 'place');
    assert.equal(kindOf('CRPF'), 'acronym');
  });

  it('reads the title of a person who is "of" somewhere: "Sen. Ted Cruz of Texas", "Mr. Nevins of Showtime"', () => {
    // From PolNeAR (USA Today, the NYT): "of" was taken for the title's, so "Sen" passed for a first name.
    const text = 'Debate night\nThat left Sen. Ted Cruz of Texas center stage. Gov. John Kasich of Ohio stayed back. "Still," said Mr. Nevins of Showtime.';
    const register = registerOf(text);
    const entry = (canonical: string) => register.entries.find((e) => e.canonical === canonical);
    assert.equal(entry('Ted Cruz')?.title, 'Sen.');
    assert.equal(entry('John Kasich')?.title, 'Gov.');
    assert.equal(registerOf('Talks\nSecretary of State John Kerry of Massachusetts arrived.').entries.find((e) => e.canonical === 'John Kerry')?.title, 'Secretary of State');
    assert.equal(entry('Texas')?.kind, 'place');
    assert.equal(mentionAt(register, text.indexOf('Nevins'))?.title?.text, 'Mr.');
    assert.equal(mentionAt(register, text.indexOf('Showtime'))?.text, 'Showtime');
    for (const wrong of ['Sen Ted Cruz', 'Gov John Kasich', 'Mr Nevins of Showtime', 'of Texas']) assert.ok(!register.entries.some((e) => e.canonical === wrong), wrong);
    // An organisation keeps its place, and an untitled name its unknown one.
    const kept = registerOf('Campus news\nThe University of Texas and the Duke of Edinburgh Awards agreed.');
    assert.ok(kept.entries.some((e) => e.canonical === 'University of Texas'));
  });

  it('takes two capitalised words ending in a common word or a people for a thing, not a person, unless a first name leads', () => {
    // PolNeAR's "Executive Order", "Closing Dinner", "Reagan Democrats" were people, named first by their last word.
    const register = registerOf('Washington\nThe order came late. The Executive Order was signed at the Closing Dinner, where Reagan Democrats cheered Jeb Bush and Donald J. Trump.');
    const kindOf = (canonical: string) => register.entries.find((e) => e.canonical === canonical)?.kind;
    assert.equal(kindOf('Executive Order'), 'organisation');
    assert.equal(kindOf('Closing Dinner'), 'organisation');
    assert.equal(kindOf('Reagan Democrats'), 'organisation');
    const places = registerOf('Iowa\nVoters in Polk County and the African-American RNC delegates met.');
    assert.equal(places.entries.find((e) => e.canonical === 'Polk County')?.kind, 'place');
    assert.equal(places.entries.find((e) => e.canonical === 'African-American RNC')?.kind, 'organisation');
    assert.equal(kindOf('Jeb Bush'), 'person');
    // People whose surname is a word, with a first name no list has: still people.
    const people = registerOf('Track\nUsain Bolt won, Condoleezza Rice and Draymond Green watched, and JD Vance spoke.');
    for (const person of ['Usain Bolt', 'Condoleezza Rice', 'Draymond Green', 'JD Vance']) assert.equal(people.entries.find((e) => e.canonical === person)?.kind, 'person', person);
    assert.equal(kindOf('Donald J. Trump'), 'person');
  });

  it('keeps two people who share a surname apart, and links the surname to the nearest', () => {
    const text = readFixture('names-not-variants.txt');
    const register = registerOf(text);
    assert.ok(register.entries.some((e) => e.canonical === 'Bill Clinton'));
    assert.ok(register.entries.some((e) => e.canonical === 'Hillary Clinton'));
    assert.equal(mentionAt(register, text.indexOf('Clinton voted'))?.entry.canonical, 'Hillary Clinton');
  });

  it('reports names and acronyms as the JSON contract has them', () => {
    const text = readFixture('pulwama-draft.txt');
    const report = buildReport(check(text, { languageId: 'plaintext' }).model);
    const qureshi = report.names.find((n) => n.canonical === 'Shah Mehmood Qureshi');
    assert.deepEqual(qureshi, { canonical: 'Shah Mehmood Qureshi', kind: 'person', mentions: 4, variants: [{ text: 'Qureshi', count: 3 }] });
    const jem = report.acronyms.find((a) => a.acronym === 'JeM');
    assert.deepEqual(jem, {
      acronym: 'JeM',
      expansion: 'Jaish-e-Muhammed',
      definedAt: text.indexOf('Jaish-e-Muhammed (JeM)'),
      firstUse: text.indexOf('JeM and other'),
    });
    assert.deepEqual(report.acronyms.find((a) => a.acronym === 'CRPF'), { acronym: 'CRPF', expansion: null, definedAt: null, firstUse: text.indexOf('CRPF') });
  });

  it('describes an entry for the hover: full name, title, forms with counts, first mention', () => {
    const text = readFixture('pulwama-draft.txt');
    const { model } = check(text, { languageId: 'plaintext' });
    const entry = mentionAt(model.names, text.indexOf('Qureshi’s call'))!.entry;
    assert.equal(
      describeName(entry, model.paragraphs),
      '**Shah Mehmood Qureshi** (Foreign Minister; person)\n\nWritten “Shah Mehmood Qureshi” ×1, “Qureshi” ×3. First mentioned in paragraph 2.',
    );
  });
});
