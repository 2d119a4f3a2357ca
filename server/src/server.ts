/**
 * The language server: the LSP adapter around the engine. It keeps drafts in
 * sync, runs the engine when they change, turns findings into diagnostics and
 * their fixes into quick fixes, and reads settings and the desk's style sheet.
 * All judgement lives in the engine and the rules; this file only translates.
 *
 * Runs over IPC from the VS Code client, or `--stdio` for any other editor.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ResponseError,
  ProposedFeatures,
  TextDocumentEdit,
  TextDocuments,
  TextDocumentSyncKind,
  TextEdit,
  MarkupKind,
  type CancellationToken,
  type Disposable,
  type Diagnostic,
  type InitializeResult,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftChecker, letGoOfDraft, resolveFinding, type CheckResult } from './engine/check';
import { TypingWatch } from './typing';
import { IdleCollection } from './idle-collection';
import { configFromSettings, mergeConfig, type CopydeskConfig } from './engine/config';
import type { Finding, Severity } from './engine/findings';
import { findStyleSheet, readStyleSheet, styleSheetName, styleSheetPathFor, updateStyleSheet, type DeskStyleSheet } from './desk-style-sheet';
import { addWord, setDeskSpelling } from './engine/style-sheet-edits';
import { buildReportDocument } from './report/report-document';
import { mentionAt } from './engine/names';
import { describeName } from './engine/report';
import { describeQuote, quoteAt } from './engine/attribution';
import { escapeMarkdown } from './engine/markdown-text';
import { notifications, requests } from './protocol';
import { checkedLength } from './engine/limits';
import { dictionariesOrNothingInSteps } from './dictionaries';
import type { SpellingDictionaries } from './engine/spelling';
import { safeFixEdits } from './engine/edits';
import { ruleById, ruleIds } from './rules/registry';

const connection = createConnection(ProposedFeatures.all);
const typing = new TypingWatch();
const idle = new IdleCollection();
const documents = new TextDocuments<TextDocument>({
  create: TextDocument.create,
  update(document, changes, version) {
    const updated = TextDocument.update(document, changes, version);
    typing.note(updated, changes);
    return updated;
  },
});

/** Commands the server carries out (code actions point at them; the client may call them too). */
const commands = {
  ignoreInDocument: 'copydesk.ignoreInDocument',
  addToDeskDictionary: 'copydesk.addToDeskDictionary',
  setDeskSpelling: 'copydesk.setDeskSpelling',
};

/** A client command: the user's own settings are the editor's to write, not the server's. */
const addToUserDictionary = 'copydesk.addToUserDictionary';

/** What the server last concluded about one open draft. */
interface DraftState {
  version: number;
  config: CopydeskConfig;
  result: CheckResult;
  /** Findings shown, by `findingKey` (rule and place), so a quick fix finds its finding again from the diagnostic. */
  findings: Map<string, Finding>;
  /** The same findings in the order of the draft. */
  shown: Finding[];
  /** Checked before the dictionaries were loaded: everything but spelling. */
  spellingPending: boolean;
}

const drafts = new Map<string, DraftState>();
/** "Ignore in this document": rule + text pairs per draft, kept while it is open. */
const ignored = new Map<string, Set<string>>();
/** Each draft's check waiting to run (see schedule). */
const timers = new Map<string, Pending>();
/** Each open draft's checker, which keeps what the last check read so the next costs only the edit. */
const checkers = new Map<string, DraftChecker>();
/**
 * How long the last check of each draft took, and when it ended. An edit after
 * a pause (no check for longer than the wait below) is checked at once; while
 * edits keep coming, a slow check makes the next wait as long as it took (250
 * ms at most), so typing never queues work.
 */
const lastDuration = new Map<string, number>();
const lastEnded = new Map<string, number>();
/** Requests waiting for a draft's next check to end (see `currentDraft`). */
const checkWaiters = new Map<string, Set<() => void>>();
/** A check this quick runs on every keystroke, with no wait. */
const quickCheck = 50;
/** Timers that show a held spelling mark once the reporter stops typing. */
const releases = new Map<string, NodeJS.Timeout>();

