import { strict as assert } from 'node:assert';
import { check, DraftChecker, resolveFinding, type CheckResult } from '../check';
import type { Attribution } from '../attribution';
import type { Quote } from '../quotes';
import { chunkCache } from '../parse';
import { buildReport } from '../report';
import { readFixture } from '../../../test/fixtures';
import { dictionaries } from '../../../test/dictionaries';
import { apply, random, randomEdit } from './edit-sequences';
import { checkedInStepsBeside } from './checked-beside';

/** Everything a check says: its findings, resolved (suggestions and fixes), the report, and every quote's speaker where the hover finds it. */
function said(result: CheckResult): string {
  const findings = result.findings.map((finding) => resolveFinding(finding, result));
  const { quotes, attributions } = result.model;
  const attribution = (a: Attribution | undefined) => a && { cue: a.cue, verb: a.verb, mention: a.mention, anonymous: a.anonymous, speaker: a.speaker, kind: a.speakerKind, neutral: a.neutral, paragraph: a.paragraph.index };
  const placed = quotes.map((quote) => ({ start: quote.start, end: quote.end, likelyEnd: quote.likelyEnd, by: quote.attributedBy, attribution: attribution(quote.attribution) }));
  return JSON.stringify({ findings, report: buildReport(result.model), stats: result.model.stats, counts: [...result.model.wordCounts].sort(), placed, attributions: attributions.map(attribution) });
}

