import { strict as assert } from 'node:assert';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient, fileUri } from './lsp-client';

/** Types `word` at `at`, one letter a change, as an editor sends keystrokes, waiting for each check. */
async function typeLetters(client: TestClient, uri: string, at: number, word: string) {
  for (let i = 0; i < word.length; i++) {
    client.change(uri, at + i, at + i, word[i]);
    await client.diagnostics(uri);
  }
}

const spellingAt = (client: TestClient, uri: string, diagnostics: Array<{ code?: unknown; range: { start: unknown } }>, word: string) =>
  diagnostics.filter((d) => d.code === 'spelling' && client.document(uri).getText(d.range as never) === word);

describe('the word being typed', function () {
  this.timeout(30_000);
  let client: TestClient;
  const uri = fileUri(join(tmpdir(), 'copydesk-typing.txt'));
  const draft = 'Officials said they would de-escalate. Both sides must de-escalate, a spokesman said.\nThe talks resume on Monday.\n';

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
    client.open(uri, draft);
    await client.diagnostics(uri);
  });

  afterEach(() => client.stop());

  it('is not marked misspelt while the letters are still coming', async () => {
    const at = draft.indexOf('Monday.') + 'Monday.'.length;
    client.change(uri, at, at, ' To de-');
    await client.diagnostics(uri);
    await typeLetters(client, uri, at + ' To de-'.length, 'escat');
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(spellingAt(client, uri, diagnostics, 'de-escat'), [], 'half-typed word marked while typing');
  });

  it('is marked once typing pauses, with the article’s evidence', async () => {
    const at = draft.indexOf('Monday.') + 'Monday.'.length;
    client.change(uri, at, at, ' To de-');
    await client.diagnostics(uri);
    await typeLetters(client, uri, at + ' To de-'.length, 'escate');
    const version = client.document(uri).version;
    const marked = await client.until(() => {
      const found = spellingAt(client, uri, client.lastPublished(uri), 'de-escate');
      return found.length > 0 ? found : undefined;
    }, 5_000);
    assert.equal(client.document(uri).version, version, 'marked without another edit');
    assert.match(String((marked[0] as { message?: string }).message), /de-escalate/);
  });

  it('is marked at once when the reporter moves on to another word', async () => {
    const at = draft.indexOf('Monday.') + 'Monday.'.length;
    client.change(uri, at, at, ' To de-');
    await client.diagnostics(uri);
    await typeLetters(client, uri, at + ' To de-'.length, 'escate');
    const end = client.text(uri).indexOf('de-escate') + 'de-escate'.length;
    client.change(uri, end, end, ' now');
    const diagnostics = await client.diagnostics(uri);
    assert.equal(spellingAt(client, uri, diagnostics, 'de-escate').length, 1);
  });
});
