/**
 * "Copydesk: Go to Problem…": every finding in the draft in a quick pick,
 * grouped by rule, filtered as you type, previewed as you move, revealed when
 * picked.
 */
import { languages, QuickPickItemKind, Range, Selection, TextEditorRevealType, window, type Diagnostic, type QuickPickItem } from 'vscode';

interface ProblemItem extends QuickPickItem {
  diagnostic?: Diagnostic;
}

export async function goToProblem(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const diagnostics = languages
    .getDiagnostics(editor.document.uri)
    .filter((d) => d.source === 'Copydesk')
    .sort((a, b) => a.range.start.compareTo(b.range.start));
  if (diagnostics.length === 0) {
    void window.showInformationMessage('Copydesk found no problems in this draft.');
    return;
  }
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const rule = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
    byRule.set(rule, [...(byRule.get(rule) ?? []), d]);
  }
  const items: ProblemItem[] = [];
  for (const [rule, list] of byRule) {
    items.push({ label: `${rule} (${list.length})`, kind: QuickPickItemKind.Separator });
    for (const diagnostic of list) {
      items.push({
        label: editor.document.getText(diagnostic.range).replace(/\s+/g, ' ').slice(0, 60) || '(here)',
        description: `line ${diagnostic.range.start.line + 1}`,
        detail: diagnostic.message,
        diagnostic,
      });
    }
  }
  const original = editor.selection;
  const reveal = (range: Range) => {
    editor.selection = new Selection(range.start, range.end);
    editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
  };
  const picked = await window.showQuickPick(items, {
    title: 'Copydesk: Go to Problem',
    placeHolder: 'Type to filter by word, rule or message',
    matchOnDescription: true,
    matchOnDetail: true,
    onDidSelectItem: (item: ProblemItem) => item.diagnostic && reveal(item.diagnostic.range),
  });
  if (picked?.diagnostic) reveal(picked.diagnostic.range);
  else editor.selection = original;
}
