/**
 * SARIF 2.1.0 for `copydesk check --format sarif`, the format GitHub code
 * scanning and other review tools read: rule metadata, locations in 1-based
 * lines and UTF-16 columns, and each fix as replacements.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from './engine/findings';
import { rules } from './rules/registry';

export interface SarifFile {
  path: string;
  text: string;
  findings: readonly Finding[];
}

const levels: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** The SARIF results for one checked file: a finding each, with its fixes. */
export function sarifResults(file: SarifFile): object[] {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const document = TextDocument.create('file:///draft', 'plaintext', 0, file.text);
  const local = relative(process.cwd(), file.path);
  const uri = local.startsWith('..') || isAbsolute(local) ? pathToFileURL(file.path).href : local.split(sep).join('/');
  const region = (start: number, end: number) => {
    const from = document.positionAt(start);
    const to = document.positionAt(end);
    return { startLine: from.line + 1, startColumn: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1, charOffset: start, charLength: end - start };
  };
  return file.findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: ruleIndex.get(finding.rule),
    level: levels[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: { ...region(finding.start, finding.end), snippet: { text: file.text.slice(finding.start, finding.end) } } } }],
    ...(finding.fixes?.length
      ? {
          fixes: finding.fixes.map((fix) => ({
            description: { text: fix.title },
            artifactChanges: [
              { artifactLocation: { uri }, replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.start, edit.end), insertedContent: { text: edit.newText } })) },
            ],
          })),
        }
      : {}),
  }));
}

/** The whole SARIF log around the results of every file. */
export function toSarif(results: readonly object[], version: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Copydesk',
            version,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.docs },
              help: { text: rule.docs },
              defaultConfiguration: { level: levels[rule.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
