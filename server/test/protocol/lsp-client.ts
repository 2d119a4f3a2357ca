/**
 * A small LSP client for tests: it spawns the built server over stdio and
 * speaks to it as an editor would, keeping the documents it opened in sync.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type DidChangeTextDocumentParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const serverPath = join(__dirname, '..', '..', 'out', 'server.js');

export class TestClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  private readonly documents = new Map<string, TextDocument>();
  private readonly published = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: Array<() => void> = [];
  readonly settings: Record<string, unknown> = {};
  /** Every `copydesk/checked` notification, in order. */
  readonly checked: Array<{ uri: string; version: number; checkedCharacters: number; totalCharacters: number; spellingPending?: boolean }> = [];

  /** `uri version` of each check the server said was made with spelling. */
  private readonly spelled = new Set<string>();

  /** Every publishDiagnostics, in the order it arrived. */
  readonly publishLog: PublishDiagnosticsParams[] = [];

  /** `nodeArgs` go to node before the server (e.g. `--require` a hook); `env` replaces the server's environment. */
  constructor(args: string[] = ['--stdio'], options: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}) {
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), serverPath, ...args], { stdio: ['pipe', 'pipe', 'inherit'], env: options.env ?? process.env });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.publishLog.push(params);
      this.published.set(params.uri, params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map(() => this.settings),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('copydesk/checked', (params: TestClient['checked'][number]) => {
      this.checked.push(params);
      if (!params.spellingPending) this.spelled.add(`${params.uri} ${params.version}`);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.listen();
  }

  async initialize(): Promise<Record<string, unknown>> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
      initializationOptions: { userDictionary: true },
    });
    await this.connection.sendNotification('initialized', {});
    return result as Record<string, unknown>;
  }

  open(uri: string, text: string, languageId = 'plaintext'): void {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  close(uri: string): void {
    this.documents.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Sends one incremental change, as an editor does for a keystroke or a paste. */
  change(uri: string, start: number, end: number, newText: string): void {
    void this.connection.sendNotification('textDocument/didChange', this.applied(uri, start, end, newText));
  }

  /**
   * Sends several changes in one write to the server's input, so that it
   * reads them together, as it does keystrokes typed while it was busy. The
   * write goes around the connection's writer: send it only when nothing
   * sent through the connection is still on its way.
   */
  changesTogether(uri: string, changes: ReadonlyArray<{ start: number; end: number; newText: string }>): void {
    const framed = changes.map(({ start, end, newText }) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: this.applied(uri, start, end, newText) }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    this.process.stdin!.write(Buffer.concat(framed));
  }

  /** Applies a change to the client's copy of the document; returns the didChange that tells the server. */
  private applied(uri: string, start: number, end: number, newText: string): DidChangeTextDocumentParams {
    const document = this.document(uri);
    const range = { start: document.positionAt(start), end: document.positionAt(end) };
    const next = TextDocument.update(document, [{ range, text: newText }], document.version + 1);
    this.documents.set(uri, next);
    return { textDocument: { uri, version: next.version }, contentChanges: [{ range, text: newText }] };
  }

  document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`not open: ${uri}`);
    return document;
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  /**
   * Whether the server has said it checked this version with spelling: its first check goes out
   * before the dictionaries are loaded, and a check with them follows.
   */
  private spellingChecked(uri: string, version: number): boolean {
    return this.spelled.has(`${uri} ${version}`);
  }

  /**
   * Waits for the diagnostics of the document's current version checked with spelling (or any, for
   * files not open); `spelling` false takes the first published, with or without it.
   */
  async diagnostics(uri: string, timeoutMs = 10_000, spelling = true): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const params = this.published.get(uri);
      const open = this.documents.get(uri);
      if (params && (!open || params.version === undefined || (params.version === open.version && (!spelling || this.spellingChecked(uri, open.version))))) return params.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri}${open ? ` version ${open.version}` : ''}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  /** Polls until `condition` holds (for notifications that follow diagnostics). */
  async until<T>(condition: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = condition();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** What the server last published for a file, without waiting. */
  lastPublished(uri: string): Diagnostic[] {
    return this.published.get(uri)?.diagnostics ?? [];
  }

  /** Forgets what was published for a file, so the next wait sees only new diagnostics. */
  forget(uri: string): void {
    this.published.delete(uri);
  }

  codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics },
    }) as Promise<CodeAction[]>;
  }

  /** Applies a code action's edit as the editor would, sending the change to the server. */
  apply(action: CodeAction): void {
    for (const change of (action.edit?.documentChanges ?? []) as TextDocumentEdit[]) {
      const document = this.document(change.textDocument.uri);
      if (change.textDocument.version !== document.version) throw new Error('edit for a stale version');
      const edits = [...(change.edits as TextEdit[])].sort(
        (a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start),
      );
      for (const edit of edits) {
        const current = this.document(change.textDocument.uri);
        this.change(change.textDocument.uri, current.offsetAt(edit.range.start), current.offsetAt(edit.range.end), edit.newText);
      }
    }
  }

  async executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest('workspace/executeCommand', { command, arguments: args });
  }

  /** Asks the server to shut down; one that does not answer within five seconds is killed. Resolves once it has exited. */
  async stop(): Promise<void> {
    const exited = this.process.exitCode !== null || this.process.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, 5_000)));
    try {
      await Promise.race([
        (async () => {
          await this.connection.sendRequest('shutdown');
          await this.connection.sendNotification('exit');
        })(),
        late,
      ]);
    } catch {
      // The server may already be gone; the process is killed below either way.
    }
    clearTimeout(timer);
    this.connection.dispose();
    this.process.kill('SIGKILL');
    await exited;
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}
