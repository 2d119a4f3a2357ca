import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { TestClient, fileUri } from './lsp-client';
import { readFixture } from '../fixtures';
import { liveCheckLimit } from '../../src/engine/limits';

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
});
