/**
 * Renders the article report as HTML (the editor's view and the HTML export)
 * and as Markdown (the CLI and the Markdown export). Every piece of article
 * text is escaped: a draft that contains `<script>` shows it as text.
 */
import type { ReportDocument, ReportFinding } from './report-document';
import { escapeMarkdown } from '../engine/markdown-text';

export { escapeMarkdown };

/** Average silent reading speed for non-fiction in English (Brysbaert, 2019: 238 words a minute). */
const wordsPerMinute = 238;

interface QuoteRow {
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  cue: string | null;
}
interface NameRow {
  canonical: string;
  kind: string;
  mentions: number;
  variants: Array<{ text: string; count: number }>;
}
interface AcronymRow {
  acronym: string;
  expansion: string | null;
  definedAt: number | null;
  firstUse: number;
}

/** The report's optional sections, read loosely: a model without quotes yet simply has none. */
function sections(document: ReportDocument) {
  const report = document.report as ReportDocument['report'] & { quotes?: QuoteRow[]; names?: NameRow[]; acronyms?: AcronymRow[] };
  const quotes = [...(report.quotes ?? [])].sort((a, b) => Number(a.speaker !== null) - Number(b.speaker !== null) || a.start - b.start);
  return { stats: report.stats, quotes, sources: sourcesOf(report.quotes ?? []), names: report.names, acronyms: report.acronyms, findings: byRule(document.findings) };
}

interface SourceRow {
  speaker: string;
  named: boolean;
  quotes: number;
  words: number;
  start: number;
  end: number;
}

/** Who gets quoted, and how much: the balance a desk editor checks. */
function sourcesOf(quotes: readonly QuoteRow[]): SourceRow[] {
  const rows = new Map<string, SourceRow>();
  for (const quote of quotes) {
    if (quote.speaker === null) continue;
    const row = rows.get(quote.speaker) ?? {
      speaker: quote.speaker,
      // Named sources are capitalised ("John Bolton"); "officials", "a source" are not.
      named: /^\p{Lu}/u.test(quote.speaker),
      quotes: 0,
      words: 0,
      start: quote.start,
      end: quote.end,
    };
    row.quotes++;
    row.words += quote.text.split(/\s+/).filter(Boolean).length;
    rows.set(quote.speaker, row);
  }
  return [...rows.values()].sort((a, b) => b.words - a.words);
}

function byRule(findings: readonly ReportFinding[]): Array<[string, ReportFinding[]]> {
  const groups = new Map<string, ReportFinding[]>();
  for (const finding of findings) groups.set(finding.rule, [...(groups.get(finding.rule) ?? []), finding]);
  const rank = { error: 0, warning: 1, info: 2 };
  return [...groups.entries()].sort((a, b) => rank[a[1][0].severity] - rank[b[1][0].severity] || b[1].length - a[1].length);
}

