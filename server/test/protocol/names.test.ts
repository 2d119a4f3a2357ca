import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient, fileUri } from './lsp-client';
import { readFixture } from '../fixtures';
import { parseConfig } from '../../src/engine/config';
import { ruleIds } from '../../src/rules/registry';

describe('language server: names and acronyms', function () {
  let client: TestClient;
  let folder: string;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk-names-'));
    client = new TestClient();
    await client.initialize();
  });

  afterEach(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows a name’s register entry on hover', async () => {
    const uri = fileUri(join(folder, 'pulwama-draft.txt'));
    const seed = readFixture('pulwama-draft.txt');
    client.open(uri, seed);
    await client.diagnostics(uri);
    const offset = seed.indexOf('Qureshi’s call') + 2;
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: client.document(uri).positionAt(offset),
    })) as { contents: { kind: string; value: string } };
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /^\*\*Shah Mehmood Qureshi\*\* \(Foreign Minister; person\)/);
    assert.match(hover.contents.value, /“Qureshi” ×\d/);
  });

  it('moves the seed’s JeM definition to Bolton’s tweet with one quick fix', async () => {
    const uri = fileUri(join(folder, 'pulwama-draft.txt'));
    client.open(uri, readFixture('pulwama-draft.txt'));
    const diagnostic = (await client.diagnostics(uri)).find((d) => d.code === 'acronym-before-definition');
    assert.ok(diagnostic);
    const actions = await client.codeActions(uri, [diagnostic]);
    const fix = actions.find((action) => action.isPreferred);
    assert.equal(fix?.title, 'Spell out “JeM” here and shorten the later “Jaish-e-Muhammed (JeM)” to “JeM”');
    client.apply(fix!);
    assert.ok(client.text(uri).includes('steps against Jaish-e-Muhammed (JeM) and other terrorist groups'));
    assert.ok(client.text(uri).includes('Pakistan-based JeM killed 40 CRPF personnel'));
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['acronym-undefined', 'spelling']);
  });

  it('offers "Change to", "Change all" and "Make the desk spelling" for a name variant, and the desk spelling sticks', async () => {
    const path = join(folder, 'draft.txt');
    const uri = fileUri(path);
    client.open(uri, 'Qureshi calls Bolton\nShah Mehmood Qureshi called John Bolton. Quraishi said Pakistan would act. Qureshi also spoke to Pompeo. Quraishi left.\n');
    const diagnostics = (await client.diagnostics(uri)).filter((d) => d.code === 'name-variant');
    assert.equal(diagnostics.length, 2);
    const actions = await client.codeActions(uri, [diagnostics[0]]);
    const titled = (title: string) => actions.find((action) => action.title === title);
    assert.ok(titled('Change to “Qureshi”'));
    const all = titled('Change all 2 variants to “Qureshi”');
    const desk = titled('Make “Qureshi” the desk spelling');
    assert.ok(all && desk?.command);

    client.apply(all);
    assert.equal(client.text(uri), 'Qureshi calls Bolton\nShah Mehmood Qureshi called John Bolton. Qureshi said Pakistan would act. Qureshi also spoke to Pompeo. Qureshi left.\n');
    assert.deepEqual((await client.diagnostics(uri)).filter((d) => d.code === 'name-variant'), []);

    await client.executeCommand(desk.command.command, desk.command.arguments ?? []);
    const sheet = parseConfig(readFileSync(join(folder, '.copydesk.json'), 'utf8'), ruleIds).config;
    assert.deepEqual(sheet.names, { Qureshi: ['Quraishi'] });
  });
});