const userSettings = new Map<string, Promise<Partial<CopydeskConfig>>>();
const styleSheets = new Map<string, DeskStyleSheet>();
/** Style sheets we have published problems for, so a repaired one gets cleared. */
const styleSheetsWithProblems = new Set<string>();
let canPullConfiguration = false;
/** Only the VS Code client has the user-settings command behind "Add to my dictionary". */
let clientHasUserDictionary = false;
let workspaceFolders: string[] = [];

/** The README beside the server, which each rule's code links to (vsce stores it as readme.md in the .vsix). */
const readmeUrl = pathToFileURL(
  ['README.md', 'readme.md'].map((name) => join(__dirname, '..', '..', name)).find((path) => existsSync(path)) ?? join(__dirname, '..', '..', 'README.md'),
).href;

connection.onInitialize((params): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  clientHasUserDictionary = (params.initializationOptions as { userDictionary?: unknown } | undefined)?.userDictionary === true;
  workspaceFolders = (params.workspaceFolders ?? [])
    .filter((folder) => folder.uri.startsWith('file:'))
    .map((folder) => fileURLToPath(folder.uri));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
      executeCommandProvider: { commands: Object.values(commands) },
      hoverProvider: true,
    },
    serverInfo: { name: 'Copydesk', version: '0.1.0' },
  };
});

/**
 * The dictionaries, loaded once and kept. Loading them takes longer than a
 * story's whole check (about 0.4 s here), so the first check does not wait:
 * its findings go out without spelling, the dictionaries are loaded straight
 * after, and the drafts checked without them are checked again. A draft so
 * long that its own check takes longer waits for them instead of being
 * checked twice. They are loaded in steps, as a long draft is checked, so
 * that the editor's hovers and quick fixes are answered meanwhile.
 */
let loadedDictionaries: { value: SpellingDictionaries | undefined } | undefined;
/** The loading, once begun: it ends with `loadedDictionaries` set. */
let loadingDictionaries: Promise<void> | undefined;
/** Set once the loading is due, a turn after the first findings went out. */
let dictionariesTimer: NodeJS.Timeout | undefined;
/** About 15,000 words: a first check of this much takes about as long as loading the dictionaries. */
const checkedBeforeDictionaries = 100_000;

/** Begins loading the dictionaries if not begun; resolves once they are loaded and the drafts checked without them are due to be checked again. */
function dictionariesLoaded(): Promise<void> {
  loadingDictionaries ??= (async () => {
    clearTimeout(dictionariesTimer);
    const log = (message: string) => connection.console.error(message);
    let value: SpellingDictionaries | undefined;
    try {
      value = (await inSteps(dictionariesOrNothingInSteps(log), () => true))?.value;
    } catch (error) {
      // Unreadable files (not missing ones, which dictionariesOrNothingInSteps reports): checking goes on without spelling, which the spelling rule says in the draft.
      log(`Copydesk: spelling is off: its dictionaries could not be read: ${(error as Error).stack ?? String(error)}`);
    }
    loadedDictionaries = { value };
    for (const [uri, draft] of drafts) if (draft.spellingPending) schedule(uri, 0);
  })();
  return loadingDictionaries;
}

connection.onInitialized(() => {
  if (canPullConfiguration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' }).catch(() => undefined);
  }
});

documents.onDidOpen(({ document }) => schedule(document.uri, 0));
documents.onDidChangeContent(({ document }) => {
  const last = lastDuration.get(document.uri) ?? 0;
  const wait = Math.min(last, 250);
  // A pause as long as the wait, not as long as the last check: after a check slower than the pause, a keystroke
  // after it waited 250 ms for nothing (the bench's edits through the server did, after each slow check).
  const idle = performance.now() - (lastEnded.get(document.uri) ?? -Infinity) > wait;
  schedule(document.uri, last < quickCheck || (idle && !timers.has(document.uri)) ? 0 : wait);
});
documents.onDidClose(({ document }) => {
  timers.get(document.uri)?.cancel();
  timers.delete(document.uri);
  clearTimeout(releases.get(document.uri));
  releases.delete(document.uri);
  const closed = checkers.get(document.uri);
  checkers.delete(document.uri);
  // A first check in steps of this draft under way stops at its next step (see inSteps), having read no more than now.
  if (closed) letGoOfDraft(closed, checkers.values());
  typing.forget(document.uri);
  drafts.delete(document.uri);
  ignored.delete(document.uri);
  lastDuration.delete(document.uri);
  lastEnded.delete(document.uri);
  userSettings.delete(document.uri);
  mergedConfigs.delete(document.uri);
  connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  wake(document.uri);
});