/** Where an acronym is first used against where it is spelled out ("—" when it never is). */
function order(acronym: AcronymRow, before: string): string {
  if (acronym.definedAt === null) return '—';
  return acronym.definedAt > acronym.firstUse ? before : 'after it is spelled out';
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The report's body: sections of rows; a row with `data-start` reveals that place in the draft. */
export function renderReportHtmlBody(document: ReportDocument): string {
  const { stats, quotes, sources, names, acronyms, findings } = sections(document);
  const e = escapeHtml;
  const row = (start: number, end: number, cells: string[], extraClass = '') =>
    `<tr class="reveal${extraClass}" tabindex="0" data-start="${start}" data-end="${end}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const table = (head: string[], rows: string[]) =>
    `<table><thead><tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  const parts: string[] = [];
  parts.push(`<h1>${e(document.title)}</h1>`);
  parts.push(
    `<p class="stats">${plural(stats.words, 'word')} · about ${plural(readingMinutes(stats.words), 'minute')} to read · ${plural(stats.paragraphs, 'paragraph')} · ${plural(quotes.length, 'quote')}</p>`,
  );

  parts.push('<h2>Problems</h2>');
  if (findings.length === 0) parts.push('<p>No problems found.</p>');
  for (const [rule, list] of findings) {
    parts.push(`<h3><code>${e(rule)}</code> · ${list.length} · ${e(document.rules[rule] ?? '')}</h3>`);
    parts.push(
      table(
        ['Line', 'Text', 'Problem'],
        list.map((f) => row(f.start, f.end, [String(f.line + 1), `<q>${e(f.text)}</q>`, `<span class="${f.severity}">${e(f.message)}</span>`])),
      ),
    );
  }

  if (quotes.length > 0 || 'quotes' in document.report) {
    const missing = quotes.filter((q) => q.speaker === null).length;
    parts.push(`<h2>Quotes</h2><p>${plural(quotes.length, 'quote')}${missing ? `, <strong>${missing} without a speaker</strong>` : ''}.</p>`);
    parts.push(
      table(
        ['Quote', 'Speaker', 'Cue'],
        quotes.map((q) =>
          row(q.start, q.end, [`<q>${e(q.text)}</q>`, q.speaker === null ? '<strong class="warning">no speaker</strong>' : e(q.speaker), e(q.cue ?? '')], q.speaker === null ? ' unattributed' : ''),
        ),
      ),
    );
    if (sources.length > 0) {
      parts.push('<h2>Sources</h2>');
      parts.push(table(['Source', 'Named', 'Quotes', 'Words quoted'], sources.map((s) => row(s.start, s.end, [e(s.speaker), s.named ? 'named' : '<strong>anonymous</strong>', String(s.quotes), String(s.words)]))));
    }
  }

  if (names && names.length > 0) {
    parts.push('<h2>Names</h2>');
    parts.push(
      table(
        ['Name', 'Kind', 'Mentions', 'Written as'],
        names.map((n) => `<tr><td>${e(n.canonical)}</td><td>${e(n.kind)}</td><td>${n.mentions}</td><td>${n.variants.map((v) => `${e(v.text)} (${v.count})`).join(', ')}</td></tr>`),
      ),
    );
  }

  if (acronyms && acronyms.length > 0) {
    parts.push('<h2>Acronyms</h2>');
    parts.push(
      table(
        ['Acronym', 'Spelled out as', 'First used'],
        acronyms.map((a) => row(a.firstUse, a.firstUse + a.acronym.length, [e(a.acronym), a.expansion ? e(a.expansion) : '<strong class="info">never spelled out</strong>', order(a, '<strong class="warning">before it is spelled out</strong>')])),
      ),
    );
  }
  return parts.join('\n');
}

export const reportStyles = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--vscode-foreground, #1e1e1e); background: var(--vscode-editor-background, #fff); line-height: 1.45; padding: 0 1.2em 2em; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid var(--vscode-panel-border, #ccc); } h3 { font-size: 1em; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; } th, td { text-align: left; vertical-align: top; padding: .3em .5em; border-bottom: 1px solid var(--vscode-panel-border, #ddd); }
tr.reveal { cursor: pointer; } tr.reveal:hover, tr.reveal:focus { background: var(--vscode-list-hoverBackground, #eef); outline: 1px solid var(--vscode-focusBorder, #36c); }
.stats { color: var(--vscode-descriptionForeground, #555); }
.warning { color: var(--vscode-editorWarning-foreground, #9a6700); } .error { color: var(--vscode-editorError-foreground, #c00); } .info { color: var(--vscode-editorInfo-foreground, #0969da); }
q { quotes: "“" "”"; }
`;

/** A standalone page, for "Export" and `copydesk report --format html`: no script, no remote resources. */
export function renderReportHtml(document: ReportDocument): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`Copydesk report: ${document.title}`)}</title>
<style>${reportStyles}</style>
</head>
<body>
${renderReportHtmlBody(document)}
</body>
</html>
`;
}

export function renderReportMarkdown(document: ReportDocument): string {
  const { stats, quotes, sources, names, acronyms, findings } = sections(document);
  const m = escapeMarkdown;
  const lines: string[] = [];
  const table = (head: string[], rows: string[][]) => {
    lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');
  };
  lines.push(`# Copydesk report: ${m(document.title)}`, '');
  lines.push(`${plural(stats.words, 'word')} · about ${plural(readingMinutes(stats.words), 'minute')} to read · ${plural(stats.paragraphs, 'paragraph')} · ${plural(quotes.length, 'quote')}`, '');
  lines.push('## Problems', '');
  if (findings.length === 0) lines.push('No problems found.', '');
  for (const [rule, list] of findings) {
    lines.push(`### \`${rule}\` · ${list.length} · ${m(document.rules[rule] ?? '')}`, '');
    table(['Line', 'Text', 'Problem'], list.map((f) => [String(f.line + 1), `“${m(f.text)}”`, `${f.severity}: ${m(f.message)}`]));
  }
  if (quotes.length > 0 || 'quotes' in document.report) {
    lines.push('## Quotes', '');
    table(['Quote', 'Speaker', 'Cue'], quotes.map((q) => [`“${m(q.text)}”`, q.speaker === null ? '**no speaker**' : m(q.speaker), m(q.cue ?? '')]));
    if (sources.length > 0) {
      lines.push('## Sources', '');
      table(['Source', 'Named', 'Quotes', 'Words quoted'], sources.map((s) => [m(s.speaker), s.named ? 'named' : '**anonymous**', String(s.quotes), String(s.words)]));
    }
  }
  if (names && names.length > 0) {
    lines.push('## Names', '');
    table(['Name', 'Kind', 'Mentions', 'Written as'], names.map((n) => [m(n.canonical), m(n.kind), String(n.mentions), n.variants.map((v) => `${m(v.text)} (${v.count})`).join(', ')]));
  }
  if (acronyms && acronyms.length > 0) {
    lines.push('## Acronyms', '');
    table(['Acronym', 'Spelled out as', 'First used'], acronyms.map((a) => [m(a.acronym), a.expansion ? m(a.expansion) : '**never spelled out**', order(a, '**before it is spelled out**')]));
  }
  return lines.join('\n');
}
