/**
 * The engine on any draft at all: it never throws, and every finding of
 * every rule (present and future: they are read from the registry) points
 * inside the draft, at whole characters, at places LSP can name, with fixes
 * that change only what they say and that stop when applied again and again.
 *
 * Runs a few dozen drafts per property in `npm test`; set
 * COPYDESK_PROPERTY_RUNS=2000 for a longer hunt. A failure prints the
 * smallest draft fast-check could shrink it to, and the seed to replay it.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { check } from '../../src/engine/check';
import { buildReportDocument } from '../../src/report/report-document';
import { renderReportHtml, renderReportMarkdown } from '../../src/report/render';
import { checkSoundly, everyRuleOn, fixAllSafeUntilDone } from './invariants';
import { holds, hostileDraft, languageId, languageIds, longDraft, longHunt, propertyRuns } from './hostile-drafts';
import { sharedDictionaries } from '../../src/dictionaries';

/** Enough rounds for chains of fixes ("the the the the"), few enough to catch a loop. */
const maxFixRounds = 8;

describe('engine on hostile drafts (property tests)', function () {
  this.timeout(longHunt ? 0 : 60_000);

  it('never throws, and every finding and fix range is sound', () => {
    holds(
      fc.property(hostileDraft, languageId, (text, language) => {
        checkSoundly(text, language);
      }),
      propertyRuns(150),
    );
  });

  it('applying all safe fixes again and again ends within a few rounds (no fix loops)', () => {
    holds(
      fc.property(hostileDraft, languageId, (text, language) => {
        fixAllSafeUntilDone(text, language, maxFixRounds);
      }),
      propertyRuns(80),
    );
  });

  it('ends the fix loops random drafts have found', () => {
    // The article's "Duran" offered in lower case, then "duran" fixed to "Dura" and back;
    // two flagged words offered as each other's spelling; "bern" fixed to the abbreviation "bern." and on.
    for (const text of [
      'D🇮🇳uran— Dura\u200dمحمد”n played. 👍Duran Duran Dura👍n played.\n',
      'The duran duran played. The dura dura played.\n',
      'We met bern. okafor came. We met Bern. dura came. Then bern La left.\n',
    ]) {
      fixAllSafeUntilDone(text, 'markdown', maxFixRounds);
    }
  });

  it('applying any one fix leaves the rest of the draft checkable and sound', () => {
    holds(
      fc.property(hostileDraft, languageId, fc.nat(), (text, language, pick) => {
        const { findings } = checkSoundly(text, language);
        const fixes = findings.flatMap((finding) => finding.fixes ?? []);
        fc.pre(fixes.length > 0);
        const fix = fixes[pick % fixes.length];
        let after = text;
        for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) after = after.slice(0, edit.start) + edit.newText + after.slice(edit.end);
        checkSoundly(after, language);
      }),
      propertyRuns(60),
    );
  });

  it('survives very long lines and very many lines', () => {
    holds(
      fc.property(longDraft, languageId, (text, language) => {
        checkSoundly(text, language);
      }),
      propertyRuns(6, 1 / 50),
    );
  });

  it('gives the same findings for a draft whatever its line endings', () => {
    holds(
      fc.property(hostileDraft, fc.constantFrom('plaintext', 'article'), (draft, language) => {
        const lf = draft.replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const summary = (text: string) => check(text, { languageId: language, config: everyRuleOn, dictionaries: sharedDictionaries() }).findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
        assert.deepEqual(summary(crlf), summary(lf));
      }),
      propertyRuns(60),
    );
  });

  it('renders the report of any draft without throwing', () => {
    holds(
      fc.property(hostileDraft, languageId, (text, language) => {
        const result = check(text, { languageId: language, config: everyRuleOn, dictionaries: sharedDictionaries() });
        const document = buildReportDocument(text.slice(0, 30), text, result, result.findings);
        renderReportHtml(document);
        renderReportMarkdown(document);
      }),
      propertyRuns(60),
    );
  });

  for (const language of languageIds) {
    it(`reads the empty and nearly empty ${language} drafts`, () => {
      for (const text of ['', ' ', '\n', '\r\n', '\r', '\u0000', '\ufeff', '\ud800', '#', '>', '```', '“', '---\n']) checkSoundly(text, language);
    });
  }
});
