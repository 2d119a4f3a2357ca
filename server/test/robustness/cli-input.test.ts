/**
 * The CLI on files it cannot read. cli.test.ts covers missing, binary,
 * non-UTF-8, folders and empty files; its permission test is skipped as root,
 * which is how CI runs. Here root runs the CLI as "nobody", so the promise is
 * tested everywhere: a clear message, exit 2, the other files still checked.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(__dirname, '..', '..', 'bin', 'copydesk.js');
/** Who runs the CLI: ourselves, or "nobody" when we are root (root reads everything). */
const asSomeoneElse = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

describe('copydesk CLI on files it may not read', () => {
  let folder: string;

  before(function () {
    // "nobody" must reach the CLI itself (a checkout under /root would keep it out).
    const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(bin)}, 4)`], asSomeoneElse);
    if (probe.status !== 0) this.skip();
  });

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk-locked-'));
    chmodSync(folder, 0o755);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const file = (name: string, text: string, mode = 0o644) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    chmodSync(path, mode);
    return path;
  };

  it('names a draft it may not read, and checks the others', () => {
    const locked = file('locked.txt', 'Headline\nSecret the the text.\n', 0o000);
    const open = file('open.txt', 'Headline\nThey played the the final.\n');
    const result = spawnSync(process.execPath, [bin, 'check', locked, open], { encoding: 'utf8', ...asSomeoneElse });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `copydesk: ${locked}: cannot be read (permission denied).\n`);
    assert.match(result.stdout, /open\.txt:2:17 warning repeated-word/);
    assert.match(result.stdout, /in 1 file\.$/m);
  });

  it('says so when the desk style sheet may not be read, and checks with the defaults', () => {
    file('.copydesk.json', '{ "rules": { "repeated-word": "off" } }', 0o000);
    const draft = file('draft.txt', 'Headline\nThey played the the final.\n');
    const result = spawnSync(process.execPath, [bin, 'check', draft], { encoding: 'utf8', ...asSomeoneElse });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /\.copydesk\.json:1:1: The style sheet is ignored: it cannot be read \(permission denied\)\./);
    assert.match(result.stdout, /warning repeated-word/);
  });
});
