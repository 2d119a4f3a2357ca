import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient, fileUri } from './lsp-client';
import { readFixture } from '../fixtures';
import { parseConfig } from '../../src/engine/config';
import { ruleIds } from '../../src/rules/registry';

describe('language server over stdio', function () {
  let client: TestClient;
  let folder: string;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk-lsp-'));
    client = new TestClient();
    await client.initialize();
  });

  afterEach(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('declares incremental sync, quick fixes and its commands', async () => {
    const other = new TestClient();
    const result = (await other.initialize()) as { capabilities: Record<string, any> };
    await other.stop();
    assert.equal(result.capabilities.textDocumentSync.change, 2);
    assert.deepEqual(result.capabilities.codeActionProvider.codeActionKinds, ['quickfix']);
    assert.ok(result.capabilities.executeCommandProvider.commands.includes('copydesk.ignoreInDocument'));
  });

  it('publishes for the seed article exactly what a desk editor would mark at warning level (DESIGN.md)', async () => {
    const uri = fileUri(join(folder, 'pulwama-draft.txt'));
    const seed = readFixture('pulwama-draft.txt');
    client.open(uri, seed);
    const diagnostics = await client.diagnostics(uri);
    const warnings = diagnostics.filter((d) => d.severity === 1 || d.severity === 2);
    const document = client.document(uri);
    const marked = warnings.map((d) => `${d.code}: ${seed.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end))}`);
    assert.deepEqual(marked.sort(), ['acronym-before-definition: JeM', 'spelling: de-escate']);
  });

  it('offers the article’s own word first for a typo, and the fix repairs it', async () => {
    const uri = fileUri(join(folder, 'pulwama-draft.txt'));
    client.open(uri, readFixture('pulwama-draft.txt'));
    const typo = (await client.diagnostics(uri)).find((d) => d.code === 'spelling');
    assert.ok(typo);
    assert.match(String(typo.message), /“de-escalate”, which appears 3 times in this article/);
    const actions = await client.codeActions(uri, [typo]);
    assert.equal(actions[0].title, 'Change to “de-escalate”');
    assert.ok(actions[0].isPreferred);
    assert.ok(actions.some((action) => action.title === 'Add “de-escate” to the desk dictionary'));
    assert.ok(actions.some((action) => action.title === 'Add “de-escate” to my dictionary' && action.command?.command === 'copydesk.addToUserDictionary'));
    client.apply(actions[0]);
    assert.match(client.text(uri), /urged both Pakistan and India to de-escalate\. Secretary/);
    assert.deepEqual((await client.diagnostics(uri)).filter((d) => d.code === 'spelling'), []);
  });

  it('stops flagging a word once it is in the desk dictionary', async () => {
    const uri = fileUri(join(folder, 'draft.txt'));
    client.open(uri, 'Headline\nThe minister travelled to Wagah, where the frontier ceremony is held, and said the talks were fruitfull.\n');
    const typo = (await client.diagnostics(uri)).find((d) => d.code === 'spelling');
    assert.ok(typo, 'fruitfull is flagged');
    const actions = await client.codeActions(uri, [typo]);
    const add = actions.find((action) => action.command?.command === 'copydesk.addToDeskDictionary');
    assert.ok(add?.command);
    client.forget(uri);
    await client.executeCommand(add.command.command, add.command.arguments ?? []);
    assert.deepEqual((await client.diagnostics(uri)).filter((d) => d.code === 'spelling'), []);
    assert.deepEqual(parseConfig(readFileSync(join(folder, '.copydesk.json'), 'utf8'), ruleIds).config.words, ['fruitfull']);
  });

  it('marks "the the", and its quick fix repairs the text', async () => {
    const uri = fileUri(join(folder, 'draft.txt'));
    const text = 'Pakistan assures US\nThe PM assured me that Pakistan would deal firmly with the the terrorists.\n';
    client.open(uri, text);
    const [diagnostic, ...rest] = await client.diagnostics(uri);
    assert.equal(rest.length, 0);
    assert.equal(diagnostic.source, 'Copydesk');
    assert.equal(diagnostic.code, 'repeated-word');
    assert.equal(diagnostic.severity, 2);
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 59 }, end: { line: 1, character: 62 } });

    const actions = await client.codeActions(uri, [diagnostic]);
    const fix = actions.find((action) => action.isPreferred);
    assert.ok(fix, 'a preferred quick fix');
    assert.equal(fix.title, 'Delete the second “the”');
    assert.ok(actions.some((action) => action.title === 'Ignore “the” in this document'));
    client.apply(fix);
    assert.equal(client.text(uri), 'Pakistan assures US\nThe PM assured me that Pakistan would deal firmly with the terrorists.\n');
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('offers the quick fix asked for straight after an edit, before the draft is checked again, where the mark now stands', async () => {
    const uri = fileUri(join(folder, 'draft.txt'));
    client.open(uri, 'Pakistan assures US\nThe PM assured me that Pakistan would deal firmly with the the terrorists.\n');
    const [diagnostic] = await client.diagnostics(uri);
    // Typed before the mark: the editor moves the mark along the line and asks at once (the light bulb, Ctrl+.).
    client.change(uri, 20, 20, 'On Monday ');
    const moved = { ...diagnostic, range: { start: { line: 1, character: 69 }, end: { line: 1, character: 72 } } };
    const actions = await client.codeActions(uri, [moved]);
    const fix = actions.find((action) => action.isPreferred);
    assert.ok(fix, 'a quick fix for the moved mark');
    assert.equal(fix.title, 'Delete the second “the”');
    client.apply(fix);
    assert.equal(client.text(uri), 'Pakistan assures US\nOn Monday The PM assured me that Pakistan would deal firmly with the terrorists.\n');
    // A mark whose words were since edited stands for nothing now: no fix that would cut the wrong words.
    client.change(uri, 20, 20, 'the the ');
    const [again] = await client.diagnostics(uri);
    client.change(uri, 24, 27, 'boy');
    assert.deepEqual(await client.codeActions(uri, [again]), []);
  });

  it('follows keystrokes and publishes for the final text only', async () => {
    const uri = fileUri(join(folder, 'typing.txt'));
    client.open(uri, 'Headline\n');
    await client.diagnostics(uri);
    const typed = 'They met the the minister.';
    for (const character of typed) {
      const end = client.text(uri).length;
      client.change(uri, end, end, character);
    }
    const diagnostics = await client.diagnostics(uri);
    assert.equal(client.document(uri).version, 1 + typed.length);
    assert.deepEqual(diagnostics.map((d) => d.code), ['repeated-word']);
  });

  it('checks a burst of keystrokes that reach it together once, for the last of them', async () => {
    const uri = fileUri(join(folder, 'burst.txt'));
    client.open(uri, readFixture('pulwama-draft.txt'));
    await client.diagnostics(uri);
    const before = client.checked.length;
    const end = client.text(uri).length;
    client.changesTogether(uri, [...' The the'].map((character, i) => ({ start: end + i, end: end + i, newText: character })));
    await client.diagnostics(uri);
    assert.deepEqual(
      client.checked.slice(before).map((c) => c.version),
      [client.document(uri).version],
    );
  });

  it('"Ignore in this document" silences that finding', async () => {
    const uri = fileUri(join(folder, 'ignore.txt'));
    client.open(uri, 'Headline\nThe band played the the song twice.\n');
    const [diagnostic] = await client.diagnostics(uri);
    const actions = await client.codeActions(uri, [diagnostic]);
    const ignore = actions.find((action) => action.command?.command === 'copydesk.ignoreInDocument');
    assert.ok(ignore?.command);
    client.forget(uri);
    await client.executeCommand(ignore.command.command, ignore.command.arguments ?? []);
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('reads the desk style sheet from a parent folder: a rule set to "off" is silent', async () => {
    writeFileSync(join(folder, '.copydesk.json'), '// the desk\n{ "rules": { "repeated-word": "off" } }\n');
    mkdirSync(join(folder, 'politics'));
    const uri = fileUri(join(folder, 'politics', 'draft.txt'));
    client.open(uri, 'Headline\nThe band played the the song twice.\n');
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('applies the severity the desk chose', async () => {
    writeFileSync(join(folder, '.copydesk.json'), '{ "rules": { "repeated-word": "error" } }');
    const uri = fileUri(join(folder, 'draft.txt'));
    client.open(uri, 'Headline\nThe band played the the song twice.\n');
    const [diagnostic] = await client.diagnostics(uri);
    assert.equal(diagnostic.severity, 1);
  });

  it('marks a broken style sheet where it is broken and goes on checking with defaults', async () => {
    const sheet = join(folder, '.copydesk.json');
    writeFileSync(sheet, '{\n  "rules": { "repeated-words": "off" },\n  "words": "Pulwama"\n}\n');
    const uri = fileUri(join(folder, 'draft.txt'));
    client.open(uri, 'Headline\nThe band played the the song twice.\n');
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['repeated-word']);
    const problems = await client.diagnostics(fileUri(sheet));
    assert.equal(problems.length, 2);
    assert.match(String(problems[0].message), /no rule "repeated-words"/);
    assert.deepEqual(problems[0].range.start, { line: 1, character: 13 });
    assert.match(String(problems[1].message), /"words" must be a list/);
    assert.equal(problems[1].range.start.line, 2);
  });

  it('clears a broken style sheet’s problems when the sheet is deleted', async () => {
    const sheet = join(folder, '.copydesk.json');
    writeFileSync(sheet, '{ "rules": { "speling": "error" } }');
    const uri = fileUri(join(folder, 'draft.txt'));
    client.open(uri, 'Headline\nThe band played the the song twice.\n');
    await client.diagnostics(uri);
    assert.equal((await client.diagnostics(fileUri(sheet))).length, 1);
    rmSync(sheet);
    client.forget(fileUri(sheet));
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(sheet), type: 3 }] });
    assert.deepEqual(await client.diagnostics(fileUri(sheet)), []);
  });

  it('re-checks open drafts when the style sheet changes', async () => {
    const sheet = join(folder, '.copydesk.json');
    writeFileSync(sheet, '{}');
    const uri = fileUri(join(folder, 'draft.txt'));
    client.open(uri, 'Headline\nThe band played the the song twice.\n');
    assert.equal((await client.diagnostics(uri)).length, 1);
    writeFileSync(sheet, '{ "rules": { "repeated-word": "off" } }');
    client.forget(uri);
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(sheet), type: 2 }] });
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('re-checks open drafts when the user settings change', async () => {
    const uri = fileUri(join(folder, 'draft.txt'));
    client.open(uri, 'Headline\nThe band played the the song twice.\n');
    assert.equal((await client.diagnostics(uri)).length, 1);
    client.settings.rules = { 'repeated-word': 'off' };
    client.forget(uri);
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('clears diagnostics when a draft is closed', async () => {
    const uri = fileUri(join(folder, 'draft.txt'));
    client.open(uri, 'Headline\nThe band played the the song twice.\n');
    assert.equal((await client.diagnostics(uri)).length, 1);
    client.forget(uri);
    client.close(uri);
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('publishes a first check without waiting for its dictionaries, then the check with spelling', async () => {
    const uri = fileUri(join(folder, 'pulwama-draft.txt'));
    client.open(uri, readFixture('pulwama-draft.txt'));
    const first = await client.diagnostics(uri, 10_000, false);
    const whole = await client.diagnostics(uri);
    const codes = (list: typeof first) => list.map((d) => String(d.code));
    assert.deepEqual(codes(first), codes(whole).filter((code) => code !== 'spelling' && code !== 'spelling-dialect'));
    assert.ok(codes(whole).includes('spelling'));
    assert.deepEqual(client.checked.map((c) => c.spellingPending ?? false), [true, false]);
    // Drafts opened once the dictionaries are in are checked with spelling at once.
    const later = fileUri(join(folder, 'later.txt'));
    client.open(later, 'Headline\nThe goverment met.\n');
    assert.deepEqual(codes(await client.diagnostics(later, 10_000, false)), ['spelling']);
  });

  it('checks a draft too long to be worth checking twice once, with spelling, even first', async () => {
    const uri = fileUri(join(folder, 'long.txt'));
    const seed = readFixture('pulwama-draft.txt');
    client.open(uri, Array.from({ length: Math.ceil(110_000 / seed.length) }, () => seed).join('\n'));
    const diagnostics = await client.diagnostics(uri, 30_000);
    assert.ok(diagnostics.some((d) => d.code === 'spelling'));
    assert.equal(client.publishLog.length, 1);
    assert.deepEqual(client.checked.map((c) => c.spellingPending ?? false), [false]);
  });

  it('answers a request made before the dictionaries are in with the check with spelling', async () => {
    const uri = fileUri(join(folder, 'pulwama-draft.txt'));
    client.open(uri, readFixture('pulwama-draft.txt'));
    await client.diagnostics(uri, 10_000, false);
    const response = (await client.connection.sendRequest('copydesk/report', { uri })) as { document: { findings: Array<{ rule: string }> } };
    assert.ok(response.document.findings.some((finding) => finding.rule === 'spelling'));
  });

  it('answers copydesk/report with the article report and the findings', async () => {
    const uri = fileUri(join(folder, 'pulwama-draft.txt'));
    client.open(uri, readFixture('pulwama-draft.txt'));
    const response = (await client.connection.sendRequest('copydesk/report', { uri })) as {
      version: number;
      document: { title: string; report: { stats: { words: number } }; findings: unknown[] };
    };
    assert.equal(response.version, 1);
    assert.equal(response.document.title, 'pulwama-draft.txt');
    assert.equal(response.document.report.stats.words, 603);
    assert.ok(Array.isArray(response.document.findings));
  });

  it('answers copydesk/safeFixes with every safe fix as one edit for the current version', async () => {
    const uri = fileUri(join(folder, 'draft.txt'));
    client.open(uri, 'Headline\nThey played the the final and and won.\n');
    await client.diagnostics(uri);
    const edit = (await client.connection.sendRequest('copydesk/safeFixes', { uri })) as { documentChanges: Array<{ textDocument: { version: number }; edits: unknown[] }> };
    assert.equal(edit.documentChanges.length, 1);
    assert.equal(edit.documentChanges[0].textDocument.version, 1);
    client.apply({ title: 'Fix all', edit: edit as never });
    assert.equal(client.text(uri), 'Headline\nThey played the final and won.\n');
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('writes a word to the desk dictionary, creating the style sheet in the workspace folder', async () => {
    const other = new TestClient();
    await other.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(folder),
      workspaceFolders: [{ uri: fileUri(folder), name: 'desk' }],
      capabilities: {},
    });
    await other.connection.sendNotification('initialized', {});
    mkdirSync(join(folder, 'world'));
    const uri = fileUri(join(folder, 'world', 'draft.txt'));
    other.open(uri, 'Headline\nPulwama lies south of Srinagar.\n');
    await other.diagnostics(uri);
    await other.executeCommand('copydesk.addToDeskDictionary', [uri, 'Pulwama']);
    await other.executeCommand('copydesk.addToDeskDictionary', [uri, 'Srinagar']);
    await other.stop();
    const sheet = readFileSync(join(folder, '.copydesk.json'), 'utf8');
    assert.ok(sheet.startsWith('// The desk'), 'made from the commented template');
    const { config, problems } = parseConfig(sheet, ruleIds);
    assert.deepEqual(problems, []);
    assert.deepEqual(config.words, ['Pulwama', 'Srinagar']);
  });

  it('records a desk spelling in the nearest style sheet, keeping its comments', async () => {
    const path = join(folder, '.copydesk.json');
    writeFileSync(path, '{\n  // agreed with the foreign desk\n  "names": {}\n}\n');
    const uri = fileUri(join(folder, 'draft.txt'));
    client.open(uri, 'Headline\nText.\n');
    await client.diagnostics(uri);
    await client.executeCommand('copydesk.setDeskSpelling', [uri, 'Jaish-e-Mohammed', 'Jaish-e-Muhammed']);
    const sheet = readFileSync(path, 'utf8');
    assert.match(sheet, /\/\/ agreed with the foreign desk/);
    assert.deepEqual(parseConfig(sheet, ruleIds).config.names, { 'Jaish-e-Mohammed': ['Jaish-e-Muhammed'] });
  });
});