connection.onDidChangeConfiguration(() => {
  userSettings.clear();
  relintAll();
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  const sheets = changes.filter((change) => change.uri.endsWith(styleSheetName));
  if (sheets.length === 0) return;
  // A changed or deleted sheet's old problems go now; reading it again republishes any it still has.
  for (const { uri } of sheets) {
    if (styleSheetsWithProblems.delete(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
  }
  styleSheets.clear();
  relintAll();
});

function relintAll(): void {
  for (const document of documents.all()) schedule(document.uri, 0);
}

/** A newer edit replaces the pending check; the check itself drops results for text that has moved on. */
function schedule(uri: string, delay: number): void {
  timers.get(uri)?.cancel();
  const run = () => {
    if (timers.get(uri) === pending) timers.delete(uri);
    void lint(uri);
  };
  const pending = delay > 0 ? afterTimer(run, delay) : afterMessagesRead(run);
  timers.set(uri, pending);
}

/** A check waiting to run, until cancelled. */
interface Pending {
  cancel(): void;
}

function afterTimer(run: () => void, delay: number): Pending {
  const timer = setTimeout(run, delay);
  return { cancel: () => clearTimeout(timer) };
}

/**
 * Runs `run` after the editor's next message already read, if any: an edit
 * there replaces this check, so a burst of keystrokes read at once is
 * checked once. The connection handles one message per immediate and queues
 * the next as it returns, after an immediate queued from the handler: a
 * second immediate comes after it. A timer of 0 waits by the clock instead,
 * Node's least (1 ms) on every keystroke.
 */
function afterMessagesRead(run: () => void): Pending {
  let immediate = setImmediate(() => {
    immediate = setImmediate(run);
  });
  return { cancel: () => clearImmediate(immediate) };
}

/** The check of each draft under way (a draft is checked once at a time), and the drafts with a check waiting for it. */
const running = new Map<string, Promise<void>>();
const waiting = new Set<string>();

async function lint(uri: string): Promise<void> {
  // A long draft's first check runs in steps; another check of it meanwhile would find its checker half way.
  if (running.has(uri)) {
    // One check waits, and reads the draft as it is when its turn comes: a second would read the same text.
    if (waiting.has(uri)) return;
    waiting.add(uri);
    while (running.has(uri)) await running.get(uri)?.catch(() => undefined);
    waiting.delete(uri);
  }
  const run = checkNow(uri).finally(() => {
    running.delete(uri);
    wake(uri);
  });
  running.set(uri, run);
  await run;
}

/**
 * A draft this long (about 15,000 words) is checked the first time in steps
 * (see DraftChecker.steps), the editor answered between them: its other
 * drafts' hovers, quick fixes and checks wait for one run of steps at most,
 * not for the whole first reading, which takes seconds for a book-length draft.
 */
const checkedInStepsFrom = 100_000;
/** How long one run of steps keeps the server from the editor. */
const stepsFor = 20;

/**
 * Runs a check made in steps, letting the editor's messages in between runs;
 * returns the check and the time spent on it, or undefined once `wanted`
 * says no more (the draft was closed).
 */
async function inSteps<T>(steps: Generator<void, T>, wanted: () => boolean): Promise<{ value: T; busy: number } | undefined> {
  let busy = 0;
  let began = performance.now();
  for (;;) {
    const step = steps.next();
    const now = performance.now();
    if (step.done) return { value: step.value, busy: busy + now - began };
    if (now - began < stepsFor) continue;
    busy += now - began;
    await nextTurn();
    if (!wanted()) {
      steps.return(undefined as T);
      return undefined;
    }
    began = performance.now();
  }
}

/**
 * Resumes after the editor's messages that came in meanwhile are answered.
 * The connection reads a message in one turn of the event loop and writes
 * its answer in the next (both as immediates): a timer first, then an
 * immediate, puts the check after that answer, not before it.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(() => setImmediate(resolve), 0));
}

async function checkNow(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document) return;
  const version = document.version;
  const config = await configFor(document);
  if (!loadedDictionaries && document.getText().length >= checkedBeforeDictionaries) await dictionariesLoaded();
  // Closed and opened again while we waited (VS Code does so when a draft's language changes): a new text, maybe at the same version.
  if (documents.get(uri) !== document || document.version !== version) return;

  const text = document.getText();
  const checked = checkedLength(text);
  let checker = checkers.get(uri);
  if (!checker) checkers.set(uri, (checker = new DraftChecker()));
  const started = performance.now();
  const loaded = loadedDictionaries;
  const options = { languageId: document.languageId, config, dictionaries: loaded?.value, dictionariesLoading: !loaded };
  const draftText = checked === text.length ? text : text.slice(0, checked);
  let result: CheckResult;
  let busy: number | undefined;
  const current = () => documents.get(uri) === document;
  try {
    if (checker.fresh && draftText.length >= checkedInStepsFrom) {
      const stepped = await inSteps(checker.steps(draftText, options), current);
      // Closed meanwhile (VS Code closes and opens a draft again when its language changes): the work is dropped.
      if (!stepped) return;
      ({ value: result, busy } = stepped);
    } else result = checker.check(draftText, options);
  } catch (error) {
    // A fault in what the checker kept from earlier checks must not cost the reporter the findings, or the server:
    // say so in the log and read the draft from scratch.
    connection.console.error(`Copydesk: checking ${uri} again from scratch after an internal error: ${(error as Error).stack ?? String(error)}`);
    checker = new DraftChecker();
    if (current()) checkers.set(uri, checker);
    try {
      result = checker.check(draftText, options);
    } catch (again) {
      connection.console.error(`Copydesk could not check ${uri}: ${(again as Error).stack ?? String(again)}`);
      return;
    }
  }
  if (!current()) return;
  const ended = performance.now();
  lastEnded.set(uri, ended);
  lastDuration.set(uri, busy ?? ended - started);

  const hidden = ignored.get(uri);
  const findings = new Map<string, Finding>();
  const shown: Finding[] = [];
  for (const finding of result.findings) {
    if (hidden?.has(ignoreKey(finding.rule, text.slice(finding.start, finding.end)))) continue;
    findings.set(findingKey(finding), finding);
    shown.push(finding);
  }
  drafts.set(uri, { version, config, result, findings, shown, spellingPending: !loaded });
  publish(uri, document);
  idle.checked();
  const sent = connection.sendNotification(notifications.checked, {
    uri,
    version,
    checkedCharacters: checked,
    totalCharacters: text.length,
    ...(loaded ? {} : { spellingPending: true }),
  });
  // Not before the findings are on their way (the connection writes them a turn later).
  const loadSoon = () => void (dictionariesTimer ??= setTimeout(() => void dictionariesLoaded(), 0));
  // Loaded while this check ran without them (the drafts then checked again did not include this one): check it again now.
  if (!loaded && loadedDictionaries) schedule(uri, 0);
  else if (!loaded) sent.then(loadSoon, loadSoon);
}

/**
 * Sends a draft's findings as diagnostics, all but a spelling mark on the
 * word the reporter is still typing; that one follows when typing pauses.
 */
function publish(uri: string, document: TextDocument): void {
  const draft = drafts.get(uri);
  if (!draft || draft.version !== document.version) return;
  clearTimeout(releases.get(uri));
  releases.delete(uri);
  const cursor = typing.cursor(uri, draft.version);
  const diagnostics: Diagnostic[] = [];
  for (const finding of draft.shown) {
    if (cursor && finding.rule === 'spelling' && finding.start < cursor.offset && cursor.offset <= finding.end) {
      releases.set(uri, setTimeout(() => documents.get(uri) === document && publish(uri, document), cursor.pauseIn + 10));
      continue;
    }
    diagnostics.push(toDiagnostic(document, finding));
  }
  connection.sendDiagnostics({ uri, version: draft.version, diagnostics });
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: rangeOf(document, finding.start, finding.end),
    severity: severities[finding.severity],
    source: 'Copydesk',
    code: finding.rule,
    codeDescription: { href: `${readmeUrl}#${finding.rule}` },
    message: finding.message,
  };
}

function findingKey(finding: Finding): string {
  return `${finding.rule}:${finding.start}:${finding.end}`;
}

/**
 * The key of the finding a diagnostic stands for, from where the editor shows it now: the
 * editor moves a mark with the text typed before it, so a mark published for an earlier
 * version still finds its finding, and one whose words were edited finds none.
 */
function diagnosticKey(document: TextDocument, diagnostic: Diagnostic): string {
  return `${String(diagnostic.code)}:${document.offsetAt(diagnostic.range.start)}:${document.offsetAt(diagnostic.range.end)}`;
}

function ignoreKey(rule: string, text: string): string {
  return `${rule}\u0000${text}`;
}

function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

// Asked for just after an edit (the light bulb, Ctrl+.), the draft may not be checked yet: the answer waits for that check.
connection.onCodeAction(async ({ textDocument, context }, token) => {
  const draft = await currentDraft(textDocument.uri, token);
  const document = documents.get(textDocument.uri);
  if (token.isCancellationRequested) throw cancelled();
  if (!document || !draft || draft.version !== document.version) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== 'Copydesk') continue;
    const stored = draft.findings.get(diagnosticKey(document, diagnostic));
    if (!stored) continue;
    const finding = resolveFinding(stored, draft.result, draft.config);
    for (const fix of finding.fixes ?? []) {
      const edits = fix.edits.map((edit) => TextEdit.replace(rangeOf(document, edit.start, edit.end), edit.newText));
      const action = CodeAction.create(fix.title, { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] }, CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      if (fix.preferred) action.isPreferred = true;
      actions.push(action);
    }
    const text = document.getText().slice(finding.start, finding.end);
    actions.push(...styleSheetActions(document, finding, diagnostic));
    const ignore = CodeAction.create(
      `Ignore “${shorten(text)}” in this document`,
      { title: 'Ignore in this document', command: commands.ignoreInDocument, arguments: [document.uri, finding.rule, text] },
      CodeActionKind.QuickFix,
    );
    ignore.diagnostics = [diagnostic];
    actions.push(ignore);
  }
  return actions;
});

