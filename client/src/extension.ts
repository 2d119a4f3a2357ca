/**
 * The VS Code side of Copydesk: starts the bundled language server, and wires
 * the commands, the status bar and the report view to it. Everything Copydesk
 * knows lives in the server; this file only shows it.
 */
import * as path from 'node:path';
import { commands, ConfigurationTarget, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ReportPanel } from './report-panel';
import { goToProblem } from './go-to-problem';
import { ProblemCounter } from './status-bar';
import { openStyleSheet } from './style-sheet';
import { notifications, requests } from '../../server/src/protocol';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const checkedLanguages = workspace.getConfiguration('copydesk').get<string[]>('languages', ['markdown', 'plaintext', 'article']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: checkedLanguages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: {
      fileEvents: workspace.createFileSystemWatcher('**/.copydesk.json'),
    },
    // Tells the server this editor carries out "Add to my dictionary" (copydesk.addToUserDictionary).
    initializationOptions: { userDictionary: true },
  };
  const languageClient = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  client = languageClient;

  const counter = new ProblemCounter();
  context.subscriptions.push(
    counter,
    commands.registerCommand('copydesk.showReport', () => ReportPanel.show(context, languageClient)),
    commands.registerCommand('copydesk.goToProblem', goToProblem),
    commands.registerCommand('copydesk.fixAllSafe', () => fixAllSafe(languageClient)),
    commands.registerCommand('copydesk.addWordToDeskDictionary', addWordToDeskDictionary),
    commands.registerCommand('copydesk.openStyleSheet', openStyleSheet),
    commands.registerCommand('copydesk.addToUserDictionary', addToUserDictionary),
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('copydesk.languages')) {
        void window.showInformationMessage('Copydesk checks the new languages after a window reload.', 'Reload Window').then((choice) => {
          if (choice) void commands.executeCommand('workbench.action.reloadWindow');
        });
      }
    }),
  );
  await languageClient.start();
  context.subscriptions.push(languageClient.onNotification(notifications.checked, (params) => counter.checked(params)));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function fixAllSafe(languageClient: LanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const result = await languageClient.sendRequest(requests.safeFixes, { uri: editor.document.uri.toString() });
  const edit = result && (await languageClient.protocol2CodeConverter.asWorkspaceEdit(result));
  const count = edit ? edit.entries().reduce((sum, [, edits]) => sum + edits.length, 0) : 0;
  if (!edit || count === 0) {
    void window.showInformationMessage('Copydesk: no safe fixes to make in this draft.');
    return;
  }
  const applied = await workspace.applyEdit(edit);
  void window.showInformationMessage(applied ? `Copydesk made ${count} safe ${count === 1 ? 'change' : 'changes'} (one undo reverts them).` : 'Copydesk could not apply the fixes: the draft changed. Try again.');
}

/** The palette command: the selected word, or the word under the cursor, goes to the desk's style sheet. */
async function addWordToDeskDictionary(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const { document, selection } = editor;
  const range = selection.isEmpty ? document.getWordRangeAtPosition(selection.active, /[\p{L}\p{N}][\p{L}\p{N}’'-]*/u) : selection;
  const suggested = range ? document.getText(range).trim() : '';
  const word = await window.showInputBox({ title: 'Add a word to the desk dictionary', value: suggested, prompt: 'Everyone using this desk style sheet will see it as spelled right.' });
  if (!word?.trim()) return;
  if (document.uri.scheme !== 'file') {
    void window.showWarningMessage('Save the draft first: the desk dictionary lives in a .copydesk.json beside your drafts.');
    return;
  }
  await commands.executeCommand('copydesk.addToDeskDictionary', document.uri.toString(), word.trim());
}

async function addToUserDictionary(word: unknown): Promise<void> {
  if (typeof word !== 'string' || word.trim() === '') return;
  const settings = workspace.getConfiguration('copydesk');
  const words = settings.get<string[]>('words', []);
  if (!words.includes(word)) await settings.update('words', [...words, word], ConfigurationTarget.Global);
}


