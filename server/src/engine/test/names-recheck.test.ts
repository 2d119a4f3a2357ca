/**
 * The names register and the acronym table keep what each sentence says
 * with its parse and remember pure answers for the life of the process. A
 * check that reuses them must say exactly what a first reading says: these
 * tests check drafts one after another, as an editor does, then each again
 * from a fresh parse, and compare everything the two hold.
 */
import { strict as assert } from 'node:assert';
import { check, DraftChecker, letGoOfDraft, type CheckResult } from '../check';
import { defaultConfig, type CopydeskConfig } from '../config';
import { chunkCache } from '../parse';
import { readFixture } from '../../../test/fixtures';
import { checkedInStepsBeside } from './checked-beside';

const ourRules = new Set(['name-variant', 'name-first-reference', 'acronym-before-definition', 'acronym-undefined']);

/** All the register, the table and their rules say of `text`, as JSON. */
function everything(text: string, languageId: string, config: CopydeskConfig = defaultConfig): string {
  return said(check(text, { languageId, config }));
}

function said({ model, findings }: CheckResult): string {
  const { names, acronyms } = model;
  return JSON.stringify({
    mentions: names.mentions.map((m) => ({
      text: m.text,
      start: m.start,
      end: m.end,
      parts: m.parts.map(({ text, start, end, spelling }) => ({ text, start, end, spelling })),
      title: m.title && { text: m.title.text, start: m.title.start, end: m.title.end },
      possessive: m.possessive,
      isAcronym: m.isAcronym,
      inHeadline: m.inHeadline,
      paragraph: m.paragraph,
      entry: m.entry.canonical,
    })),
    entries: names.entries.map((e) => ({ ...e, mentions: e.mentions.map((m) => m.start), fullMention: e.fullMention?.start })),
    respellings: names.respellings.map((r) => ({ text: r.text, start: r.start, end: r.end, canonical: r.canonical, group: r.group.canonical, mention: r.mention.start })),
    acronyms: acronyms.entries.map((e) => ({ ...e, uses: e.uses.map((u) => ({ ...u, word: u.word.start })) })),
    findings: findings.filter((f) => ourRules.has(f.rule)),
  });
}

/** Checks the drafts in turn, each after the one before; then each from a fresh parse, and compares. */
function assertSameAsFresh(drafts: Array<{ text: string; languageId?: string; config?: CopydeskConfig }>): void {
  const inTurn = drafts.map((d) => everything(d.text, d.languageId ?? 'plaintext', d.config));
  drafts.forEach((d, i) => {
    chunkCache.clear();
    assert.equal(inTurn[i], everything(d.text, d.languageId ?? 'plaintext', d.config), `draft ${i}`);
  });
}

const seed = readFixture('pulwama-draft.txt');

describe('names register and acronym table on a re-check', () => {
  it('say after an edit what they say of the edited draft read afresh', () => {
    const middle = seed.indexOf(' ', seed.length >> 1);
    assertSameAsFresh([
      { text: seed },
      { text: seed.slice(0, middle) + 'x' + seed.slice(middle) },
      { text: seed.replace('Gokhale', 'Gokhle') },
      { text: seed.replace('Jaish-e-Muhammed (JeM)', 'Jaish-e-Muhammed') },
      { text: seed },
      { text: readFixture('pulwama-draft.md'), languageId: 'markdown' },
    ]);
  });

  it('read a sentence again when the rest of the article changes its verdict on a word', () => {
    // "Police" opens a sentence: a weak name until the article writes "police" in lower case.
    const before = 'Police in Karachi said Imran Khan would speak.\nPolice said so again.\nImran Khan spoke.\n';
    const after = before + 'The police left.\n';
    const twice = before + 'Later Police Chief Ali Khan spoke.\n';
    assertSameAsFresh([{ text: before }, { text: after }, { text: twice }, { text: before }]);
  });

  it('read a paragraph again as the headline, and as body copy when it moves down', () => {
    const headline = 'Pakistan Says India Must Show Restraint After Pulwama Attack';
    const body = `${headline}\nForeign Minister Shah Mehmood Qureshi spoke to Mike Pompeo.\nQureshi said Pakistan wanted calm.\n`;
    assertSameAsFresh([{ text: body }, { text: `Restraint urged\n${body}` }, { text: body }]);
  });

  it('keep datelines out only where they open a paragraph', () => {
    const dateline = 'NEW DELHI — India recalled its envoy, the CRPF said.';
    assertSameAsFresh([{ text: `${dateline}\nThe NEW DELHI office said little.\n` }, { text: `Headline\n${dateline}\n` }]);
  });

  it('count a defined acronym written like a name as a use', () => {
    const text = 'Nato chiefs met.\nThe North Atlantic Treaty Organisation (Nato) met in Brussels.\nNato’s chief spoke, and so did the NATO envoy.\n';
    const { model } = check(text, { languageId: 'plaintext' });
    const nato = model.acronyms.byAcronym.get('Nato');
    assert.deepEqual(
      nato?.uses.map((u) => text.slice(u.start, u.end)),
      ['Nato', 'Nato'],
    );
    assertSameAsFresh([{ text }, { text: text.replace('(Nato)', '(NATO)') }, { text }]);
  });

  it('use the desk’s names and acronyms of this check, not of the last', () => {
    const desk: CopydeskConfig = { ...defaultConfig, names: { 'Jaish-e-Mohammed': ['Jaish-e-Muhammed', 'JeM'] }, acronyms: { known: ['CRPF'] } };
    assertSameAsFresh([{ text: seed }, { text: seed, config: desk }, { text: seed }, { text: seed, config: desk }]);
  });

  it('split two names run together only while the first also stands alone', () => {
    const text = 'John Bolton spoke.\nBolton said he would give Bolton Pakistan’s view.\n';
    assertSameAsFresh([{ text }, { text: text.replace('Bolton said', 'He said') }, { text }]);
  });
});