/** "Add to the desk dictionary" for unknown words, "Make X the desk spelling" for names. */
function styleSheetActions(document: TextDocument, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const actions: CodeAction[] = [];
  const { word, canonical, variant } = (finding.data ?? {}) as { word?: unknown; canonical?: unknown; variant?: unknown };
  const onDisk = document.uri.startsWith('file:');
  if (typeof word === 'string') {
    if (onDisk) {
      actions.push(CodeAction.create(`Add “${word}” to the desk dictionary`, { title: 'Add to the desk dictionary', command: commands.addToDeskDictionary, arguments: [document.uri, word] }, CodeActionKind.QuickFix));
    }
    if (clientHasUserDictionary) actions.push(CodeAction.create(`Add “${word}” to my dictionary`, { title: 'Add to my dictionary', command: addToUserDictionary, arguments: [word] }, CodeActionKind.QuickFix));
  }
  if (onDisk && typeof canonical === 'string' && typeof variant === 'string') {
    actions.push(CodeAction.create(`Make “${canonical}” the desk spelling`, { title: 'Make it the desk spelling', command: commands.setDeskSpelling, arguments: [document.uri, canonical, variant] }, CodeActionKind.QuickFix));
  }
  for (const action of actions) action.diagnostics = [diagnostic];
  return actions;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

connection.onExecuteCommand(({ command, arguments: args = [] }) => {
  if (command === commands.addToDeskDictionary || command === commands.setDeskSpelling) {
    const [uri, ...values] = args as unknown[];
    if (typeof uri !== 'string' || !uri.startsWith('file:') || !values.every((value) => typeof value === 'string' && value.trim() !== '')) return;
    const path = styleSheetPathFor(fileURLToPath(uri), workspaceFolders);
    const [first, second] = values as string[];
    try {
      updateStyleSheet(path, (text) => (command === commands.addToDeskDictionary ? addWord(text, first) : setDeskSpelling(text, first, second)));
    } catch (error) {
      void connection.window.showErrorMessage(`Copydesk could not write the desk style sheet ${path}: ${(error as Error).message}`);
      return;
    }
    styleSheets.clear();
    relintAll();
    return;
  }
  if (command === commands.ignoreInDocument) {
    const [uri, rule, text] = args as [unknown, unknown, unknown];
    if (typeof uri !== 'string' || typeof rule !== 'string' || typeof text !== 'string' || !ruleById(rule)) return;
    const set = ignored.get(uri) ?? new Set<string>();
    set.add(ignoreKey(rule, text));
    ignored.set(uri, set);
    schedule(uri, 0);
  }
});

/** What the article model knows about the place under the pointer: a name's register entry, or who said a quote. */
connection.onHover(async ({ textDocument, position }, token) => {
  const draft = await currentDraft(textDocument.uri, token);
  const document = documents.get(textDocument.uri);
  if (!draft || !document) return null;
  const offset = document.offsetAt(position);
  const { model } = draft.result;
  const mention = mentionAt(model.names, offset);
  if (mention?.entry) {
    return { contents: { kind: MarkupKind.Markdown, value: describeName(mention.entry, model.paragraphs) }, range: rangeOf(document, mention.start, mention.end) };
  }
  const quote = quoteAt(model.quotes, offset);
  if (quote) {
    return { contents: { kind: MarkupKind.Markdown, value: escapeMarkdown(describeQuote(quote)) }, range: rangeOf(document, quote.start, quote.end) };
  }
  return null;
});

connection.onRequest(requests.report, async ({ uri }, token) => {
  const draft = await currentDraft(uri, token);
  const document = documents.get(uri);
  // Cancelled while the draft was being checked: the editor has moved on, so the report is not built.
  if (token.isCancellationRequested) throw cancelled();
  if (!draft || !document) return null;
  const findings = [...draft.findings.values()];
  const title = uri.startsWith('file:') ? basename(fileURLToPath(uri)) : uri;
  return { uri, version: draft.version, document: buildReportDocument(title, document.getText(), draft.result, findings) };
});

/** Every safe fix as one edit, for "Fix All Safe Problems": one undo step in the editor. */
connection.onRequest(requests.safeFixes, async ({ uri }, token) => {
  const draft = await currentDraft(uri, token);
  const document = documents.get(uri);
  if (token.isCancellationRequested) throw cancelled();
  if (!draft || !document) return null;
  const resolved = [...draft.findings.values()].map((stored) => resolveFinding(stored, draft.result, draft.config));
  const edits = safeFixEdits(resolved).map((edit) => TextEdit.replace(rangeOf(document, edit.start, edit.end), edit.newText));
  return { documentChanges: [TextDocumentEdit.create({ uri, version: document.version }, edits)] };
});

/** The answer to a request the editor cancelled (LSP's RequestCancelled). */
function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled by the editor.');
}

