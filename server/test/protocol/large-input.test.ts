import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { TestClient, fileUri } from './lsp-client';
import { readFixture } from '../fixtures';
import { liveCheckLimit } from '../../src/engine/limits';
import { check } from '../../src/engine/check';
import { loadDictionaries } from '../../src/dictionaries';

describe('language server on a huge draft', function () {
  this.timeout(60_000);
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
  });
  afterEach(() => client.stop());

  it('checks the first part of a 10 MB draft, says so, and stays responsive', async () => {
    const seed = readFixture('pulwama-draft.txt');
    const huge = Array.from({ length: Math.ceil(10_000_000 / seed.length) }, () => seed).join('\n') + '\nThey played the the final.\n';
    assert.ok(huge.length > 10_000_000);
    const uri = fileUri(join(tmpdir(), 'archive.txt'));
    client.open(uri, huge);
    await client.diagnostics(uri, 30_000);
    const note = await client.until(() => client.checked.find((params) => params.uri === uri));
    assert.equal(note.totalCharacters, huge.length);
    assert.ok(note.checkedCharacters <= liveCheckLimit && note.checkedCharacters > liveCheckLimit * 0.99);

    const small = fileUri(join(tmpdir(), 'brief.txt'));
    client.open(small, 'Headline\nThey played the the final.\n');
    assert.deepEqual((await client.diagnostics(small, 10_000)).map((d) => d.code), ['repeated-word']);
    assert.equal((await client.until(() => client.checked.find((params) => params.uri === small))).checkedCharacters, 36);
  });

  it('answers the editor while a long draft is read for the first time, and publishes what a fresh check finds', async () => {
    // About 300,000 characters of distinct paragraphs: its first check takes a second or more, made in steps.
    const seed = readFixture('pulwama-draft.txt').split('\n').filter((line) => line.trim() !== '');
    const long = Array.from({ length: 80 }, (_, copy) => seed.map((line) => `${line} Update ${copy + 1}.`).join('\n')).join('\n');
    assert.ok(long.length > 300_000);
    const brief = fileUri(join(tmpdir(), 'brief.txt'));
    client.open(brief, readFixture('pulwama-draft.txt'));
    await client.diagnostics(brief, 20_000);

    const uri = fileUri(join(tmpdir(), 'long.txt'));
    client.open(uri, long);
    let published = false;
    const answeredBefore: boolean[] = [];
    const hovers = (async () => {
      // The brief's hover asks nothing of the long draft: with the server free, it is answered at once.
      while (!published) {
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: brief }, position: { line: 4, character: 80 } });
        answeredBefore.push(!published);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const diagnostics = await client.diagnostics(uri, 60_000);
    published = true;
    await hovers;
    assert.ok(answeredBefore.filter(Boolean).length >= 3, `hovers answered while the long draft was checked: ${answeredBefore.filter(Boolean).length}`);

    const fresh = check(long, { languageId: 'plaintext', dictionaries: loadDictionaries() }).findings;
    assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), fresh.map((f) => [f.rule, f.message]));
  });

  it('checks a long draft typed into during its first reading once more, at its last version, not once for each keystroke', async () => {
    const seed = readFixture('pulwama-draft.txt').split('\n').filter((line) => line.trim() !== '');
    const long = Array.from({ length: 80 }, (_, copy) => seed.map((line) => `${line} Report ${copy + 1}.`).join('\n')).join('\n');
    // The dictionaries in first, so that the keystrokes come while the long draft's check runs, not while they load.
    const brief = fileUri(join(tmpdir(), 'brief-typed.txt'));
    client.open(brief, readFixture('pulwama-draft.txt'));
    await client.diagnostics(brief, 20_000);
    const uri = fileUri(join(tmpdir(), 'long-typed.txt'));
    client.open(uri, long);
    // Ten letters typed while the first check runs in steps (it takes a second or more).
    for (let key = 0; key < 10; key++) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      client.change(uri, 10 + key, 10 + key, 'x');
    }
    await client.diagnostics(uri, 60_000);
    // The mark on the word being typed follows once typing pauses.
    const fresh = check(client.text(uri), { languageId: 'plaintext', dictionaries: loadDictionaries() }).findings;
    const published = await client.until(() => (client.lastPublished(uri).length === fresh.length ? client.lastPublished(uri) : undefined));
    assert.deepEqual(published.map((d) => [d.code, d.message]), fresh.map((f) => [f.rule, f.message]));
    // Any check still queued would come now.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const checks = client.checked.filter((note) => note.uri === uri);
    assert.ok(checks.length <= 3, `checks of the draft: ${checks.map((note) => note.version).join(', ')}`);
    assert.ok(client.publishLog.filter((params) => params.uri === uri).every((params) => params.version === client.document(uri).version));
  });

  it('checks the spelling of a draft as long as the one a check waits for the dictionaries for, opened while they load', async () => {
    // The first check of a brief begins the loading of the dictionaries; the long draft comes meanwhile. At exactly
    // the length from which a first check is made in steps, it was checked without them, and never again.
    const seed = readFixture('pulwama-draft.txt');
    const brief = fileUri(join(tmpdir(), 'brief-first.txt'));
    client.open(brief, seed);
    await client.diagnostics(brief, 10_000, false);
    const copies = Array.from({ length: 40 }, (_, copy) => seed.replace(/\b([A-Za-z]{4,})\b/g, (word) => `${word}${String.fromCharCode(97 + (copy % 26))}`)).join('\n');
    const text = `${copies.slice(0, 99_999)}\n`;
    assert.equal(text.length, 100_000);
    const uri = fileUri(join(tmpdir(), 'long-while-loading.txt'));
    client.open(uri, text);
    // With spelling (the default): a draft left without it times out here.
    const diagnostics = await client.diagnostics(uri, 60_000);
    assert.ok(diagnostics.some((d) => d.code === 'spelling'));
  });
});
