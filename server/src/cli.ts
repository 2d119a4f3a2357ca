/**
 * `copydesk`: the engine on files, for newsroom pipelines.
 *
 *   copydesk check [--format text|json|sarif|markdown] [--dialect auto|en-US|en-GB] [--config FILE] FILE...
 *   copydesk report [--format markdown|html|json] FILE
 *
 * Exit 0 when no finding is an error, 1 when one is, 2 for a usage or input
 * error. A bad file among several is named on stderr and the others are still
 * checked; output is written whole at the end, never half.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, resolveFinding, type CheckResult } from './engine/check';
import { mergeConfig, type CopydeskConfig, type Dialect } from './engine/config';
import type { Finding } from './engine/findings';
import { buildReport } from './engine/report';
import { findStyleSheet, readStyleSheet, type DeskStyleSheet } from './desk-style-sheet';
import { languageIdForPath } from './languages';
import { dictionariesOrNothing } from './dictionaries';
import type { SpellingDictionaries } from './engine/spelling';
import { buildReportDocument, type ReportDocument } from './report/report-document';
import { escapeMarkdown, renderReportHtml, renderReportMarkdown } from './report/render';
import { sarifResults, toSarif } from './sarif';
import { chunkCache } from './engine/parse';

const usage = `Usage:
  copydesk check [--format text|json|sarif|markdown] [--dialect auto|en-US|en-GB] [--config FILE] FILE...
  copydesk report [--format markdown|html|json] FILE`;

const checkFormats = ['text', 'json', 'sarif', 'markdown'];
const reportFormats = ['markdown', 'html', 'json'];
const version = '0.1.0';
const dialects = ['auto', 'en-US', 'en-GB'];

class UsageError extends Error {}

interface Options {
  command: 'check' | 'report';
  format: string;
  dialect?: Dialect;
  configPath?: string;
  files: string[];
}

export function parseArguments(args: string[]): Options {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') throw new UsageError(usage);
  if (command !== 'check' && command !== 'report') {
    throw new UsageError(command ? `copydesk: unknown command "${command}". Use "check" or "report".` : usage);
  }
  const options: Options = { command, format: command === 'check' ? 'text' : 'markdown', files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`copydesk: ${arg} needs a value.`);
      return next;
    };
    if (arg === '--format') options.format = value();
    else if (arg.startsWith('--format=')) options.format = arg.slice('--format='.length);
    else if (arg === '--dialect') options.dialect = value() as Dialect;
    else if (arg.startsWith('--dialect=')) options.dialect = arg.slice('--dialect='.length) as Dialect;
    else if (arg === '--config') options.configPath = value();
    else if (arg.startsWith('--config=')) options.configPath = arg.slice('--config='.length);
    else if (arg === '--') options.files.push(...rest.slice(i + 1)), (i = rest.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`copydesk: unknown option "${arg}".\n${usage}`);
    else options.files.push(arg);
  }
  const formats = command === 'check' ? checkFormats : reportFormats;
  if (!formats.includes(options.format)) {
    throw new UsageError(`copydesk: "${options.format}" is not a format for ${command}. Use ${formats.join(' or ')}.`);
  }
  if (options.dialect !== undefined && !dialects.includes(options.dialect)) {
    throw new UsageError(`copydesk: "${options.dialect}" is not a dialect. Use auto, en-US or en-GB.`);
  }
  if (options.files.length === 0) throw new UsageError(`copydesk: name at least one file to ${command}.\n${usage}`);
  if (command === 'report' && options.files.length > 1) throw new UsageError('copydesk: report takes one file.');
  return options;
}

class InputError extends Error {}

/** Reads a draft as text, or says plainly why it cannot. */
export function readDraft(path: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path}: is a folder, not a draft. Name the files inside it.`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file.`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path}: cannot be read (permission denied).`);
    throw new InputError(`${path}: cannot be read (${code ?? String(error)}).`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${path}: looks like a binary file, not text; skipped.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: is not UTF-8 text; save it as UTF-8 and try again.`);
  }
}

interface Checked {
  path: string;
  text: string;
  result: CheckResult;
  findings: Finding[];
}

