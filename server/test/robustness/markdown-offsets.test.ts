/**
 * Markdown whose source and text differ — a block quote's "> ", a list
 * item's indented second line, "\*", "&amp;" — must still put every finding
 * and every fix on the words themselves. These are the drafts that showed a
 * fix eating the wrong characters ("They played the\n> the final." became
 * "They played thehe final.").
 */
import { strict as assert } from 'node:assert';
import { check, resolveFinding } from '../../src/engine/check';
import { applyEdits } from '../../src/engine/edits';
import { checkSoundly } from './invariants';
import { sharedDictionaries } from '../../src/dictionaries';

const cases: Array<[string, string, string]> = [
  ['a block quote over two lines', '# Head\n\n> They played the\n> the final.\n', '# Head\n\n> They played the final.\n'],
  ['a nested block quote', '# Head\n\n> > They played the\n> > the final.\n', '# Head\n\n> > They played the final.\n'],
  ['a block quote with Windows line endings', '# Head\r\n\r\n> They played the\r\n> the final.\r\n', '# Head\r\n\r\n> They played the final.\r\n'],
  ['a list item’s second line', '# Head\n\n- They played the\n  the final.\n', '# Head\n\n- They played the final.\n'],
  ['a quote in a list in a quote', '# Head\n\n> - They played the\n>   the final.\n', '# Head\n\n> - They played the final.\n'],
  ['an escape before the double', '# Head\n\nM\\*A and and more.\n', '# Head\n\nM\\*A and more.\n'],
  ['a character reference before the double', '# Head\n\nAT&amp;T and and more.\n', '# Head\n\nAT&amp;T and more.\n'],
  ['a NUL before the double', '# Head\n\n\u0000 and and more.\n', '# Head\n\n\u0000 and more.\n'],
  ['an emoji before the double', '# Head\n\n👨‍👩‍👧 and and more.\n', '# Head\n\n👨‍👩‍👧 and more.\n'],
];

describe('findings and fixes in Markdown land on the words', () => {
  for (const [name, draft, fixed] of cases) {
    it(`in ${name}`, () => {
      checkSoundly(draft, 'markdown');
      const result = check(draft, { languageId: 'markdown', dictionaries: sharedDictionaries() });
      assert.equal(result.findings.length, 1, 'one finding');
      const [finding] = result.findings;
      assert.match(draft.slice(finding.start, finding.end), /^(the|and)$/, 'the finding covers the word');
      const [fix] = resolveFinding(finding, result).fixes ?? [];
      assert.equal(applyEdits(draft, fix.edits), fixed);
    });
  }
});
