/**
 * A desk's style sheet travels with the drafts — in a shared folder, a git
 * repository, a zip from a stringer. It is data: Copydesk never opens a path
 * written in it, never loads code named in it, never runs a command from it.
 * The CLI and the language server run here under watch-process.cjs, which
 * records every path, module, program and connection they touch.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient, fileUri } from '../protocol/lsp-client';
import { readWatchLog, unexpected, watchHook } from './watched';

const bin = join(__dirname, '..', '..', 'bin', 'copydesk.js');

/** Every place a style sheet could name a file, code or a command. */
const hostileSheet = `{
  "$schema": "./schema.json",
  "extends": "./other.json",
  "plugins": ["./evil.js"],
  "require": "./evil.js",
  "dictionary": "./wordlist.txt",
  "dialect": "./evil.js",
  "rules": { "repeated-word": "./evil.js" },
  "words": ["./wordlist.txt", "/etc/passwd", "file:///etc/hostname", "../evil.js", "$(touch pwned)"],
  "names": { "./evil.js": ["./other.json"] },
  "acronyms": { "known": ["./schema.json"] },
  "attributionVerbs": ["\`touch pwned\`"]
}
`;

describe('the style sheet is data only', function () {
  this.timeout(30_000);
  let folder: string;
  let draft: string;
  let watchLog: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk-data-'));
    writeFileSync(join(folder, '.copydesk.json'), hostileSheet);
    for (const planted of ['schema.json', 'other.json', 'wordlist.txt']) writeFileSync(join(folder, planted), '{}');
    writeFileSync(join(folder, 'evil.js'), `require('node:fs').writeFileSync(${JSON.stringify(join(folder, 'pwned'))}, 'ran');`);
    draft = join(folder, 'draft.txt');
    writeFileSync(draft, 'Headline\nThey played the the final in Pulwama.\n');
    watchLog = join(folder, 'watch.log');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('the CLI reads the style sheet and the draft, and nothing the style sheet names', () => {
    const result = spawnSync(process.execPath, ['--require', watchHook, bin, 'check', '--format', 'json', draft], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, COPYDESK_WATCH_LOG: watchLog },
    });
    assert.equal(result.status, 2, 'the sheet’s problems are reported');
    assert.match(result.stderr, /Unknown setting "extends"/);
    assert.equal(JSON.parse(result.stdout).files.length, 1, 'and the draft is still checked');
    const log = readWatchLog(watchLog);
    assert.ok(log.some((entry) => entry.target.endsWith('.copydesk.json')), 'the watch saw the style sheet read');
    assert.deepEqual(unexpected(log, [draft]), []);
    assert.ok(!existsSync(join(folder, 'pwned')), 'no code from the style sheet ran');
  });

  it('the language server reads and writes the style sheet, and nothing it names', async () => {
    const client = new TestClient(['--stdio'], { nodeArgs: ['--require', watchHook], env: { ...process.env, COPYDESK_WATCH_LOG: watchLog } });
    try {
      await client.initialize();
      const uri = fileUri(draft);
      client.open(uri, 'Headline\nThey played the the final in Pulwama.\n');
      const diagnostics = await client.diagnostics(uri);
      assert.ok((await client.diagnostics(fileUri(join(folder, '.copydesk.json')))).length > 0, 'the sheet’s problems are marked');
      await client.codeActions(uri, diagnostics);
      await client.executeCommand('copydesk.addToDeskDictionary', [uri, 'Balakot']);
      await client.connection.sendRequest('copydesk/report', { uri });
      await client.connection.sendRequest('copydesk/safeFixes', { uri });
    } finally {
      await client.stop();
    }
    const log = readWatchLog(watchLog);
    assert.ok(log.some((entry) => entry.what.startsWith('fs.rename') && entry.target.endsWith('.copydesk.json')), 'the watch saw the style sheet written');
    assert.deepEqual(unexpected(log, [draft]), []);
    assert.ok(!existsSync(join(folder, 'pwned')), 'no code from the style sheet ran');
  });
});
