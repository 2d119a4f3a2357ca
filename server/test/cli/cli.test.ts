import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesDir } from '../fixtures';

const bin = join(__dirname, '..', '..', 'bin', 'copydesk.js');

function copydesk(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

describe('copydesk CLI', () => {
  let folder: string;
  const seed = join(fixturesDir, 'pulwama-draft.txt');

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const draft = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };

  it('prints file:line:col severity rule message, 1-based, and a summary', () => {
    const path = draft('draft.txt', 'Headline\nThe FM assured me that Pakistan would deal firmly with the the terrorists.\n');
    const { stdout, code } = copydesk(['check', path]);
    assert.equal(code, 0);
    assert.equal(stdout, `${path}:2:60 warning repeated-word “the” is typed twice. Delete the second one.\n1 problem (0 errors, 1 warning, 0 info) in 1 file.\n`);
  });

  it('prints JSON of the contract’s shape for the seed article', () => {
    const { stdout, code } = copydesk(['check', '--format', 'json', seed]);
    assert.equal(code, 0);
    const output = JSON.parse(stdout);
    assert.equal(output.version, 1);
    assert.equal(output.files.length, 1);
    const [file] = output.files;
    assert.equal(file.path, seed);
    assert.ok(Array.isArray(file.findings));
    assert.equal(file.report.stats.words, 603);
    assert.equal(file.report.stats.paragraphs, 11);
  });

  it('gives each finding its text and both offsets and 0-based positions in JSON', () => {
    const path = draft('draft.md', '# Headline\n\nThey met the the minister.\n');
    const [finding] = JSON.parse(copydesk(['check', '--format=json', path]).stdout).files[0].findings;
    assert.deepEqual(finding.start, { offset: 25, line: 2, character: 13 });
    assert.deepEqual(finding.end, { offset: 28, line: 2, character: 16 });
    assert.equal(finding.text, 'the');
    assert.equal(finding.rule, 'repeated-word');
    assert.equal(finding.severity, 'warning');
  });

  it('exits 1 when the desk makes a finding an error', () => {
    writeFileSync(join(folder, '.copydesk.json'), '{ "rules": { "repeated-word": "error" } }');
    mkdirSync(join(folder, 'sport'));
    const path = draft(join('sport', 'match.txt'), 'Headline\nThey played the the final.\n');
    const { stdout, code } = copydesk(['check', path]);
    assert.equal(code, 1);
    assert.match(stdout, /:2:17 error repeated-word /);
  });

  it('names every bad file on stderr, checks the others and exits 2', () => {
    const good = draft('good.txt', 'Headline\nThey played the the final.\n');
    const binary = draft('photo.jpg', '\u0000\u0001JFIF');
    const latin1 = join(folder, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const empty = draft('empty.txt', '');
    const { stdout, stderr, code } = copydesk(['check', join(folder, 'missing.txt'), folder, binary, latin1, empty, good]);
    assert.equal(code, 2);
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0], /missing\.txt: no such file\./);
    assert.match(lines[1], /is a folder, not a draft/);
    assert.match(lines[2], /photo\.jpg: looks like a binary file/);
    assert.match(lines[3], /latin1\.txt: is not UTF-8 text/);
    assert.match(stdout, /good\.txt:2:17 warning repeated-word/);
    assert.match(stdout, /1 problem .* in 2 files\./);
  });

  it('says plainly when a file cannot be read', function () {
    if (process.getuid?.() === 0) this.skip(); // root reads everything
    const path = draft('locked.txt', 'Headline\n');
    chmodSync(path, 0o000);
    const { stderr, code } = copydesk(['check', path]);
    assert.equal(code, 2);
    assert.match(stderr, /locked\.txt: cannot be read \(permission denied\)/);
  });

  it('reports a broken style sheet with its place, and checks with the rest', () => {
    writeFileSync(join(folder, '.copydesk.json'), '{\n  "rules": { "repeated-word": "loud" }\n}\n');
    const path = draft('draft.txt', 'Headline\nThey played the the final.\n');
    const { stdout, stderr, code } = copydesk(['check', path]);
    assert.equal(code, 2);
    assert.match(stderr, /\.copydesk\.json:2:31: The setting for "repeated-word" must be "error", "warning", "info" or "off"\./);
    assert.match(stdout, /warning repeated-word/);
  });

  it('takes an explicit --config', () => {
    const config = draft('desk.json', '{ "rules": { "repeated-word": "off" } }');
    const path = draft('draft.txt', 'Headline\nThey played the the final.\n');
    const { stdout, code } = copydesk(['check', '--config', config, path]);
    assert.equal(code, 0);
    assert.equal(stdout, 'No problems found in 1 file.\n');
  });

  for (const [args, message] of [
    [[], /Usage:/],
    [['lint', 'x.txt'], /unknown command "lint"/],
    [['check'], /name at least one file/],
    [['check', '--format', 'xml', 'x.txt'], /"xml" is not a format for check/],
    [['check', '--dialect', 'en-AU', 'x.txt'], /"en-AU" is not a dialect/],
    [['check', '--verbose', 'x.txt'], /unknown option "--verbose"/],
    [['check', '--config'], /--config needs a value/],
  ] as Array<[string[], RegExp]>) {
    it(`rejects "copydesk ${args.join(' ')}" with exit 2 and one clear line`, () => {
      const { stdout, stderr, code } = copydesk(args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
    });
  }

  it('prints the report as JSON', () => {
    const { stdout, code } = copydesk(['report', '--format', 'json', seed]);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.stats.words, 603);
    assert.ok(Array.isArray(report.findings));
  });

  it('prints the report as Markdown by default, with problems by rule', () => {
    const path = draft('draft.txt', 'Headline\nThey played the the final.\n');
    const { stdout, code } = copydesk(['report', path]);
    assert.equal(code, 0);
    assert.match(stdout, /^# Copydesk report: draft\.txt\n/);
    assert.match(stdout, /### `repeated-word` · 1 · /);
    assert.match(stdout, /\| 2 \| “the” \| warning: “the” is typed twice/);
  });

  it('escapes hostile text in the HTML and Markdown reports', () => {
    const path = draft('hostile.txt', 'Headline\n<script>alert(1)</script> <img src=x onerror=alert(1)> said said | pipes.\n');
    const html = copydesk(['report', '--format', 'html', path]).stdout;
    assert.ok(!/<script|<img/i.test(html), 'no live markup from the draft');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    const markdown = copydesk(['report', path]).stdout;
    assert.ok(!/<script|<img/i.test(markdown));
  });

  it('prints SARIF 2.1.0 with rule metadata, 1-based regions and fixes', () => {
    const path = draft('draft.txt', 'Headline\nThey played the the final.\n');
    const sarif = JSON.parse(copydesk(['check', '--format', 'sarif', path], folder).stdout);
    assert.equal(sarif.version, '2.1.0');
    const [run] = sarif.runs;
    assert.ok(run.tool.driver.rules.some((rule: { id: string }) => rule.id === 'repeated-word'));
    const [result] = run.results;
    assert.equal(result.ruleId, 'repeated-word');
    assert.equal(result.level, 'warning');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'draft.txt');
    assert.deepEqual(
      { line: result.locations[0].physicalLocation.region.startLine, column: result.locations[0].physicalLocation.region.startColumn },
      { line: 2, column: 17 },
    );
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '');
  });

  it('prints findings as a Markdown table', () => {
    const path = draft('draft.txt', 'Headline\nThey played the the final.\n');
    const { stdout } = copydesk(['check', '--format', 'markdown', path]);
    assert.match(stdout, /\| 2 \| 17 \| warning \| `repeated-word` \| “the” is typed twice\. Delete the second one\. \|/);
  });
});