/**
 * The check of the draft as it is now: the one already scheduled after the last edit, waited
 * for (so a request does not undo the wait that keeps a long draft's checks from piling up
 * while the reporter types), or one run at once if none is on its way. Undefined once the
 * draft is closed or the request cancelled.
 */
async function currentDraft(uri: string, token?: CancellationToken): Promise<DraftState | undefined> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const document = documents.get(uri);
    if (!document || token?.isCancellationRequested) return undefined;
    const draft = drafts.get(uri);
    if (draft && draft.version === document.version && !draft.spellingPending) return draft;
    // A quick fix, a hover or the report wants the whole check: the dictionaries cannot wait.
    if (draft?.spellingPending) await dictionariesLoaded();
    // A check due or under way ends with a wake; only with none does the request start one.
    if (timers.has(uri) || running.has(uri) || waiting.has(uri)) await nextCheck(uri, token);
    else await lint(uri);
  }
  return drafts.get(uri);
}

/** Resolves when a check of the draft ends (whatever it concluded), or the request is cancelled. */
function nextCheck(uri: string, token: CancellationToken | undefined): Promise<void> {
  return new Promise((resolve) => {
    let waiters = checkWaiters.get(uri);
    if (!waiters) checkWaiters.set(uri, (waiters = new Set()));
    let cancelling: Disposable | undefined;
    const done = (): void => {
      waiters.delete(done);
      if (waiters.size === 0 && checkWaiters.get(uri) === waiters) checkWaiters.delete(uri);
      cancelling?.dispose();
      resolve();
    };
    waiters.add(done);
    cancelling = token?.onCancellationRequested(done);
  });
}

