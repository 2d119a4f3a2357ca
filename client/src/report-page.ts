/**
 * The report view's page, built apart from VS Code so it can be tested: the
 * report's HTML in a page locked down by a Content-Security-Policy that lets
 * in only this page's own style and script (by a fresh nonce each time), no
 * remote resources, no inline handlers; every piece of the draft is escaped
 * by the renderer.
 */
import { randomBytes } from 'node:crypto';
import type { ReportDocument } from '../../server/src/report/report-document';
import { renderReportHtmlBody, reportStyles } from '../../server/src/report/render';

/** 128 random bits, as the CSP nonce of one page. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function reportPage(report: ReportDocument, nonce: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">${reportStyles}
.toolbar { position: sticky; top: 0; padding: .5em 0; background: var(--vscode-editor-background); display: flex; gap: .5em; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: .3em .8em; cursor: pointer; }
button:hover, button:focus { background: var(--vscode-button-hoverBackground); }
</style>
</head>
<body>
<div class="toolbar" role="toolbar" aria-label="Report actions">
<button type="button" data-export="markdown">Export as Markdown</button>
<button type="button" data-export="html">Export as HTML</button>
</div>
<main>
${renderReportHtmlBody(report)}
</main>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
const reveal = (row) => vscode.postMessage({ type: 'reveal', start: Number(row.dataset.start), end: Number(row.dataset.end) });
document.addEventListener('click', (event) => {
const exporter = event.target.closest('[data-export]');
if (exporter) return vscode.postMessage({ type: 'export', format: exporter.dataset.export });
const row = event.target.closest('tr.reveal');
if (row) reveal(row);
});
document.addEventListener('keydown', (event) => {
const row = event.target.closest && event.target.closest('tr.reveal');
if (!row) return;
if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); reveal(row); }
if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
  const rows = [...document.querySelectorAll('tr.reveal')];
  const next = rows[rows.indexOf(row) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) { event.preventDefault(); next.focus(); }
}
});
</script>
</body>
</html>`;
}
