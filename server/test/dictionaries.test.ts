import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';
import nspell from 'nspell';
import { DictionaryLoadError, loadDictionaries, loadDictionariesInSteps } from '../src/dictionaries';
import { fixturesDir } from './fixtures';

describe('loading the dictionaries', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-dictionaries-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('works from a bundle with the dictionaries beside it and no node_modules, as in the .vsix', async function () {
    this.timeout(60_000);
    const { copyDictionaries } = await import('../build-dictionaries.mjs');
    copyDictionaries(join(dir, 'dictionaries'));
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      [
        `import { readFileSync } from 'node:fs';`,
        `import { check, resolveFinding } from ${JSON.stringify(join(__dirname, '..', 'src', 'engine', 'check'))};`,
        `import { sharedDictionaries } from ${JSON.stringify(join(__dirname, '..', 'src', 'dictionaries'))};`,
        `const text = readFileSync(process.argv[2], 'utf8');`,
        `const result = check(text, { languageId: 'plaintext', dictionaries: sharedDictionaries() });`,
        `const finding = result.findings.find((f) => f.rule === 'spelling');`,
        `console.log(JSON.stringify(finding && resolveFinding(finding, result).suggestions));`,
      ].join('\n'),
    );
    await build({ entryPoints: [entry], outfile: join(dir, 'bundle.js'), bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'error' });
    const output = execFileSync(process.execPath, [join(dir, 'bundle.js'), join(fixturesDir, 'pulwama-draft.txt')], { cwd: dir, encoding: 'utf8' });
    assert.equal(JSON.parse(output)[0], 'de-escalate');
  });

  it('reads each dictionary in steps into what nspell makes of the whole file at once', async function () {
    this.timeout(60_000);
    const { copyDictionaries } = await import('../build-dictionaries.mjs');
    const copied = join(dir, 'stepped');
    copyDictionaries(copied);
    const steps = loadDictionariesInSteps(copied);
    let count = 0;
    const loaded = (() => {
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        count++;
      }
    })();
    // A step per stretch of about 2,000 lines: the two lists hold about 50,000 words each.
    assert.ok(count >= 40, `${count} steps`);
    for (const name of ['en-US', 'en-GB'] as const) {
      const whole = nspell(readFileSync(join(copied, `${name}.aff`)), readFileSync(join(copied, `${name}.dic`)));
      const stepped = loaded[name];
      const fields = (spell: object) => spell as unknown as { data: object; compoundRules: RegExp[]; compoundRuleCodes: object };
      assert.ok(isDeepStrictEqual(fields(stepped).data, fields(whole).data), `${name}: the same words with the same flags`);
      assert.deepEqual(fields(stepped).compoundRules.map(String), fields(whole).compoundRules.map(String));
      assert.ok(isDeepStrictEqual(fields(stepped).compoundRuleCodes, fields(whole).compoundRuleCodes));
      // The compound patterns at work: numbers spelt with their endings ("21st"), which only they accept.
      for (const word of ['21st', '3rd', '11th', '42nd', '12nd', 'colour', 'color', 'dezcalate']) assert.equal(stepped.correct(word), whole.correct(word), word);
    }
  });

  it('names the missing file when a dictionary is not there', () => {
    assert.throws(() => loadDictionaries(join(dir, 'nowhere')), (error: unknown) => error instanceof DictionaryLoadError && /en-US\.aff/.test(error.message));
  });
});
