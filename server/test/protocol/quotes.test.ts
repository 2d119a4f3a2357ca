import { strict as assert } from 'node:assert';
import { TestClient, fileUri } from './lsp-client';
import { readFixture } from '../fixtures';

/** The quote rules' quick fixes, as an editor applies them over the protocol. */
describe('quote quick fixes over stdio', function () {
  let client: TestClient;
  const uri = fileUri('/tmp/copydesk-quotes/storm.txt');
  const line = (text: string, words: string) => text.split('\n').find((l) => l.includes(words));

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
    client.open(uri, readFixture('quotes-problems.txt'));
  });

  afterEach(async () => {
    await client.stop();
  });

  it('marks an unattributed quote and attributes it to the last speaker named', async () => {
    const diagnostic = (await client.diagnostics(uri)).find((d) => d.code === 'quote-unattributed');
    assert.ok(diagnostic);
    assert.equal(diagnostic.severity, 2);
    const actions = await client.codeActions(uri, [diagnostic]);
    assert.deepEqual(
      actions.map((a) => a.title).filter((t) => t.includes('said')),
      ['Attribute to Lopez: add “Lopez said.” after the quote', 'Add “[who] said.” after the quote, to fill in'],
    );
    client.apply(actions[0]);
    assert.equal(line(client.text(uri), 'phone line'), '“The phone line just played music at us for an hour and then hung up,” Lopez said.');
  });

  it('closes an unclosed quote before the attribution typed inside it', async () => {
    const diagnostic = (await client.diagnostics(uri)).find((d) => d.code === 'quote-unclosed');
    assert.ok(diagnostic);
    const [close] = await client.codeActions(uri, [diagnostic]);
    client.apply(close);
    assert.equal(line(client.text(uri), 'Power will be back'), '“Power will be back for everyone by Wednesday,” Lopez said.');
  });

  it('makes straight quotation marks curly, this quote or all of them', async () => {
    const diagnostic = (await client.diagnostics(uri)).find((d) => d.code === 'quote-mixed-marks');
    assert.ok(diagnostic);
    const actions = await client.codeActions(uri, [diagnostic]);
    const all = actions.find((a) => a.title === 'Make every straight quotation mark in the story curly');
    assert.ok(all);
    client.apply(all);
    assert.equal(line(client.text(uri), 'reviewing'), '“We are reviewing what happened,” Lopez said, “and we will publish what we find.”');
  });

  it('replaces a loaded attribution verb with “said”', async () => {
    const diagnostic = (await client.diagnostics(uri)).find((d) => d.code === 'attribution-verb');
    assert.ok(diagnostic);
    assert.equal(diagnostic.severity, 3);
    const [fix] = await client.codeActions(uri, [diagnostic]);
    client.apply(fix);
    assert.match(client.text(uri), /Lopez said the delays were caused/);
  });

  it('shows who said a quote on hover, the pronoun resolved', async () => {
    const seedUri = fileUri('/tmp/copydesk-quotes/pulwama-draft.txt');
    const seed = readFixture('pulwama-draft.txt');
    client.open(seedUri, seed);
    await client.diagnostics(seedUri);
    const offset = seed.indexOf('The FM assured me') + 4;
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: seedUri },
      position: client.document(seedUri).positionAt(offset),
    })) as { contents: { value: string } };
    assert.equal(hover.contents.value, 'Said by John Bolton (“he”): cue “said”.');
  });
});
