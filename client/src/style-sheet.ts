/**
 * "Copydesk: Open Desk Style Sheet": the nearest .copydesk.json above the
 * active draft, or a new one from the commented template in the workspace.
 */
import { Uri, window, workspace } from 'vscode';
import { styleSheetTemplate } from '../../server/src/engine/style-sheet-edits';

const name = '.copydesk.json';

export async function openStyleSheet(): Promise<void> {
  const draft = window.activeTextEditor?.document.uri;
  const existing = draft?.scheme === 'file' ? await findAbove(draft) : undefined;
  let target = existing;
  if (!target) {
    const folder = (draft && workspace.getWorkspaceFolder(draft)) ?? workspace.workspaceFolders?.[0];
    if (!folder) {
      void window.showWarningMessage('Open a folder first: the desk style sheet lives in the folder with your drafts.');
      return;
    }
    target = Uri.joinPath(folder.uri, name);
    await workspace.fs.writeFile(target, new TextEncoder().encode(styleSheetTemplate));
  }
  await window.showTextDocument(await workspace.openTextDocument(target));
}

async function findAbove(draft: Uri): Promise<Uri | undefined> {
  let folder = Uri.joinPath(draft, '..');
  for (;;) {
    const candidate = Uri.joinPath(folder, name);
    try {
      await workspace.fs.stat(candidate);
      return candidate;
    } catch {
      const parent = Uri.joinPath(folder, '..');
      if (parent.path === folder.path) return undefined;
      folder = parent;
    }
  }
}
