/**
 * The desk's style sheet is shared: Copydesk writes to it for everyone
 * ("Add to the desk dictionary", "Make it the desk spelling"). A write may
 * add, never take away: not a colleague's word written at the same moment,
 * not a comment, not a setting Copydesk does not understand, not even one it
 * thinks is wrong. A style sheet that is a link to the desk's shared file
 * stays a link, and keeps its permissions.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, type ParseError } from 'jsonc-parser';
import { updateStyleSheet } from '../../src/desk-style-sheet';
import { addWord, setDeskSpelling } from '../../src/engine/style-sheet-edits';
import { parseConfig } from '../../src/engine/config';
import { ruleIds } from '../../src/rules/registry';
import { holds, propertyRuns } from './hostile-drafts';

/** True when every non-space character of `before` is still in `after`, in order: the write only added. */
function onlyAdded(before: string, after: string): boolean {
  const kept = before.replace(/\s+/g, '');
  const now = after.replace(/\s+/g, '');
  let at = 0;
  for (let i = 0; i < now.length && at < kept.length; i++) if (now[i] === kept[at]) at++;
  return at === kept.length;
}

const word = fc.oneof(fc.constantFrom('Pulwama', 'Jaish-e-Mohammed', 'Qureshi’s', 'Ülkü', '"quoted"', 'back\\slash', '*/ not a comment', 'new\nline', '👨‍👩‍👧'), fc.string({ minLength: 1, maxLength: 12 }));

const value = fc.oneof(
  fc.array(word, { maxLength: 4 }),
  word,
  fc.integer(),
  fc.constant(null),
  fc.dictionary(word, fc.oneof(fc.array(word, { maxLength: 3 }), word), { maxKeys: 3 }),
);

/** A style sheet as desks write them: comments, odd layout, settings of every type, sometimes broken mid-edit. */
const styleSheet = fc
  .tuple(
    fc.dictionary(fc.constantFrom('words', 'names', 'rules', 'dialect', 'acronyms', 'attributionVerbs', 'notes', '$schema'), value, { maxKeys: 6 }),
    fc.constantFrom(0, 2, 4, '\t'),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('// agreed with the foreign desk\n', '/* style 2019 */', '// “curly” comment\n')), { maxLength: 3 }),
    fc.constantFrom('\n', '\r\n'),
    fc.constantFrom('none', 'truncated', 'trailing comma', 'bom'),
  )
  .map(([settings, indent, comments, eol, damage]) => {
    let text = JSON.stringify(settings, null, indent);
    const lines = text.split('\n');
    for (const [at, comment] of comments) lines.splice(1 + (at % Math.max(1, lines.length - 1)), 0, comment.trimEnd());
    text = lines.join(eol) + eol;
    if (damage === 'truncated') text = text.slice(0, Math.floor(text.length * 0.7));
    if (damage === 'trailing comma') text = text.replace(/\](?=[^\]]*$)/, ',]');
    if (damage === 'bom') text = `\uFEFF${text}`;
    return text;
  });

describe('writing to the shared style sheet', function () {
  this.timeout(60_000);

  it('adds a word and takes nothing away, whatever the sheet holds', () => {
    holds(
      fc.property(fc.oneof(styleSheet, fc.constant(''), fc.string()), word, (before, added) => {
        let after: string;
        try {
          after = addWord(before, added);
        } catch (error) {
          // Refusing to write is allowed (the sheet is too broken to change safely); writing something wrong is not.
          assert.match((error as Error).message, /./);
          return;
        }
        assert.ok(onlyAdded(before.trim() === '' ? '' : before, after), `the write removed something:\n${before}\n---\n${after}`);
        const errors: ParseError[] = [];
        const parsed = parse(after, errors, { allowTrailingComma: true });
        if (before.trim() === '' || parseConfig(before, ruleIds).problems.length === 0) {
          assert.deepEqual(errors, [], `a good sheet stays good:\n${after}`);
          assert.ok(Array.isArray(parsed.words) && parsed.words.includes(added), `the word is in the list:\n${after}`);
        }
      }),
      propertyRuns(300),
    );
  });

  it('records a desk spelling and takes nothing away, whatever the sheet holds', () => {
    holds(
      fc.property(fc.oneof(styleSheet, fc.constant('')), word, word, (before, canonical, variant) => {
        let after: string;
        try {
          after = setDeskSpelling(before, canonical, variant);
        } catch {
          return;
        }
        assert.ok(onlyAdded(before.trim() === '' ? '' : before, after), `the write removed something:\n${before}\n---\n${after}`);
        if (before.trim() === '' || parseConfig(before, ruleIds).problems.length === 0) {
          const names = parse(after).names as Record<string, string[]>;
          assert.ok(names[canonical]?.includes(variant), `the spelling is recorded:\n${after}`);
        }
      }),
      propertyRuns(300),
    );
  });

  it('refuses, with a reason, to replace a "words" that is not a list', () => {
    assert.throws(() => addWord('{ "words": "Pulwama" }', 'Balakot'), /"words"/);
    assert.throws(() => setDeskSpelling('{ "names": ["Jaish-e-Mohammed"] }', 'Qureshi', 'Quereshi'), /"names"/);
    assert.throws(() => setDeskSpelling('{ "names": { "Qureshi": "Quereshi" } }', 'Qureshi', 'Qureshy'), /"Qureshi"/);
  });

  describe('on disk', () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'copydesk-sheet-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('keeps every word when six colleagues add forty words each at the same moment', async () => {
      const sheet = join(folder, '.copydesk.json');
      writeFileSync(sheet, '{\n  // the desk\n  "words": []\n}\n');
      const start = Date.now() + 1_000;
      const writers = Array.from({ length: 6 }, (_, writer) => {
        const words = Array.from({ length: 40 }, (_, i) => `word${writer}x${i}`);
        const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'add-words.ts'), sheet, String(start), ...words], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        return new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer ${writer} exited ${code}: ${stderr}`)))));
      });
      await Promise.all(writers);
      const text = readFileSync(sheet, 'utf8');
      assert.match(text, /\/\/ the desk/);
      const { config, problems } = parseConfig(text, ruleIds);
      assert.deepEqual(problems, []);
      assert.equal(config.words?.length, 240, 'all 240 words are there');
    });

    it('writes through a link to the desk’s shared style sheet, keeping the link and the file’s permissions', () => {
      mkdirSync(join(folder, 'shared'));
      const shared = join(folder, 'shared', 'desk.json');
      writeFileSync(shared, '{ "words": ["Pulwama"] }\n');
      chmodSync(shared, 0o664);
      const link = join(folder, '.copydesk.json');
      symlinkSync(shared, link);
      updateStyleSheet(link, (text) => addWord(text, 'Balakot'));
      assert.ok(lstatSync(link).isSymbolicLink(), 'still a link');
      assert.deepEqual(parse(readFileSync(shared, 'utf8')).words, ['Pulwama', 'Balakot']);
      assert.equal(statSync(shared).mode & 0o777, 0o664);
    });

    it('reads a style sheet saved with a byte order mark, as Windows editors save it', () => {
      const sheet = join(folder, '.copydesk.json');
      writeFileSync(sheet, '\uFEFF{ "words": ["Pulwama"] }\n');
      updateStyleSheet(sheet, (text) => addWord(text, 'Balakot'));
      const text = readFileSync(sheet, 'utf8');
      assert.deepEqual(parseConfig(text.replace(/^\uFEFF/, ''), ruleIds), { config: { words: ['Pulwama', 'Balakot'] }, problems: [] });
    });
  });
});