describe('checking a draft as it is edited', function () {
  this.timeout(180_000);

  const drafts: Array<{ name: string; text: string; languageId: string; seed: number; edits: number }> = [
    { name: 'the seed', text: readFixture('pulwama-draft.txt'), languageId: 'plaintext', seed: 1, edits: 250 },
    { name: 'the seed with Windows line endings', text: readFixture('pulwama-draft.txt').replace(/\n/g, '\r\n'), languageId: 'article', seed: 2, edits: 120 },
    { name: 'the seed in Markdown', text: readFixture('pulwama-draft.md'), languageId: 'markdown', seed: 3, edits: 120 },
    { name: 'a Markdown draft with blank lines', text: readFixture('council-housing-draft.md'), languageId: 'markdown', seed: 4, edits: 120 },
    {
      name: 'three drafts as one, quotes running over paragraphs',
      text: [readFixture('senate-hearing-draft.txt'), readFixture('quotes-attributed.txt'), readFixture('names-transliteration.txt')].join('\n'),
      languageId: 'plaintext',
      seed: 5,
      edits: 250,
    },
  ];

  it('gives the findings and report of a fresh check while letters are typed all over a long draft', () => {
    // Mostly letters typed into words, as typing is: the edits the kept quotes and speakers are for.
    const text0 = ['senate-hearing-draft.txt', 'quotes-attributed.txt', 'names-transliteration.txt', 'pulwama-draft.txt', 'acronym-definitions.txt', 'names-not-variants.txt'].map(readFixture).join('\n');
    const next = random(6);
    const checker = new DraftChecker();
    const options = { languageId: 'plaintext', dictionaries };
    let text = text0;
    checker.check(text, options);
    for (let step = 0; step < 300; step++) {
      const at = Math.floor(next() * text.length);
      const edit = next() < 0.8 ? { start: at, end: at, text: 'etaoinsE'[Math.floor(next() * 8)] } : randomEdit(text, next);
      text = apply(text, edit);
      assert.equal(said(checker.check(text, options)), said(check(text, options)), `after edit ${step} (${JSON.stringify(edit)})`);
    }
  });

  it('says what a fresh check says when the first check is made in steps, and after edits that follow it', () => {
    // The language server makes a long draft's first check in steps (DraftChecker.steps), then checks each edit.
    const text0 = ['senate-hearing-draft.txt', 'quotes-attributed.txt', 'names-transliteration.txt', 'pulwama-draft.txt'].map(readFixture).join('\n');
    for (const languageId of ['plaintext', 'markdown']) {
      chunkCache.clear();
      const options = { languageId, dictionaries };
      const checker = new DraftChecker();
      assert.ok(checker.fresh);
      const steps = checker.steps(text0, options);
      let count = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) count++;
      assert.ok(count > text0.split('\n').length, `a step for each paragraph and more: ${count}`);
      assert.ok(!checker.fresh);
      assert.equal(said(step.value), said(check(text0, options)));
      const next = random(7);
      let text = text0;
      for (let edit = 0; edit < 40; edit++) {
        text = apply(text, randomEdit(text, next));
        assert.equal(said(checker.check(text, options)), said(check(text, options)), `${languageId}, after edit ${edit}`);
      }
    }
  });

  it('says what a fresh check says of a first check in steps while other drafts are checked between its steps', () => {
    // Long enough (300 paragraphs and more) for the quotes, the speakers and the names register to take several steps each.
    const one = ['senate-hearing-draft.txt', 'quotes-attributed.txt', 'names-transliteration.txt', 'pulwama-draft.txt'].map(readFixture).join('\n');
    const long = Array.from({ length: 10 }, (_, i) => (i % 3 === 2 ? one.replace(/Qureshi/g, 'Qureshy').replace(/said/g, 'claimed') : one)).join('\n');
    const others = [readFixture('names-not-variants.txt'), readFixture('acronym-definitions.txt'), 'Storm\n“It is over,” he said. “We go home.”\n'];
    const options = { languageId: 'plaintext', dictionaries };
    const fresh = said(check(long, options));
    for (const every of [1, 5]) {
      const { result } = checkedInStepsBeside(long, others, every, options);
      assert.equal(said(result), fresh, `another draft checked every ${every} steps`);
    }
  });

  it('keeps the names its speakers looked up within bounds while surnames are typed into a cue, and says what a fresh check says', () => {
    const seed = readFixture('pulwama-draft.txt');
    let text = `${seed}\n“We will not stop,” said  on Tuesday.\n${seed}`;
    let at = text.indexOf('said  on') + 'said '.length;
    const checker = new DraftChecker();
    const options = { languageId: 'plaintext', dictionaries };
    const result = checker.check(text, options);
    // What the kept reading carries to the next keystroke (KeptQuotes' last reading): not part of a check's result.
    const asked = () => {
      const { surnames, titles } = (checker as unknown as { kept: { quotes: { last: { asked: { surnames: Set<string>; titles: Set<string> } } } } }).kept.quotes.last.asked;
      return surnames.size + titles.size;
    };
    const bound = 2 * result.model.attributions.length + 64;
    const next = random(12);
    for (let n = 0; n < 60; n++) {
      // A surname typed letter by letter, then deleted, as a reporter trying spellings does: each prefix is a name looked up.
      const name = `${'BDGKMPRSTW'[Math.floor(next() * 10)]}${Array.from({ length: 5 }, () => 'aeioulnrst'[Math.floor(next() * 10)]).join('')}`;
      for (const letter of name) {
        text = text.slice(0, at) + letter + text.slice(at);
        at++;
        checker.check(text, options);
        // Carried while within the bound, and then added to by this keystroke's speakers: a few more at most.
        assert.ok(asked() <= bound + 16, `${asked()} names asked, bound ${bound}`);
      }
      text = text.slice(0, at - name.length) + text.slice(at);
      at -= name.length;
      if (n % 20 === 19) assert.equal(said(checker.check(text, options)), said(check(text, options)), `after ${n + 1} names`);
    }
  });

  for (const draft of drafts) {
    it(`gives the findings and report of a fresh check after each of ${draft.edits} random edits to ${draft.name}`, () => {
      const next = random(draft.seed);
      const checker = new DraftChecker();
      const options = { languageId: draft.languageId, dictionaries };
      let text = draft.text;
      checker.check(text, options);
      const versions: string[] = [];
      for (let step = 0; step < draft.edits; step++) {
        const edit = randomEdit(text, next);
        versions.push(text);
        // Now and then an undo: back two versions.
        text = next() < 0.05 && versions.length > 3 ? versions[versions.length - 3] : apply(text, edit);
        // Now and then the parse cache is emptied, as a busy server's may be.
        if (step % 25 === 0) chunkCache.clear();
        const kept = said(checker.check(text, options));
        const fresh = said(check(text, options));
        assert.equal(kept, fresh, `after edit ${step} (${JSON.stringify(edit)}) the kept check differs from a fresh one`);
      }
    });
  }

  it('keeps the quotes and speakers when a keystroke leaves them standing, and reads them afresh when it does not', () => {
    const text = readFixture('quotes-attributed.txt');
    const checker = new DraftChecker();
    const options = { languageId: 'plaintext', dictionaries };
    const first = checker.check(text, options).model.quotes;
    // A letter typed into a word of a paragraph with no quotation mark.
    const lines = text.split('\n');
    const plain = lines.findIndex((line, i) => i > 0 && line.trim() !== '' && !/["“”‘’']/.test(line) && / \w+ /.test(line));
    assert.ok(plain > 0, 'the fixture has a paragraph without quotes');
    const at = lines.slice(0, plain).join('\n').length + 1 + lines[plain].indexOf(' ') + 2;
    const typed = `${text.slice(0, at)}x${text.slice(at)}`;
    const kept = checker.check(typed, options).model.quotes;
    assert.ok(kept.length > 0 && kept.every((quote, i) => quote === first[i]), 'the same quotes, moved');
    assert.equal(said(checker.check(typed, options)), said(check(typed, options)));
    // A quotation mark typed there opens a quote that runs on into the next paragraph, which opens with one (see
    // findQuotes): those two paragraphs are read for quotes again, and every other quote is the last reading's.
    const marked = `${typed.slice(0, at)}“${typed.slice(at)}`;
    const fresh = checker.check(marked, options).model.quotes;
    const paragraphsOf = (quote: Quote) => quote.parts.map((part) => part.paragraph.index);
    assert.deepEqual(fresh.filter((quote) => !first.includes(quote)).map(paragraphsOf), [[plain, plain + 1], [plain + 1]], 'the quotes read again');
    assert.deepEqual(fresh.filter((quote) => first.includes(quote)), first.filter((quote) => paragraphsOf(quote)[0] !== plain + 1), 'the quotes kept');
    assert.equal(said(checker.check(marked, options)), said(check(marked, options)));
  });

  it('keeps the speakers when a letter is typed inside a quote, and reads them afresh when the quote’s end changes', () => {
    const text = readFixture('quotes-attributed.txt');
    const checker = new DraftChecker();
    const options = { languageId: 'plaintext', dictionaries };
    const first = checker.check(text, options).model.quotes;
    // A letter typed into the first word of a later quote: inside it, its marks and the words around it untouched.
    const target = first.find((quote) => quote.text.startsWith('We will be there'))!;
    assert.ok(target?.closed && first[0].inHeadline, 'the fixture has the quote, and a quote in its headline');
    const at = target.parts[0].contentStart + 2;
    const typed = `${text.slice(0, at)}x${text.slice(at)}`;
    const kept = checker.check(typed, options).model.quotes;
    assert.equal(kept.length, first.length);
    // Only the edited paragraph is read for quotes again; no quote runs into it or out of it.
    const edited = target.parts[0].paragraph;
    assert.ok(kept.every((quote, i) => (quote === first[i]) === (first[i].parts[0].paragraph !== edited)), 'the edited paragraph’s quotes found again, the others kept');
    const elsewhere = kept.filter((_, i) => first[i].attribution && first[i].attribution!.paragraph !== target.parts[0].paragraph);
    assert.ok(elsewhere.length > 0 && elsewhere.every((quote) => first.some((old) => old.attribution === quote.attribution)), 'the other quotes keep their speakers');
    assert.equal(said(checker.check(typed, options)), said(check(typed, options)));
    // A question mark typed at the quote's end can change whose words it is: its speaker, and those after it, are read afresh; those before it stand.
    const close = target.parts[0].contentEnd + 1;
    const asked = `${typed.slice(0, close)}?${typed.slice(close)}`;
    const speakers = kept.map((quote) => quote.attribution);
    const fresh = checker.check(asked, options).model.quotes;
    const before = fresh.filter((quote) => !quote.inHeadline && quote.parts[0].paragraph.index < edited.index && quote.attribution);
    assert.ok(before.length > 0 && before.every((quote) => speakers.includes(quote.attribution)), 'the speakers before it stand');
    assert.equal(said(checker.check(asked, options)), said(check(asked, options)));
  });

  it('reads a quote running over paragraphs again from its first paragraph to its last when one of them is typed in', () => {
    const text = [
      'Kasich wins Ohio',
      'Governor John Kasich won all 66 delegates on Tuesday.',
      '“We will be there,” said Mayor Grace Okafor, who backs him.',
      'Kasich told supporters:',
      '"You know, the Lord made everybody here special.',
      '"See, what I learned as a boy is that the spirit does not rest in a big time politician.',
      '"This is all I got, and all I can say is thank you."',
      'Sanders won Michigan. “It is a big night,” he said.',
    ].join('\n');
    const checker = new DraftChecker();
    const options = { languageId: 'plaintext', dictionaries };
    const first = checker.check(text, options).model.quotes;
    const speech = first.find((quote) => quote.parts.length === 3)!;
    assert.ok(speech?.closed, 'the speech is one quote over three paragraphs');
    const insert = (into: string, at: number, what: string) => `${into.slice(0, at)}${what}${into.slice(at)}`;
    // A letter in its middle paragraph.
    const typed = insert(text, text.indexOf('a boy') + 1, 'x');
    const kept = checker.check(typed, options).model.quotes;
    assert.equal(said(checker.check(typed, options)), said(check(typed, options)));
    assert.ok(kept.every((quote, i) => (quote === first[i]) === (first[i] !== speech)), 'the speech found again, the other quotes kept');
    // A letter in its last paragraph: read from its first.
    const last = insert(typed, typed.indexOf('thank you') + 1, 'x');
    assert.equal(said(checker.check(last, options)), said(check(last, options)));
    // A closing mark typed at the end of its first paragraph: the quote ends there, and the next paragraph opens another.
    const closed = insert(last, last.indexOf('special.') + 'special.'.length, '"');
    const split = checker.check(closed, options).model.quotes;
    assert.deepEqual(split.filter((quote) => quote.parts.length > 1).map((quote) => quote.parts.length), [2], 'the speech split in two');
    assert.equal(said(checker.check(closed, options)), said(check(closed, options)));
  });

  it('gives a quote opening the paragraph after a headline quote that runs on no speaker from it, kept or fresh', () => {
    // A headline quote is given its speaker after the story's quotes theirs: the last reading's must not stand in for it.
    for (const close of ['', '”']) {
      const text = `Okafor: “We will rebuild\n“the bridge by spring.”\n“It will cost less than we feared.${close}\nThe council met on Tuesday.`;
      const checker = new DraftChecker();
      const options = { languageId: 'plaintext', dictionaries };
      checker.check(text, options);
      const typed = text.replace('feared', 'fearedx');
      assert.equal(said(checker.check(typed, options)), said(check(typed, options)), `closed with "${close}"`);
    }
  });

  it('runs a quote left open at a paragraph’s end on into the next once a quotation mark opens that one', () => {
    const text = [
      'Council to close bridge',
      'Mayor Grace Okafor said on Tuesday: “We cannot ask people to drive over it.',
      'The engineers were clear, and so are we,” she said.',
      '“It carried traffic for decades,” said Councillor Dev Raman.',
    ].join('\n');
    const checker = new DraftChecker();
    const options = { languageId: 'plaintext', dictionaries };
    const first = checker.check(text, options).model.quotes;
    assert.ok(first.some((quote) => !quote.closed && quote.parts.length === 1), 'a quote left open in its paragraph');
    const at = text.indexOf('The engineers');
    const marked = `${text.slice(0, at)}“${text.slice(at)}`;
    const quotes = checker.check(marked, options).model.quotes;
    assert.ok(quotes.some((quote) => quote.closed && quote.parts.length === 2), 'the mayor’s quote now runs over two paragraphs');
    assert.equal(said(checker.check(marked, options)), said(check(marked, options)));
  });

  it('keeps the speakers when a word outside the quotes of a quoted paragraph is typed in, unless it changes whose words they are', () => {
    const text = [
      'Bridge to reopen by spring, mayor says',
      'Mayor Grace Okafor spoke on Tuesday. “We will rebuild the bridge by spring,” Okafor said at the town hall, standing near the river.',
      'Councillor Dan Ruiz praised the plan for its “bold and careful” design.',
      '“It will cost less than we feared,” he said.',
    ].join('\n');
    const checker = new DraftChecker();
    const options = { languageId: 'plaintext', dictionaries };
    const first = checker.check(text, options).model.quotes;
    assert.deepEqual(
      first.map((quote) => [quote.attribution?.speaker, quote.attribution?.cue.text]),
      [['Grace Okafor', 'said'], ['Dan Ruiz', 'praised'], ['Grace Okafor', 'said']],
    );
    // A letter typed after the cue: that paragraph's quote takes its cue read anew, the others keep theirs.
    const typed = text.replace('standing', 'standingx');
    const kept = checker.check(typed, options).model.quotes;
    assert.deepEqual(kept.map((quote, i) => quote.attribution === first[i].attribution), [false, true, true]);
    assert.equal(kept[0].attribution?.speaker, 'Grace Okafor');
    assert.equal(said(checker.check(typed, options)), said(check(typed, options)));
    // A letter typed after a partial quote: its speaker, the subject of its sentence, is found again in the same words.
    const after = typed.replace('design', 'designx');
    const again = checker.check(after, options).model.quotes;
    assert.deepEqual(again.map((quote, i) => quote.attribution === kept[i].attribution), [true, false, true]);
    assert.deepEqual([again[1].attribution?.speaker, again[1].attribution?.cue.text], ['Dan Ruiz', 'praised']);
    assert.equal(said(checker.check(after, options)), said(check(after, options)));
    // A new word typed (the paragraph's tokens move): the speakers stand.
    const longer = after.replace('near the river', 'near the river again');
    const moved = checker.check(longer, options).model.quotes;
    assert.deepEqual(moved.map((quote, i) => quote.attribution === again[i].attribution), [false, true, true]);
    assert.equal(said(checker.check(longer, options)), said(check(longer, options)));
    // The verb that made the subject its speaker, changed: the speakers from its paragraph on are read afresh, the one before stands.
    const changed = longer.replace('praised', 'praises');
    const speakers = moved.map((quote) => quote.attribution);
    const fresh = checker.check(changed, options).model.quotes;
    assert.deepEqual(fresh.map((quote, i) => quote.attribution === speakers[i]), [true, false, true]);
    assert.equal(fresh[1].attribution?.cue.text, 'praises');
    assert.equal(said(checker.check(changed, options)), said(check(changed, options)));
  });

  it('reads speakers afresh from an edited cue on, as far as a pronoun can look back, and the speakers before it as they stand', () => {
    const options = { languageId: 'plaintext', dictionaries };
    const speakers = (text: string) => check(text, options).model.quotes.map((quote) => quote.attribution?.speaker);
    const cases = [
      // "he" looks back past the ministry for a person: Dan Ruiz, then (his cue typed over) Grace Okafor.
      { text: ['Council votes on budget', '“We will balance it,” Grace Okafor said.', 'Dan Ruiz said the plan was sound.', '“It is fair,” the ministry said.', '“It will pass,” he said.'], edit: ['Ruiz said', 'Ruiz saidx'], was: ['Grace Okafor', 'the ministry', 'Dan Ruiz'], now: ['Grace Okafor', 'the ministry', 'Grace Okafor'] },
      // "He" looks back to the subject that spoke the first quote, once Dan Ruiz's cue is gone.
      { text: ['Council votes on budget', 'Mary Jones branded the plan “a triumph” on Friday.', 'Dan Ruiz said the plan was sound.', 'He branded the plan “a disaster” on Monday.'], edit: ['Ruiz said', 'Ruiz saidx'], was: ['Mary Jones', 'Dan Ruiz'], now: ['Mary Jones', 'Mary Jones'] },
      // The same two paragraphs further down: a speaker made for a quote looks back past the edit as a cue's does.
      { text: ['Council votes on budget', 'Mary Jones branded the plan “a triumph” on Friday.', 'Dan Ruiz said the plan was sound.', 'The weather held.', 'He branded the plan “a disaster” on Monday.'], edit: ['Ruiz said', 'Ruiz saidx'], was: ['Mary Jones', 'Dan Ruiz'], now: ['Mary Jones', 'Mary Jones'] },
      // A full name typed after a quote names the surname before it: the speakers before the edit are read again.
      { text: ['Council votes on budget', '“We will balance it,” Smith said.', 'Dan Ruiz met John Smith on Friday.', '“It will pass,” Ruiz said.'], edit: ['John Smith', 'Johnx Smith'], was: ['John Smith', 'Dan Ruiz'], now: ['Johnx Smith', 'Dan Ruiz'] },
    ];
    for (const { text: lines, edit, was, now } of cases) {
      const text = lines.join('\n');
      const edited = text.replace(edit[0], edit[1]);
      assert.deepEqual([speakers(text), speakers(edited)], [was, now], 'the drafts say what the test is about');
      const checker = new DraftChecker();
      for (const draft of [text, edited, text, edited]) assert.equal(said(checker.check(draft, options)), said(check(draft, options)), JSON.stringify(draft));
    }
  });

  it('gives a long draft’s quotes the speakers of a fresh check while cues and names are typed over, far more than a pronoun looks back apart', () => {
    // Six drafts five times over: hundreds of cues, so the speakers after an edit settle long before the end.
    // With speakers made for a quote, not cued (a sentence's subject, a lead-in), which move with the text where they stand.
    const made = 'Mary Jones branded the plan “a triumph” on Friday.\nThe mayor had one answer: “No.”';
    const drafts = [...['quotes-attributed.txt', 'senate-hearing-draft.txt', 'pulwama-draft.txt', 'quotes-problems.txt', 'names-transliteration.txt', 'acronym-definitions.txt'].map(readFixture), made].join('\n');
    const text = Array.from({ length: 5 }, () => drafts).join('\n');
    const options = { languageId: 'plaintext', dictionaries };
    const checker = new DraftChecker();
    checker.check(text, options);
    const cues = [...text.matchAll(/ said\b|\bBolton\b|\bhe told\b/g)].map((match) => match.index! + match[0].length);
    assert.ok(cues.length > 150, `${cues.length} cues and names to type at`);
    for (const at of cues.filter((_, k) => k % 13 === 5)) {
      const typed = `${text.slice(0, at)}x${text.slice(at)}`;
      assert.equal(said(checker.check(typed, options)), said(check(typed, options)), `typed at ${at}: ${JSON.stringify(text.slice(at - 30, at + 10))}`);
      assert.equal(said(checker.check(text, options)), said(check(text, options)), `and taken back at ${at}`);
    }
  });

  it('gives the speakers of a fresh check when a name is retyped that speakers far down the draft look up, and when one no speaker looks up', () => {
    // Hundreds of cues between the full name and the title and surname that stand for it: far past where a pronoun looks back.
    const fixtures = ['senate-hearing-draft.txt', 'pulwama-draft.txt', 'quotes-problems.txt', 'names-transliteration.txt'].map(readFixture).join('\n');
    const text = [
      'Council votes on budget',
      'Mayor Grace Okafor opened the meeting.',
      'SIGN UP FOR OUR NEWSLETTER',
      Array.from({ length: 8 }, () => fixtures).join('\n'),
      '“It will pass,” the mayor said.',
      '“We are ready,” Okafor said.',
    ].join('\n');
    const options = { languageId: 'plaintext', dictionaries };
    const lastTwo = (draft: string) => check(draft, options).model.quotes.slice(-2).map((quote) => quote.attribution?.speaker);
    const cases = [
      // First, so that the next reading has the names the speakers it kept looked up (not only its own).
      { edit: ['UP FOR OUR', 'UP FORx OUR'], was: ['Grace Okafor', 'Grace Okafor'], now: ['Grace Okafor', 'Grace Okafor'] },
      { edit: ['Grace Okafor', 'Gracex Okafor'], was: ['Grace Okafor', 'Grace Okafor'], now: ['Gracex Okafor', 'Gracex Okafor'] },
    ];
    const checker = new DraftChecker();
    checker.check(text, options);
    for (const { edit, was, now } of cases) {
      const edited = text.replace(edit[0], edit[1]);
      assert.ok(check(edited, options).model.attributions.length > 150, 'well over a hundred cues');
      assert.deepEqual([lastTwo(text), lastTwo(edited)], [was, now], 'the drafts say what the test is about');
      for (const draft of [edited, text]) assert.equal(said(checker.check(draft, options)), said(check(draft, options)), `${edit[1]}: ${draft === text ? 'taken back' : 'typed'}`);
    }
  });

  it('keeps the speaker a lead-in gives the quote below it while a letter is typed there, and reads it afresh when the name changes', () => {
    const text = [
      'Council votes on budget',
      'Mayor Grace Okafor put it plainly at the meeting on Tuesday:',
      '“We will not raise taxes this year.”',
      'Councillor Dan Ruiz disagreed, and said the city needed more money.',
    ].join('\n');
    const checker = new DraftChecker();
    const options = { languageId: 'plaintext', dictionaries };
    const [quote] = checker.check(text, options).model.quotes;
    assert.deepEqual([quote.attributedBy, quote.attribution?.speaker], ['lead-in', 'Grace Okafor']);
    const typed = text.replace('plainly', 'plainlyx');
    const [kept] = checker.check(typed, options).model.quotes;
    assert.ok(kept === quote, 'the quote is kept');
    assert.deepEqual([kept.attributedBy, kept.attribution?.speaker, kept.attribution?.cue.start], ['lead-in', 'Grace Okafor', typed.indexOf(':')]);
    assert.equal(said(checker.check(typed, options)), said(check(typed, options)));
    const renamed = typed.replace('Okafor', 'Okafo');
    const speaker = kept.attribution;
    const [fresh] = checker.check(renamed, options).model.quotes;
    assert.ok(fresh === kept && fresh.attribution !== speaker, 'the quote stands, its speaker is read afresh');
    assert.equal(fresh.attribution?.speaker, 'Grace Okafo');
    assert.equal(said(checker.check(renamed, options)), said(check(renamed, options)));
  });

  it('settles a capitalised word as a name or a typo, and spells the article’s word as its first use does, as the draft changes', () => {
    const checker = new DraftChecker();
    const options = { languageId: 'plaintext', dictionaries };
    const spelling = (text: string) => {
      const kept = checker.check(text, options).findings.filter((finding) => finding.rule === 'spelling').map((finding) => finding.message);
      assert.deepEqual(kept, check(text, options).findings.filter((finding) => finding.rule === 'spelling').map((finding) => finding.message));
      return kept;
    };
    const draft = 'Crowd waits for the mayor\nWated for hours, the crowd grew restless outside the hall.\nThe crowd waited until the doors opened at noon.';
    assert.equal(spelling(draft).length, 1, '“Wated” opens a sentence and the article never uses it as a name');
    assert.deepEqual(spelling(`${draft}\nThey met Wated at noon.`), [], 'written inside a sentence, it is a name');
    assert.equal(spelling(draft).length, 1, 'that sentence deleted, a typo again');

    const named = 'Crowd waits for the mayor\nMayor Grace Baker arrived late, and Baker spoke first.\nThe bakr family waited.';
    assert.match(spelling(named)[0], /typo for “Baker”/);
    // A new first use, opening a sentence, no longer vouches for the capital of a dictionary word.
    assert.match(spelling(named.replace('Mayor Grace', 'Baker came in.\nMayor Grace'))[0], /typo for “baker”/);
    assert.match(spelling(named)[0], /typo for “Baker”/);
    // A name no dictionary knows keeps it: "okafor" would be flagged in turn.
    const unknown = named.replace(/Baker/g, 'Okafor').replace('bakr', 'okafr');
    assert.match(spelling(unknown.replace('Mayor Grace', 'Okafor came in.\nMayor Grace'))[0], /typo for “Okafor”/);
  });

  it('finds a spelling of the other dialect typed in, and forgets it when it is deleted', () => {
    const checker = new DraftChecker();
    const options = { languageId: 'plaintext', dictionaries };
    const dialect = (text: string) => {
      const kept = checker.check(text, options).findings.filter((finding) => finding.rule === 'spelling-dialect').map((finding) => [finding.start, finding.message]);
      assert.deepEqual(kept, check(text, options).findings.filter((finding) => finding.rule === 'spelling-dialect').map((finding) => [finding.start, finding.message]));
      return kept;
    };
    const draft = 'Council backs plan\nThe neighbors complained about the color of the new center.\nThe council met on Tuesday to discuss the plan.\nThe mayor said the program would go ahead.';
    assert.deepEqual(dialect(draft), []);
    const typed = draft.replace('discuss the plan', 'discuss the colour of the plan');
    assert.equal(dialect(typed).length, 1);
    assert.equal(dialect(`Sidewalk plan\n${typed}`).length, 1, 'and where it moved to');
    assert.deepEqual(dialect(draft), []);
  });

  it('reuses the paragraphs an edit left alone, moved to where they are now', () => {
    const text = Array.from({ length: 10 }, () => readFixture('pulwama-draft.txt')).join('\n');
    const checker = new DraftChecker();
    const options = { languageId: 'plaintext', dictionaries };
    const before = checker.check(text, options).model.paragraphs.slice();
    const at = text.indexOf('de-escalate', text.length / 2) + 2;
    const after = checker.check(`${text.slice(0, at)}x${text.slice(at)}`, options).model;
    const fresh = after.paragraphs.filter((paragraph) => !before.includes(paragraph));
    assert.equal(fresh.length, 1, 'only the paragraph typed in is placed again');
    assert.ok(fresh[0].start <= at && at < fresh[0].end);
    const moved = after.paragraphs[after.paragraphs.length - 1];
    assert.equal(after.text.slice(moved.start, moved.end), text.slice(moved.start - 1, moved.end - 1));
  });
});
