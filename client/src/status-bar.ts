/**
 * The status bar item: what the active draft still needs, in the three
 * counts a desk editor asks about first. A click opens the article report.
 */
import { languages, StatusBarAlignment, window, type Disposable, type StatusBarItem, type Uri } from 'vscode';
import type { CheckedParams } from '../../server/src/protocol';

const counted = [
  { rule: 'spelling', one: 'typo', many: 'typos' },
  { rule: 'quote-unattributed', one: 'quote without a speaker', many: 'quotes without a speaker' },
  { rule: 'name-variant', one: 'name spelled two ways', many: 'names spelled two ways' },
];

export class ProblemCounter implements Disposable {
  private readonly item: StatusBarItem;
  /** Drafts too big to check whole: how much of each was checked. */
  private readonly partial = new Map<string, CheckedParams>();
  private readonly subscriptions: Disposable[];

  constructor() {
    this.item = window.createStatusBarItem('copydesk.problems', StatusBarAlignment.Left, 10);
    this.item.name = 'Copydesk';
    this.item.command = 'copydesk.showReport';
    this.subscriptions = [
      window.onDidChangeActiveTextEditor(() => this.update()),
      languages.onDidChangeDiagnostics((event) => {
        const active = window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri: Uri) => uri.toString() === active)) this.update();
      }),
    ];
    this.update();
  }

  /** The server's word on how much of a draft it checked. */
  checked(params: CheckedParams): void {
    if (params.checkedCharacters < params.totalCharacters) this.partial.set(params.uri, params);
    else if (!this.partial.delete(params.uri)) return;
    if (window.activeTextEditor?.document.uri.toString() === params.uri) this.update();
  }

  private update(): void {
    const editor = window.activeTextEditor;
    const diagnostics = editor ? languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Copydesk') : [];
    if (!editor || !['markdown', 'plaintext', 'article'].includes(editor.document.languageId)) {
      this.item.hide();
      return;
    }
    const codeOf = (d: (typeof diagnostics)[number]) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
    const parts = counted.map(({ rule, one, many }) => {
      const n = diagnostics.filter((d) => codeOf(d) === rule).length;
      return { n, text: `${n} ${n === 1 ? one : many}` };
    });
    const total = diagnostics.length;
    const partial = this.partial.get(editor.document.uri.toString());
    const share = partial ? Math.floor((100 * partial.checkedCharacters) / partial.totalCharacters) : 100;
    this.item.text = (total === 0 ? '$(check) Copydesk' : `$(edit) ${parts.map((p) => p.n).join(' · ')} · ${total} in all`) + (partial ? ` · checked first ${share}%` : '');
    this.item.tooltip =
      `Copydesk: ${parts.map((p) => p.text).join(', ')}; ${total} ${total === 1 ? 'problem' : 'problems'} in all.` +
      (partial ? ` This draft is very long: only its first ${partial.checkedCharacters.toLocaleString('en')} of ${partial.totalCharacters.toLocaleString('en')} characters were checked as you type; run "copydesk check" on the file for all of it.` : '') +
      ' Click for the article report.';
    this.item.accessibilityInformation = { label: this.item.tooltip };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