describe('names register of a draft checked again and again (DraftChecker)', () => {
  const deskNames = () => ({ 'Jaish-e-Mohammed': ['Jaish-e-Muhammed'] });
  const middle = seed.indexOf(' ', seed.length >> 1);
  const edited = seed.slice(0, middle) + 'x' + seed.slice(middle);

  it('is moved, not rebuilt, when the desk’s names are the same words in a new object (a server merges its config each check)', () => {
    const checker = new DraftChecker();
    const first = checker.check(seed, { languageId: 'plaintext', config: { ...defaultConfig, names: deskNames() } });
    const entries = first.model.names.entries;
    const again = checker.check(edited, { languageId: 'plaintext', config: { ...defaultConfig, names: deskNames() } });
    assert.ok(again.model.names.entries.length > 0);
    assert.ok(again.model.names.entries.every((entry, i) => entry === entries[i]), 'the same entries, moved');
    assert.deepEqual(again.findings, check(edited, { languageId: 'plaintext', config: { ...defaultConfig, names: deskNames() } }).findings);
  });

  it('reads the article afresh when an edit runs two names together and the last check had none to split', () => {
    // "Bolton Pakistan’s)i": a bracket typed turns a word into a name beside "Bolton", who also stands alone.
    const before = 'Bolton spoke.\nThe call was to give Bolton Pakistan’si view.\n';
    const after = 'Bolton spoke.\nThe call was to give Bolton Pakistan’s)i view.\n';
    const checker = new DraftChecker();
    checker.check(before, { languageId: 'markdown' });
    assert.deepEqual(checker.check(after, { languageId: 'markdown' }).findings, check(after, { languageId: 'markdown' }).findings);
  });

  /** Checks the drafts in turn with one DraftChecker, and each against a fresh check. */
  function assertEditsSameAsFresh(drafts: string[]): void {
    const checker = new DraftChecker();
    drafts.forEach((text, i) => assert.equal(said(checker.check(text, { languageId: 'plaintext' })), everything(text, 'plaintext'), `draft ${i}`));
  }

  it('reads sentences an edit did not touch again when the edit changes the verdict on one of their words', () => {
    // "Brisk" opens two sentences and is never written in lower case: a name, until a line elsewhere writes "brisk".
    const before = 'Talks end\nBrisk talks went on in Karachi.\nBrisk said so again.\nImran Khan spoke.\nThe force left.\n';
    const lower = before.replace('The force left.', 'The brisk force left.');
    // "Brisk Khan" opens a sentence once: a weak name, until an edit elsewhere has "Brisk" open another.
    const later = 'Talks end\nBrisk Khan spoke in Karachi.\nImran Khan spoke.\nThe force left.\n';
    const twice = later.replace('The force left.', 'Brisk the force left.');
    // A word capitalised inside a sentence is a name wherever it opens one.
    const inside = later.replace('The force left.', 'The force met Brisk.');
    assertEditsSameAsFresh([before, lower, before, lower, later, twice, later, inside, later]);
  });

  it('moves the register after edits that leave every mention as it was, and says what a fresh check says', () => {
    const lines = 'Talks end\nPolice in Karachi said Imran Khan would speak.\nThe force left.\nImran Khan spoke, Qureshi said.\n';
    const checker = new DraftChecker();
    const first = checker.check(lines, { languageId: 'plaintext' }).model.names.entries;
    for (const text of [lines.replace('force', 'forces'), lines.replace('force left.', 'force left.\n\nIt rained.'), lines.replace('Talks end\n', 'Talks end\nA line.\n')]) {
      const again = checker.check(text, { languageId: 'plaintext' });
      assert.ok(again.model.names.entries.every((entry, i) => entry === first[i]), 'the same entries, moved');
      assert.equal(said(again), everything(text, 'plaintext'));
    }
  });

  it('moves the register while a new sentence’s first word is typed, unless the word may be another spelling of a name in the story', () => {
    const story = 'Talks end\nForeign Secretary Vijay Gokhale met Shah Mehmood Qureshi.\nGokhale said the talks went well.\n';
    const typed = (word: string) => Array.from(word, (_, i) => story.replace('went well.', `went well. ${word.slice(0, i + 1)}`));
    const checker = new DraftChecker();
    checker.check(story, { languageId: 'plaintext' });
    // "Res", "Resi", "Resid"…: each a weak name (it opens a sentence) that no spelling of the story is a letter away from.
    for (const [i, text] of typed('Residents').entries()) {
      const before = checker.check(i === 0 ? story : typed('Residents')[i - 1], { languageId: 'plaintext' }).model.names.entries;
      const after = checker.check(text, { languageId: 'plaintext' });
      assert.equal(said(after), everything(text, 'plaintext'), text);
      if (i >= 3 && i <= 7) assert.ok(after.model.names.entries.every((entry, k) => entry === before[k]), `moved, not rebuilt: ${text.slice(-12)}`);
    }
    // "Gokhle" is one slip from "Gokhale": the spellings may be one name, and the register is built again.
    for (const text of typed('Gokhle')) assert.equal(said(checker.check(text, { languageId: 'plaintext' })), everything(text, 'plaintext'), text);
  });

  it('moves the acronym table after edits that leave its definitions, uses and phrases as they were, and says what a fresh check says', () => {
    const lines = [
      'Talks end',
      'ISLAMABAD — The JeM claimed the attack, the CRPF said.',
      'Jaish-e-Muhammed (JeM) is based in Pakistan, and the North Atlantic Treaty Organisation (Nato) met.',
      'Foreign Minister Shah Mehmood Qureshi spoke; the FM said Nato’s envoy and the JeM were wrong.',
      'The force left.',
    ].join('\n');
    const checker = new DraftChecker();
    const table = checker.check(lines, { languageId: 'plaintext' }).model.acronyms;
    const moved = [lines.replace('force', 'forces'), lines.replace('force left.', 'force left.\n\nIt rained.'), lines.replace('based in', 'based\nin'), lines.replace('claimed', 'claimed\n')];
    for (const text of moved) {
      const again = checker.check(text, { languageId: 'plaintext' });
      assert.equal(again.model.acronyms, table, `the same table, moved (${JSON.stringify(text)})`);
      assert.equal(said(again), everything(text, 'plaintext'));
    }
    const rebuilt = [lines.replace('Minister', 'Ministers'), lines.replace(' (JeM)', ''), lines.replace('Nato’s', 'NATO’s'), lines.replace('force', 'JeM force'), lines.replace('(Nato)', '(NATO)'), lines.replace('ISLAMABAD —', 'In ISLAMABAD'), lines];
    for (const text of [...rebuilt, ...moved]) assert.equal(said(checker.check(text, { languageId: 'plaintext' })), everything(text, 'plaintext'), JSON.stringify(text));
  });

  it('moves the acronym table when the sentence defining an acronym was read again in between (written twice, or other drafts checked)', () => {
    const nato = 'The North Atlantic Treaty Organization (NATO) met on Monday.';
    const text = `Alliance meets in Brussels\n\n${nato}\n\nOther things happened.\n\n${nato}\n\nNATO said more.\n`;
    const second = text.replace(/met on Monday\.\n\nNATO/, 'met on Monday too.\n\nNATO');
    const first = second.replace('met on Monday.\n\nOther', 'met on Monday here.\n\nOther');
    assertEditsSameAsFresh([text, second, first]);
    // Other drafts checked between two keystrokes age the readings this draft's table was built from.
    const checker = new DraftChecker();
    checker.check(text, { languageId: 'plaintext' });
    for (let i = 0; i < 5; i++) check(`Draft ${i}\nThe World Health Organization (WHO) spoke, Mayor Ruiz ${i} said.\n`, { languageId: 'plaintext' });
    const edited = text.replace('met on Monday.\n\nOther', 'met on Monday here.\n\nOther');
    assert.equal(said(checker.check(edited, { languageId: 'plaintext' })), everything(edited, 'plaintext'));
  });

  it('says what a fresh check says of a long draft checked in steps while other drafts are checked between its steps', () => {
    // Long enough for the register's steps (64 sentences each), with names spelled another way past the first step.
    const long = [seed, seed, seed, seed.replace(/Gokhale/g, 'Gokhle'), seed.replace(/Qureshi/g, 'Qureshy')].join('\n');
    const others = [
      'Talks in Geneva\nThe World Health Organization (WHO) met Mayor Ruiz, and Ruiz said Rutte and Rute spoke.\n',
      seed.replace(/Jaish-e-Muhammed/g, 'Jaish-e-Mohammed'),
      'Vote delayed\nSenator Elizabeth Warren and Warrren said so.\n',
    ];
    let checks = 0;
    // Interleaved at every stretch of steps, as the server answers another draft's edit between a long draft's steps.
    for (const every of [1, 7, 50]) {
      const { result: stepped, others: checked } = checkedInStepsBeside(long, others, every, { languageId: 'plaintext' });
      checks += checked;
      assert.equal(said(stepped), everything(long, 'plaintext'), `another draft checked every ${every} steps`);
      assert.equal(stepped.model.names.respellings.length, 4, 'Gokhle and Qureshy, twice each');
    }
    assert.ok(checks > 100, `${checks} other checks`);
  });

  it('says what a fresh check says of an acronym spelled out only far into a long draft checked in steps, other drafts checked between its steps', () => {
    // CRPF is never defined; its words come, capitalised, after 160 sentences: past the table's first step (128 sentences each).
    const long = [...Array.from({ length: 8 }, () => seed), 'Officers of the Central Reserve Police Force were there.'].join('\n');
    // Each with acronyms of its own nobody defined, whose initials the table looks for too.
    const others = ['Talks\nThe KMTU and the PLRB met the Kent Metal Trades Union.\n', 'Vote\nThe DSWA said the QNLF knew.\n'];
    for (const every of [1, 3]) {
      const { result } = checkedInStepsBeside(long, others, every, { languageId: 'plaintext' });
      assert.equal(said(result), everything(long, 'plaintext'), `another draft checked every ${every} steps`);
      assert.equal(result.model.acronyms.byAcronym.get('CRPF')?.spelledOut, 'Central Reserve Police Force');
    }
  });

  it('lets go of a closed draft’s readings but for the sentences an open draft has too, and the open draft reads as before', () => {
    const closing = new DraftChecker();
    const closed = closing.check(`${seed}\nThe Kashmir Valley Traders Association (KVTA) shut its shops.\n`, { languageId: 'plaintext' });
    const openChecker = new DraftChecker();
    const open = openChecker.check(seed, { languageId: 'plaintext' });
    const onlyClosing = closed.model.sentences.filter((sentence) => !open.model.sentences.some((other) => other.source === sentence.source));
    assert.ok(onlyClosing.length >= 1 && onlyClosing.length < closed.model.sentences.length, `${onlyClosing.length} sentences the open draft has not`);
    // Each of those read by the register and by the table: let go once, and only once.
    assert.equal(letGoOfDraft(closing, [openChecker]), 2 * onlyClosing.length);
    assert.equal(letGoOfDraft(closing, [openChecker]), 0);
    // The open draft's readings stayed: letting go of them finds them held.
    assert.equal(letGoOfDraft(openChecker, []), 2 * open.model.sentences.length);
    const edited = seed.replace('Gokhale', 'Gokhle');
    assert.equal(said(openChecker.check(edited, { languageId: 'plaintext' })), everything(edited, 'plaintext'));
  });

  it('lets go of what a long draft’s first check in steps read before it was closed half way', () => {
    const long = Array.from({ length: 8 }, (_, copy) => seed.replace(/Gokhale/g, `Gokhale${'abcdefgh'[copy]}`)).join('\n');
    const checker = new DraftChecker();
    const steps = checker.steps(long, { languageId: 'plaintext' });
    // Past the parse and the placing, into the sentences read ahead for the register and the table.
    for (let n = 0; n < long.split('\n').length + 150; n++) steps.next();
    steps.return(undefined as never);
    assert.ok(checker.sentences.length > 100);
    assert.ok(letGoOfDraft(checker, []) > 0, 'readings read before the close');
  });

  it('is rebuilt when the desk’s names change, and says what a fresh check says', () => {
    const checker = new DraftChecker();
    checker.check(seed, { languageId: 'plaintext', config: { ...defaultConfig, names: deskNames() } });
    const desk = { ...defaultConfig, names: { 'Jaish-e-Mohammed': ['Jaish-e-Muhammed', 'JeM'] } };
    const again = checker.check(edited, { languageId: 'plaintext', config: desk });
    assert.deepEqual(again.findings, check(edited, { languageId: 'plaintext', config: desk }).findings);
    const plain = checker.check(seed, { languageId: 'plaintext' });
    assert.deepEqual(plain.findings, check(seed, { languageId: 'plaintext' }).findings);
  });
});
