/**
 * A broken style sheet is marked where it is broken — in the editor and on
 * the command line, at the same place — and checking goes on with what can
 * be read. Each sheet below has a § where its problem must be marked (the §
 * is taken out before it is written).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, fileUri } from '../protocol/lsp-client';

const bin = join(__dirname, '..', '..', 'bin', 'copydesk.js');

const sheets: Array<[string, string, RegExp]> = [
  ['a doubled comma', '{\n  "words": ["Pulwama",§, "Balakot"]\n}\n', /not valid JSON here \(value expected\)/],
  ['a missing closing brace', '{\n  "rules": { "repeated-word": "error" }\n§', /not valid JSON here \(close brace expected\)/],
  ['a stray word', '{\n  "words": ["Pulwama"] §oops\n}\n', /not valid JSON here/],
  ['a misspelt setting', '{\n  §"wrods": ["Pulwama"]\n}\n', /Unknown setting "wrods"/],
  ['a dialect that does not exist', '{ "dialect": §"en-AU" }', /"dialect" must be one of/],
  ['rules as a list', '{ "rules": §["repeated-word"] }', /"rules" must be an object/],
  ['a number among the words', '{ "words": ["Pulwama", §42] }', /Every entry of "words" must be text/],
  ['a name with one variant not in a list', '{ "names": { "Qureshi": §"Quereshi" } }', /names\["Qureshi"\]" must be a list/],
  ['known acronyms as text', '{ "acronyms": { "known": §"CRPF" } }', /"acronyms.known" must be a list/],
  ['a setting given twice', '{\n  "words": ["Pulwama"],\n  §"words": ["Balakot"]\n}\n', /"words" is set twice/],
  ['a list instead of an object', '§["Pulwama"]', /must be a JSON object/],
];

describe('a broken style sheet', function () {
  this.timeout(30_000);
  let folder: string;
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.stop());
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk-broken-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  for (const [name, marked, message] of sheets) {
    it(`with ${name} is marked at its place in the editor and on the command line, and the draft is still checked`, async () => {
      const at = marked.indexOf('§');
      const text = marked.replace('§', '');
      const sheet = join(folder, '.copydesk.json');
      writeFileSync(sheet, text);
      const place = TextDocument.create('file:///sheet', 'json', 0, text).positionAt(at);
      const draft = join(folder, 'draft.txt');
      writeFileSync(draft, 'Headline\nThey played the the final.\n');

      const cli = spawnSync(process.execPath, [bin, 'check', draft], { encoding: 'utf8' });
      assert.equal(cli.status, 2);
      const line = cli.stderr.split('\n').find((l) => message.test(l));
      assert.ok(line, `a clear message on stderr, got: ${cli.stderr}`);
      assert.ok(line.startsWith(`copydesk: ${sheet}:${place.line + 1}:${place.character + 1}: `), `at ${place.line + 1}:${place.character + 1}: ${line}`);
      assert.match(cli.stdout, /repeated-word/, 'the draft is checked all the same');

      const uri = fileUri(draft);
      client.open(uri, 'Headline\nThey played the the final.\n');
      assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['repeated-word']);
      const problems = await client.diagnostics(fileUri(sheet));
      const problem = problems.find((d) => message.test(String(d.message)));
      assert.ok(problem, `a diagnostic on the sheet, got: ${problems.map((d) => String(d.message)).join(' | ')}`);
      assert.deepEqual(problem.range.start, place);
      client.close(uri);
      client.forget(fileUri(sheet));
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(sheet), type: 3 }] });
    });
  }

  it('still counts what it can read: a severity beside a broken list applies', () => {
    writeFileSync(join(folder, '.copydesk.json'), '{ "rules": { "repeated-word": "error" }, "words": [42] }');
    const draft = join(folder, 'draft.txt');
    writeFileSync(draft, 'Headline\nThey played the the final.\n');
    const cli = spawnSync(process.execPath, [bin, 'check', draft], { encoding: 'utf8' });
    assert.equal(cli.status, 2);
    assert.match(cli.stdout, /:2:17 error repeated-word/);
  });

  it('saved with a byte order mark is not broken at all', () => {
    writeFileSync(join(folder, '.copydesk.json'), '\uFEFF{ "rules": { "repeated-word": "off" } }\n');
    const draft = join(folder, 'draft.txt');
    writeFileSync(draft, 'Headline\nThey played the the final.\n');
    const cli = spawnSync(process.execPath, [bin, 'check', draft], { encoding: 'utf8' });
    assert.deepEqual([cli.status, cli.stderr, cli.stdout], [0, '', 'No problems found in 1 file.\n']);
  });
});
