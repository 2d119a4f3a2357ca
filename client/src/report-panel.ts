/**
 * The article report, beside the draft: stats, every quote and its speaker,
 * sources, names, acronyms and problems by rule. It follows the active draft
 * and refreshes as it changes; each row reveals its place in the draft.
 *
 * The page itself (report-page.ts) is locked down: a Content-Security-Policy
 * that allows only its own style and script (by nonce), no remote resources,
 * and every piece of article text escaped by the renderer.
 */
import {
  languages,
  Range,
  Selection,
  TextEditorRevealType,
  Uri,
  ViewColumn,
  window,
  workspace,
  type Disposable,
  type ExtensionContext,
  type TextDocument,
  type WebviewPanel,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { requests } from '../../server/src/protocol';
import type { ReportDocument } from '../../server/src/report/report-document';
import { renderReportHtml, renderReportMarkdown } from '../../server/src/report/render';
import { newNonce, reportPage } from './report-page';

const draftLanguages = ['markdown', 'plaintext', 'article'];

export class ReportPanel {
  private static current: ReportPanel | undefined;
  private readonly disposables: Disposable[] = [];
  private report: ReportDocument | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;

  static show(context: ExtensionContext, client: LanguageClient): void {
    const document = window.activeTextEditor?.document;
    if (!document || !draftLanguages.includes(document.languageId)) {
      void window.showInformationMessage('Open a draft (Markdown, plain text or article) to see its Copydesk report.');
      return;
    }
    if (ReportPanel.current) {
      ReportPanel.current.follow(document);
      ReportPanel.current.panel.reveal(ViewColumn.Beside, true);
      return;
    }
    const panel = window.createWebviewPanel('copydesk.report', 'Copydesk Report', { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    ReportPanel.current = new ReportPanel(panel, client, document);
    context.subscriptions.push(panel);
  }

  private constructor(
    private readonly panel: WebviewPanel,
    private readonly client: LanguageClient,
    private source: TextDocument,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message)),
      languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === this.source.uri.toString())) this.scheduleRefresh();
      }),
      window.onDidChangeActiveTextEditor((editor) => {
        if (editor && draftLanguages.includes(editor.document.languageId)) this.follow(editor.document);
      }),
    );
    void this.refresh();
  }

  private follow(document: TextDocument): void {
    if (document.uri.toString() === this.source.uri.toString()) return;
    this.source = document;
    void this.refresh();
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 150);
  }

  private async refresh(): Promise<void> {
    const response = await this.client.sendRequest(requests.report, { uri: this.source.uri.toString() });
    if (!response) return;
    this.report = response.document;
    this.panel.title = `Report: ${response.document.title}`;
    this.panel.webview.html = reportPage(response.document, newNonce());
  }

  private async onMessage(message: unknown): Promise<void> {
    if (!message || typeof message !== 'object') return;
    const { type, start, end, format } = message as { type?: unknown; start?: unknown; end?: unknown; format?: unknown };
    if (type === 'reveal' && typeof start === 'number' && typeof end === 'number') {
      const editor = await window.showTextDocument(this.source, { viewColumn: ViewColumn.One, preserveFocus: false });
      const range = new Range(this.source.positionAt(start), this.source.positionAt(end));
      editor.selection = new Selection(range.start, range.end);
      editor.revealRange(range, TextEditorRevealType.InCenter);
    }
    if (type === 'export' && (format === 'markdown' || format === 'html') && this.report) {
      const extension = format === 'markdown' ? 'md' : 'html';
      const base = this.source.uri.scheme === 'file' ? this.source.uri : workspace.workspaceFolders?.[0]?.uri;
      const target = await window.showSaveDialog({
        title: 'Export the Copydesk report',
        defaultUri: base ? Uri.joinPath(base, '..', `${this.report.title.replace(/\.[^.]+$/, '')}.report.${extension}`) : undefined,
        filters: format === 'markdown' ? { Markdown: ['md'] } : { HTML: ['html'] },
      });
      if (!target) return;
      const content = format === 'markdown' ? renderReportMarkdown(this.report) : renderReportHtml(this.report);
      await workspace.fs.writeFile(target, new TextEncoder().encode(content));
      void window.showInformationMessage(`Copydesk report saved to ${target.fsPath}.`);
    }
  }

  private dispose(): void {
    ReportPanel.current = undefined;
    clearTimeout(this.refreshTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