export interface CliOutput {
  /** What to print, in pieces printed one after another (a run over thousands of files never holds all of it as one string). */
  stdout: string[] | Generator<string>;
  stderr: string;
  exitCode: number;
}

export function run(args: string[]): CliOutput {
  const errors: string[] = [];
  let options: Options;
  try {
    options = parseArguments(args);
  } catch (error) {
    if (error instanceof UsageError) return { stdout: [], stderr: `${error.message}\n`, exitCode: 2 };
    throw error;
  }

  const sheets = new Map<string, DeskStyleSheet | undefined>();
  const styleSheetFor = (file: string): DeskStyleSheet | undefined => {
    const path = options.configPath ?? findStyleSheet(dirname(file));
    if (!path) return undefined;
    if (!sheets.has(path)) {
      let sheet: DeskStyleSheet | undefined = readStyleSheet(path);
      if (options.configPath && sheet.problems.length > 0 && sheet.text === '') {
        errors.push(`copydesk: ${path}: cannot be read; checking with the default settings.`);
        sheet = undefined;
      } else {
        const document = TextDocument.create('file://' + path, 'json', 0, sheet.text);
        for (const problem of sheet.problems) {
          const { line, character } = document.positionAt(problem.start);
          errors.push(`copydesk: ${path}:${line + 1}:${character + 1}: ${problem.message}`);
        }
      }
      sheets.set(path, sheet);
    }
    return sheets.get(path);
  };

  const output = formats[options.command][options.format]();
  let hasError = false;
  let dictionaries: { value: SpellingDictionaries | undefined } | undefined;
  for (const path of options.files) {
    let text: string;
    try {
      text = readDraft(path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(`copydesk: ${error.message}`);
      continue;
    }
    const config: CopydeskConfig = mergeConfig({}, styleSheetFor(path)?.config ?? {});
    if (options.dialect) config.dialect = options.dialect;
    dictionaries ??= { value: dictionariesOrNothing((message) => errors.push(message)) };
    const result = check(text, { languageId: languageIdForPath(path), config, dictionaries: dictionaries.value });
    // Suggestions and fixes are worked out only for an output that prints them: for a typo they cost more than the check.
    const findings = output.printsFixes ? result.findings.map((finding) => resolveFinding(finding, result, config)) : result.findings;
    hasError ||= findings.some((finding) => finding.severity === 'error');
    output.add({ path, text, result, findings });
    // Each file is read once: its parses would only crowd the memory of a run over thousands.
    chunkCache.clear();
  }

  const exitCode = errors.length > 0 ? 2 : hasError ? 1 : 0;
  return { stdout: output.end(), stderr: errors.map((line) => `${line}\n`).join(''), exitCode };
}

/**
 * A way to print: it reads each file as soon as it is checked and keeps only
 * what it will print, so a run over thousands of files keeps no article
 * model; it prints at the end, so nothing is ever half-written.
 */
interface Format {
  /** Prints each finding's suggestions or fixes (json, SARIF): they are worked out for it. */
  printsFixes?: true;
  add(file: Checked): void;
  /** The output in pieces (never a bare string: that would be printed a character at a time). */
  end(): string[] | Generator<string>;
}

const formats: Record<Options['command'], Record<string, () => Format>> = {
  check: { text: textFormat, json: jsonFormat, sarif: sarifFormat, markdown: markdownFormat },
  report: { json: () => reportFormat(reportAsJson), markdown: () => reportFormat(reportAsMarkdown), html: () => reportFormat(reportAsHtml) },
};

function textFormat(): Format {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  let files = 0;
  return {
    add(file) {
      files++;
      const document = TextDocument.create('file://' + file.path, 'plaintext', 0, file.text);
      for (const finding of file.findings) {
        const { line, character } = document.positionAt(finding.start);
        lines.push(`${file.path}:${line + 1}:${character + 1} ${finding.severity} ${finding.rule} ${finding.message}`);
        counts[finding.severity]++;
      }
    },
    end() {
      const total = counts.error + counts.warning + counts.info;
      const noun = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      lines.push(
        total === 0
          ? `No problems found in ${noun(files, 'file')}.`
          : `${noun(total, 'problem')} (${noun(counts.error, 'error')}, ${noun(counts.warning, 'warning')}, ${counts.info} info) in ${noun(files, 'file')}.`,
      );
      return [lines.join('\n') + '\n'];
    },
  };
}

function jsonFormat(): Format {
  const files: object[] = [];
  return {
    printsFixes: true,
    add(file) {
      const document = TextDocument.create('file://' + file.path, 'plaintext', 0, file.text);
      const place = (offset: number) => ({ offset, ...document.positionAt(offset) });
      files.push({
        path: file.path,
        findings: file.findings.map((finding) => ({
          rule: finding.rule,
          severity: finding.severity,
          message: finding.message,
          text: file.text.slice(finding.start, finding.end),
          start: place(finding.start),
          end: place(finding.end),
          ...(finding.suggestions ? { suggestions: finding.suggestions } : {}),
        })),
        report: buildReport(file.result.model),
      });
    },
    // As JSON.stringify({ version: 1, files }, null, 2) writes it, a file at a time, each let go once written.
    *end() {
      if (files.length === 0) {
        yield '{\n  "version": 1,\n  "files": []\n}\n';
        return;
      }
      yield '{\n  "version": 1,\n  "files": [\n';
      for (let i = 0; i < files.length; i++) {
        // Two levels in; no JSON string holds a line break.
        yield `    ${JSON.stringify(files[i], null, 2).replace(/\n/g, '\n    ')}${i + 1 < files.length ? ',' : ''}\n`;
        files[i] = {};
      }
      yield '  ]\n}\n';
    },
  };
}

function sarifFormat(): Format {
  const results: object[] = [];
  return {
    printsFixes: true,
    add: (file) => results.push(...sarifResults(file)),
    end: () => [JSON.stringify(toSarif(results, version), null, 2) + '\n'],
  };
}

function markdownFormat(): Format {
  const lines = ['# Copydesk', ''];
  return {
    add(file) {
      const document = TextDocument.create('file://' + file.path, 'plaintext', 0, file.text);
      lines.push(`## ${escapeMarkdown(file.path)}`, '');
      if (file.findings.length === 0) {
        lines.push('No problems found.', '');
        return;
      }
      lines.push('| Line | Col | Severity | Rule | Problem |', '|---|---|---|---|---|');
      for (const finding of file.findings) {
        const { line, character } = document.positionAt(finding.start);
        lines.push(`| ${line + 1} | ${character + 1} | ${finding.severity} | \`${finding.rule}\` | ${escapeMarkdown(finding.message)} |`);
      }
      lines.push('');
    },
    end: () => [lines.join('\n')],
  };
}

/** `report` reads one file. */
function reportFormat(render: (file: Checked) => string): Format {
  let printed = '';
  return {
    add(file) {
      printed = render(file);
    },
    end: () => [printed],
  };
}

function reportDocumentOf(file: Checked): ReportDocument {
  return buildReportDocument(basename(file.path), file.text, file.result, file.findings);
}

function reportAsJson(file: Checked): string {
  return JSON.stringify({ ...buildReport(file.result.model), findings: reportDocumentOf(file).findings }, null, 2) + '\n';
}

function reportAsMarkdown(file: Checked): string {
  return renderReportMarkdown(reportDocumentOf(file));
}

function reportAsHtml(file: Checked): string {
  return renderReportHtml(reportDocumentOf(file));
}

export async function main(): Promise<void> {
  const { stdout, stderr, exitCode } = run(process.argv.slice(2));
  process.exitCode = exitCode;
  await print(stdout);
  process.stderr.write(stderr);
}

/**
 * Writes the output a piece at a time. Into a pipe, a piece the reader has
 * not taken yet waits in memory: without waiting for it, the whole output of
 * a run over thousands of files would wait there at once (and outgrow its
 * heap). A reader that stops early (`copydesk check … | head`) ends the
 * printing quietly, as it does for any command-line tool.
 */
async function print(pieces: Iterable<string>): Promise<void> {
  const out = process.stdout;
  let readerGone = false;
  out.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  // Taken by the reader, or the pipe closed (after an error too).
  const taken = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.on('drain', done);
      out.on('close', done);
    });
  for (const piece of pieces) {
    if (readerGone) return;
    if (!out.write(piece)) await taken();
  }
}

if (require.main === module) void main();
