/**
 * A newsroom pipeline runs the CLI over a day's wire copy: thousands of
 * briefs in one command. Memory must not grow with the number of files; the
 * run is held to an 80 MB heap — the two Hunspell dictionaries take about half
 * of it — which a run that kept every article's model until the end outgrows
 * a few hundred files in.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFixture } from '../fixtures';

const bin = join(__dirname, '..', '..', 'bin', 'copydesk.js');
const files = 2_500;

describe('copydesk CLI on thousands of files', function () {
  this.timeout(60_000);
  let folder: string;
  let paths: string[];

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk-many-'));
    const lines = readFixture('pulwama-draft.txt').split('\n').filter(Boolean);
    paths = Array.from({ length: files }, (_, i) => {
      const path = join(folder, `brief-${String(i).padStart(4, '0')}.txt`);
      writeFileSync(path, `Brief ${i}\n${lines[i % lines.length]} ${i}\nThey played the the final.\n${lines[(i + 3) % lines.length]}\n`);
      return path;
    });
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('stops quietly when its reader stops reading (copydesk check … | head)', async () => {
    const child = spawn(process.execPath, [bin, 'check', '--format', 'json', ...paths], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (data: string) => (stderr += data));
    // Read the first piece, then hang up, as `head` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    assert.deepEqual({ code, signal, stderr }, { code: 0, signal: null, stderr: '' });
  });

  for (const format of ['text', 'json']) {
    it(`checks ${files} files as ${format} within an 80 MB heap, and prints every one`, () => {
      const peak = join(folder, `peak-${format}`);
      const result = spawnSync(process.execPath, ['--max-old-space-size=80', '--require', join(__dirname, 'peak-memory.cjs'), bin, 'check', '--format', format, ...paths], {
        encoding: 'utf8',
        maxBuffer: 64 * 2 ** 20,
        env: { ...process.env, COPYDESK_PEAK_MEMORY: peak },
      });
      assert.equal(result.status, 0, `exit ${result.status}: ${result.stderr.slice(0, 300)}`);
      assert.equal(result.stderr, '');
      if (format === 'text') {
        assert.equal(result.stdout.match(/ warning repeated-word /g)?.length, files, 'every brief’s "the the"');
        assert.match(result.stdout, new RegExp(`\\(0 errors, \\d+ warnings, \\d+ info\\) in ${files} files\\.\n$`));
      }
      if (format === 'json') assert.equal(JSON.parse(result.stdout).files.length, files);
      const residentMegabytes = Number(readFileSync(peak, 'utf8')) / 1024;
      assert.ok(residentMegabytes < 200, `peak resident memory ${residentMegabytes.toFixed(0)} MB`);
    });
  }
});