function wake(uri: string): void {
  for (const done of [...(checkWaiters.get(uri) ?? [])]) done();
}

async function configFor(document: TextDocument): Promise<CopydeskConfig> {
  const sheet = styleSheetFor(document.uri);
  let user = userSettings.get(document.uri);
  if (!user) {
    user = canPullConfiguration
      ? connection.workspace
          .getConfiguration({ scopeUri: document.uri, section: 'copydesk' })
          .then((value: unknown) => configFromSettings(value, ruleIds), () => ({}))
      : Promise.resolve({});
    userSettings.set(document.uri, user);
  }
  const settings = await user;
  const desk = sheet?.config ?? noDeskConfig;
  // The same object while settings and style sheet stand: what a draft's checker keeps between checks is kept for its config.
  const merged = mergedConfigs.get(document.uri);
  if (merged && merged.settings === settings && merged.desk === desk) return merged.config;
  const config = mergeConfig(settings, desk);
  // Kept only for a draft still open: one closed while its settings were asked for is forgotten already (see onDidClose).
  if (documents.get(document.uri) === document) mergedConfigs.set(document.uri, { settings, desk, config });
  return config;
}

const noDeskConfig: Partial<CopydeskConfig> = {};
/** Each draft's config as last merged, with what it was merged from. */
const mergedConfigs = new Map<string, { settings: Partial<CopydeskConfig>; desk: Partial<CopydeskConfig>; config: CopydeskConfig }>();

