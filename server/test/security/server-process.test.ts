/**
 * The language server is a guest on a reporter's machine: it opens no
 * network connection and starts no program, whatever the drafts and style
 * sheet say, and it leaves when the editor does — however the editor goes.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import { TestClient, fileUri, serverPath } from '../protocol/lsp-client';
import { isAlive, networkSockets } from '../robustness/process-stats';
import { readWatchLog, watchHook } from './watched';

async function exits(pid: number, withinMs: number): Promise<number> {
  const started = Date.now();
  while (isAlive(pid)) {
    if (Date.now() - started > withinMs) assert.fail(`the server (pid ${pid}) was still running after ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Date.now() - started;
}

describe('the language server process', function () {
  this.timeout(30_000);
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk-process-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('opens no network connection and starts no program through a whole session', async () => {
    const watchLog = join(folder, 'watch.log');
    writeFileSync(join(folder, '.copydesk.json'), '{ "$schema": "https://json.schemastore.org/copydesk.json", "words": ["https://example.com/words.txt"] }');
    const client = new TestClient(['--stdio'], { nodeArgs: ['--require', watchHook], env: { ...process.env, COPYDESK_WATCH_LOG: watchLog } });
    try {
      await client.initialize();
      const uri = fileUri(join(folder, 'draft.md'));
      client.open(uri, '# Head\n\nSee https://example.com and www.example.org, mail desk@example.com. They played the the final.\n\n![x](https://example.com/x.png)\n', 'markdown');
      const diagnostics = await client.diagnostics(uri);
      const actions = await client.codeActions(uri, diagnostics);
      client.apply(actions.find((action) => action.isPreferred) ?? actions[0]);
      await client.diagnostics(uri);
      await client.executeCommand('copydesk.addToDeskDictionary', [uri, 'Pulwama']);
      await client.connection.sendRequest('copydesk/report', { uri });
      await client.connection.sendRequest('copydesk/safeFixes', { uri });
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(folder, '.copydesk.json')), type: 2 }] });
      await client.diagnostics(uri);
      assert.deepEqual(networkSockets(client.process.pid as number), [], 'no TCP, UDP or raw socket is open');
    } finally {
      await client.stop();
    }
    const reached = readWatchLog(watchLog).filter((entry) => entry.kind === 'network' || entry.kind === 'program');
    assert.deepEqual(reached, []);
  });

  it('(the watch itself sees connections, look-ups and programs)', () => {
    const watchLog = join(folder, 'control.log');
    const attempts = [
      "require('node:net').connect(9, '127.0.0.1')",
      "require('node:http').get('http://127.0.0.1:9/')",
      "require('node:dns').lookup('localhost', () => {})",
      "new (require('node:net').Socket)().connect(9, '127.0.0.1')",
      "require('node:child_process').execSync('true')",
      "fetch('http://127.0.0.1:9/')",
    ];
    for (const attempt of attempts) {
      spawnSync(process.execPath, ['--require', watchHook, '-e', `try { ${attempt} } catch {}`], { env: { ...process.env, COPYDESK_WATCH_LOG: watchLog } });
    }
    const seen = readWatchLog(watchLog).filter((entry) => entry.kind === 'network' || entry.kind === 'program');
    assert.equal(seen.length, attempts.length, JSON.stringify(seen));
  });

  it('exits when the editor closes its input (stdio)', async () => {
    const client = new TestClient();
    await client.initialize();
    client.process.stdin?.end();
    await exits(client.process.pid as number, 3_000);
    client.connection.dispose();
  });

  it('exits when the editor’s channel closes (IPC, as VS Code runs it)', async () => {
    const child = spawn(process.execPath, [serverPath, '--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    child.disconnect();
    await exits(child.pid as number, 3_000);
    connection.dispose();
  });

  it('exits when the editor’s process dies without a word', async () => {
    const editor = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const client = new TestClient();
    await client.connection.sendRequest('initialize', { processId: editor.pid, rootUri: null, capabilities: {} });
    await client.connection.sendNotification('initialized', {});
    editor.kill('SIGKILL');
    // vscode-languageserver looks for the editor's process every three seconds.
    await exits(client.process.pid as number, 8_000);
    client.connection.dispose();
  });

  it('exits cleanly on shutdown and exit', async () => {
    const client = new TestClient();
    await client.initialize();
    const exited = new Promise<number | null>((resolve) => client.process.on('exit', (code) => resolve(code)));
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    assert.equal(await exited, 0);
    client.connection.dispose();
  });
});
