/**
 * The article report as the editor's view, the CLI and exports receive it:
 * the engine's report (DESIGN.md's JSON contract) plus the findings, each
 * with its line so a reader can find it in print as well as on screen.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../engine/check';
import type { Finding } from '../engine/findings';
import { buildReport, type ArticleReport } from '../engine/report';
import { ruleById } from '../rules/registry';

export interface ReportFinding {
  rule: string;
  severity: Finding['severity'];
  message: string;
  text: string;
  start: number;
  end: number;
  /** 0-based, as LSP counts. */
  line: number;
  character: number;
}

export interface ReportDocument {
  /** The draft's name, for the title. */
  title: string;
  report: ArticleReport;
  findings: ReportFinding[];
  /** The rules' one-line descriptions, by id, for headings. */
  rules: Record<string, string>;
}

export function buildReportDocument(title: string, text: string, result: CheckResult, findings: readonly Finding[]): ReportDocument {
  const document = TextDocument.create('untitled:report', 'plaintext', 0, text);
  const rules: Record<string, string> = {};
  for (const finding of findings) rules[finding.rule] = ruleById(finding.rule)?.description ?? finding.rule;
  return {
    title,
    report: buildReport(result.model),
    findings: findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      text: text.slice(finding.start, finding.end),
      start: finding.start,
      end: finding.end,
      ...document.positionAt(finding.start),
    })),
    rules,
  };
}
