import { strict as assert } from 'node:assert';
import { check, DraftChecker, resolveFinding, type CheckResult } from '../../engine/check';
import { applyEdits } from '../../engine/edits';
import { defaultConfig, type CopydeskConfig } from '../../engine/config';
import type { Finding } from '../../engine/findings';
import { readFixture } from '../../../test/fixtures';
import { dictionaries } from '../../../test/dictionaries';

function spellingOf(text: string, languageId = 'plaintext', config: Partial<CopydeskConfig> = {}) {
  const result = check(text, { languageId, config: { ...defaultConfig, ...config }, dictionaries });
  return { result, findings: result.findings.filter((f) => f.rule === 'spelling') };
}

const flagged = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

function resolved(finding: Finding, result: CheckResult): Finding {
  return resolveFinding(finding, result);
}

describe('spelling', () => {
  describe('the seed article', () => {
    for (const [name, languageId] of [['pulwama-draft.txt', 'plaintext'], ['pulwama-draft.md', 'markdown']]) {
      it(`flags only "de-escate" and offers "de-escalate" first (${languageId})`, () => {
        const text = readFixture(name);
        const { result, findings } = spellingOf(text, languageId);
        assert.deepEqual(flagged(text, findings), ['de-escate']);
        const [finding] = findings;
        assert.equal(finding.severity, 'warning');
        assert.match(finding.message, /“de-escalate”, which appears 3 times in this article/);
        assert.deepEqual(finding.data?.word, 'de-escate');
        const full = resolved(finding, result);
        assert.equal(full.suggestions?.[0], 'de-escalate');
        assert.ok(full.suggestions!.length <= 5);
        const fix = full.fixes?.[0];
        assert.ok(fix?.preferred);
        assert.match(applyEdits(text, fix.edits), /urged both Pakistan and India to de-escalate\. Secretary/);
      });
    }

    it('leaves alone its names, acronyms and correct compounds', () => {
      const text = readFixture('pulwama-draft.txt');
      const words = flagged(text, spellingOf(text).findings);
      for (const word of ['Qureshi', 'Gokhale', 'Pompeo', 'Pulwama', 'Balakot', 'Palladino', 'Imran', 'de-escalate', 'counter-terrorism', 'neighbours', 'JeM', 'CRPF', 'MiG-21', 'Qureshi’s']) {
        assert.ok(!words.includes(word), `${word} must not be flagged`);
      }
    });
  });

  // Cut from published copy (PolNeAR), where each was flagged before.
  it('leaves alone particles in a row before a name, and pieces of a word an editor changed in brackets', () => {
    const text = 'Defense Minister Ursula von der Leyen visited the villa, Casa de las Gaviotas, with Oscar de la Renta. “[W]ith her poll numbers dropping,” he said, to “pick[ing] up delegates.” A typo in brakets still counts.';
    assert.deepEqual(flagged(text, spellingOf(text).findings), ['brakets']);
  });

  describe('real drafts', () => {
    it('a British council story: two typos, none of its names', () => {
      const text = readFixture('council-housing-draft.md');
      const { result, findings } = spellingOf(text, 'markdown');
      assert.deepEqual(flagged(text, findings), ['recieved', 'goverment']);
      assert.deepEqual(findings.map((f) => resolved(f, result).suggestions?.[0]), ['received', 'government']);
      assert.equal(check(text, { languageId: 'markdown', dictionaries }).findings.filter((f) => f.rule === 'spelling-dialect').length, 0);
    });

    it('an American hearing story: two typos, none of its names', () => {
      const text = readFixture('senate-hearing-draft.txt');
      const { result, findings } = spellingOf(text);
      assert.deepEqual(flagged(text, findings), ['definately', 'accomodate']);
      assert.deepEqual(findings.map((f) => resolved(f, result).suggestions?.[0]), ['definitely', 'accommodate']);
    });
  });

  describe('names are not typos', () => {
    it('leaves alone a capitalised word inside a sentence', () => {
      assert.deepEqual(spellingOf('The minister met Councillor Adaeze Okonkwo in Tottenham.').findings, []);
    });

    it('checks a capitalised word that opens a sentence', () => {
      const text = 'Goverment officials declined to comment.';
      const { result, findings } = spellingOf(text);
      assert.deepEqual(flagged(text, findings), ['Goverment']);
      assert.equal(resolved(findings[0], result).suggestions?.[0], 'Government');
    });

    it('leaves alone a sentence-opening name the article uses as a name elsewhere', () => {
      assert.deepEqual(spellingOf('Qureshi said he spoke to Bolton. The call was brief, said Qureshi.').findings, []);
    });

    it('leaves alone a first name opening a sentence', () => {
      assert.deepEqual(spellingOf('Melania Trump spoke on Tuesday.').findings, []);
    });
  });

  describe('what is a word', () => {
    it('skips addresses, handles, hashtags, numbers and units', () => {
      const text = 'Write to desk@newsroomx.org, see https://example.com/qwzx, follow @qwzxnews and #qwzxvote: 40km, 1990s, 3rd, 12pm.';
      assert.deepEqual(spellingOf(text).findings, []);
    });

    it('skips acronyms and mixed case', () => {
      assert.deepEqual(spellingOf('The JeM and CRPF said the MiG-21 and the iPhone were not at issue.').findings, []);
    });

    it('skips code in Markdown', () => {
      assert.deepEqual(spellingOf('Run `qwzxcheck` first.\n\n```\nqwzxcheck --all\n```\n', 'markdown').findings, []);
    });

    it('checks hyphenated words whole and by parts', () => {
      const text = 'The well-knwon counter-terrorism unit said Pakistan-based groups must de-escalate, not re-arm.';
      assert.deepEqual(flagged(text, spellingOf(text).findings), ['well-knwon']);
    });

    it('handles possessives and curly apostrophes, and flags only the stem', () => {
      const text = 'Kashmir’s police said the goverment’s plan didn’t change Qureshi’s view.';
      const { result, findings } = spellingOf(text);
      assert.deepEqual(flagged(text, findings), ['goverment']);
      assert.equal(applyEdits(text, resolved(findings[0], result).fixes![0].edits), text.replace('goverment’s', 'government’s'));
    });

    it('accepts loan phrases and words built from known ones, but not their words alone', () => {
      assert.deepEqual(spellingOf('The de facto chief’s modus operandi was to reenergize nongovernment groups, presumptively.').findings, []);
      const text = 'His operandi was clear.';
      assert.deepEqual(flagged(text, spellingOf(text).findings), ['operandi']);
    });

    it('never flags the desk’s words', () => {
      const text = 'The village runs on jugaad and khichdi.';
      assert.equal(spellingOf(text).findings.length, 2);
      assert.deepEqual(spellingOf(text, 'plaintext', { words: ['jugaad', 'Khichdi'] }).findings, []);
    });

    it('accepts both British and American spellings', () => {
      assert.deepEqual(spellingOf('The neighbours and the neighbors analysed and analyzed the colour.').findings, []);
    });
  });

  describe('suggestions', () => {
    it('ranks the likeliest slip first, at most five, each a fix', () => {
      const text = 'They said they would recieve the report.';
      const { result, findings } = spellingOf(text);
      const full = resolved(findings[0], result);
      assert.equal(full.suggestions?.[0], 'receive');
      assert.ok(full.suggestions!.length <= 5);
      assert.equal(full.fixes?.length, full.suggestions?.length);
      assert.deepEqual(full.fixes?.map((f) => f.preferred ?? false), full.suggestions?.map((_, i) => i === 0));
    });

    it('prefers the word the article uses over the dictionary’s first guess', () => {
      const alone = spellingOf('The cout adjourned.');
      assert.notEqual(resolved(alone.findings[0], alone.result).suggestions?.[0], 'court');
      const text = 'The court heard the appeal on Monday. The cout adjourned.';
      const { result, findings } = spellingOf(text);
      assert.match(findings[0].message, /“court”, which appears once in this article/);
      assert.equal(resolved(findings[0], result).suggestions?.[0], 'court');
    });

    it('never takes a word it flags as the article’s spelling of another', () => {
      const text = 'The duran duran played. The dura dura played.';
      const { findings } = spellingOf(text);
      assert.deepEqual(flagged(text, findings), ['duran', 'duran', 'dura', 'dura']);
      for (const finding of findings) assert.match(finding.message, /is not in the dictionary/);
    });

    it('takes a misspelling made twice as the reporter’s spelling, not a slip the article can correct', () => {
      const text = 'The moratorium passed. Two moratoria failed, and the moratoria before them.';
      const { findings } = spellingOf(text);
      assert.deepEqual(flagged(text, findings), ['moratoria', 'moratoria']);
      for (const finding of findings) assert.match(finding.message, /is not in the dictionary/);
      const once = 'The moratorium passed. Two moratoria failed.';
      assert.match(spellingOf(once).findings[0].message, /typo for “moratorium”/);
      // Written twice, once where a sentence opens (and not flagged there).
      const opening = 'Moratoria failed in May. Two moratoria passed, and the moratorium in July.';
      assert.match(spellingOf(opening).findings[0].message, /is not in the dictionary/);
    });

    it('offers the capital for a name typed in lower case, as the article writes it', () => {
      const text = 'Attack in Kashmir\nMilitants struck in Pulwama on Thursday. Pulwama is quiet now. Police in pulwama said so.';
      const { result, findings } = spellingOf(text);
      assert.deepEqual(flagged(text, findings), ['pulwama']);
      assert.match(findings[0].message, /typo for “Pulwama”, which appears twice/);
      assert.deepEqual(resolved(findings[0], result).fixes?.[0].edits, [{ start: text.indexOf('pulwama'), end: text.indexOf('pulwama') + 7, newText: 'Pulwama' }]);
    });

    it('offers a name with its capital, and no capital for a word the article capitalises only where a sentence opens', () => {
      const named = 'Duran arrived. Duran played. They cheered Duran. The uran crowd cheered.';
      assert.match(spellingOf(named).findings[0].message, /typo for “Duran”, which appears 3 times/);
      // "duran" would be flagged in turn, and "the Protestors" would be wrong and never flagged.
      for (const [text, typo] of [['Duran arrived. Duran played. The uran crowd cheered.', 'uran'], ['Protestors marched. Protestors returned. Police dispersed the protestrs.', 'protestrs']]) {
        const { findings } = spellingOf(text);
        assert.deepEqual(flagged(text, findings), [typo]);
        assert.match(findings[0].message, /is not in the dictionary/);
      }
      // A dictionary word that only opens sentences is still offered in lower case.
      const common = 'However late, it came. However slow, it came. It was howver fine.';
      assert.match(spellingOf(common).findings[0].message, /typo for “however”/);
    });

    it('takes no possessive or abbreviation as the article’s spelling of a word', () => {
      for (const text of ['They met Duran’s aides. The duran’s plan failed.', 'Duran’s aides came. Duran’s plan won. The duran plan failed.', 'We met bern. okafor came. We met Bern. dura came. Then bern La left.']) {
        for (const finding of spellingOf(text).findings) assert.doesNotMatch(finding.message, /typo for “[^”]*(’s|'s|\.)”/, text);
      }
    });

    it('never fixes a quotation unread', () => {
      const text = 'Police in Pulwama said so. Pulwama is quiet. “We will not leave pulwama,” a resident said.';
      const { result, findings } = spellingOf(`Attack in Kashmir\n${text}`);
      assert.match(findings[0].message, /typo for “Pulwama”/);
      const fix = resolved(findings[0], result).fixes?.[0];
      assert.equal(fix?.title, 'Change to “Pulwama”');
      assert.equal(fix?.safe, undefined);
    });

    it('are not computed on the keystroke path', () => {
      const { findings } = spellingOf('They said they would recieve the report.');
      assert.equal(findings[0].suggestions, undefined);
    });
  });

  describe('checked again and again (what is kept between checks changes nothing)', () => {
    const messages = (checker: DraftChecker, text: string, config: Partial<CopydeskConfig> = {}) =>
      checker
        .check(text, { languageId: 'plaintext', config: { ...defaultConfig, ...config }, dictionaries })
        .findings.filter((f) => f.rule === 'spelling')
        .map((f) => `${text.slice(f.start, f.end)}@${f.start}: ${f.message}`);
    const places = (list: string[]) => list.map((m) => m.split(':')[0]);

    it('gives a tie between two of the article’s words to the one first in the alphabet', () => {
      for (const text of ['The noise came from the house. A hoise stood there.', 'The house made a noise. A hoise stood there.']) {
        assert.match(spellingOf(text).findings[0].message, /typo for “house”, which appears once/);
      }
    });

    it('takes evidence from this draft only, and from words it gains and loses', () => {
      const typo = 'Both sides must de-escate now.';
      assert.match(spellingOf(typo).findings[0].message, /is not in the dictionary/);
      assert.match(spellingOf(`They urged both to de-escalate, and de-escalate fast. ${typo}`).findings[0].message, /typo for “de-escalate”, which appears twice/);
      assert.match(spellingOf(typo).findings[0].message, /is not in the dictionary/);
      const checker = new DraftChecker();
      assert.match(messages(checker, `${typo}\nNothing else.`)[0], /is not in the dictionary/);
      assert.match(messages(checker, `${typo}\nThey will de-escalate, de-escalate.`)[0], /typo for “de-escalate”/);
      assert.match(messages(checker, `${typo}\nNothing else.`)[0], /is not in the dictionary/);
    });

    it('reads a line as a title-case headline or as body copy, whichever it was read as before', () => {
      // A fresh line for each order: the first reading of a line is the one kept.
      for (const [line, headlineFirst] of [['Pakistan Urges Calm After Convoy Attakc', true], ['India Urges Calm After Border Attakc', false]] as const) {
        const asHeadline = `${line}\nThe army said so.`;
        const asBody = `Army says little\n${line}\nThe army said so.`;
        const checker = new DraftChecker();
        for (const text of headlineFirst ? [asHeadline, asBody, asHeadline] : [asBody, asHeadline, asBody]) {
          const expected = text === asHeadline ? [`Attakc@${line.indexOf('Attakc')}`] : [];
          assert.deepEqual(places(messages(checker, text)), expected);
          assert.deepEqual(places(messages(new DraftChecker(), text)), expected);
        }
      }
    });

    it('sees a sentence-opening word become a name when another paragraph uses it as one, and stop being one', () => {
      const checker = new DraftChecker();
      const alone = 'Attakc was the word.\nNothing more.';
      assert.deepEqual(places(messages(checker, alone)), ['Attakc@0']);
      assert.deepEqual(messages(checker, 'Attakc was the word.\nHe said Attakc.'), []);
      assert.deepEqual(messages(checker, 'Attakc was the word.\nAttakc again.'), []);
      assert.deepEqual(places(messages(checker, alone)), ['Attakc@0']);
    });

    it('follows the desk’s words as they change, on the same text', () => {
      const checker = new DraftChecker();
      const text = 'The village runs on jugaad.\nAnd on khichdi.';
      assert.equal(messages(checker, text).length, 2);
      assert.deepEqual(places(messages(checker, text, { words: ['jugaad'] })), ['khichdi@35']);
      assert.equal(messages(checker, text).length, 2);
    });

    it('marks a kept paragraph where it is now after an edit above it', () => {
      const checker = new DraftChecker();
      const body = 'The goverment said so.';
      assert.deepEqual(places(messages(checker, `Headline here\n${body}`)), ['goverment@18']);
      assert.deepEqual(places(messages(checker, `Headline here\nA new line.\n${body}`)), ['goverment@30']);
    });
  });

  it('says so when the dictionaries are missing, instead of passing silently', () => {
    const findings = check('Anything at all.', { languageId: 'plaintext' }).findings.filter((f) => f.rule === 'spelling');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /Spelling is not being checked/);
  });
});