/** The desk's style sheet for a draft on disk, read once until it changes. */
function styleSheetFor(uri: string): DeskStyleSheet | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const path = findStyleSheet(dirname(fileURLToPath(uri)));
  if (!path) return undefined;
  let sheet = styleSheets.get(path);
  if (!sheet) {
    sheet = readStyleSheet(path);
    styleSheets.set(path, sheet);
    publishStyleSheetProblems(sheet);
  }
  return sheet;
}

function publishStyleSheetProblems(sheet: DeskStyleSheet): void {
  const uri = pathToFileURL(sheet.path).href;
  if (sheet.problems.length === 0 && !styleSheetsWithProblems.has(uri)) return;
  const document = TextDocument.create(uri, 'json', 0, sheet.text);
  const diagnostics: Diagnostic[] = sheet.problems.map((problem) => ({
    range: rangeOf(document, problem.start, problem.end),
    severity: DiagnosticSeverity.Error,
    source: 'Copydesk',
    message: problem.message,
  }));
  if (diagnostics.length > 0) styleSheetsWithProblems.add(uri);
  else styleSheetsWithProblems.delete(uri);
  connection.sendDiagnostics({ uri, diagnostics });
}

// Over IPC (VS Code's way), an editor that goes away closes the channel: go with it, rather than linger until its process id is gone.
process.on('disconnect', () => process.exit(1));

documents.listen(connection);
connection.listen();
