import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { DictionaryLoadError, loadDictionaries } from '../src/dictionaries';
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

  it('names the missing file when a dictionary is not there', () => {
    assert.throws(() => loadDictionaries(join(dir, 'nowhere')), (error: unknown) => error instanceof DictionaryLoadError && /en-US\.aff/.test(error.message));
  });
});
