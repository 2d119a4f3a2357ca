/**
 * Finds and reads the desk's style sheet, `.copydesk.json`, by walking up
 * from a draft's folder, as ESLint and Prettier find theirs. Shared by the
 * language server and the CLI; the engine itself never touches files.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { parseConfig, type ConfigProblem, type CopydeskConfig } from './engine/config';
import { ruleIds } from './rules/registry';

export const styleSheetName = '.copydesk.json';

export interface DeskStyleSheet {
  path: string;
  text: string;
  config: Partial<CopydeskConfig>;
  problems: ConfigProblem[];
}

/** The nearest `.copydesk.json` at or above `folder`, if any. */
export function findStyleSheet(folder: string): string | undefined {
  let current = resolve(folder);
  for (;;) {
    const candidate = join(current, styleSheetName);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads a style sheet; a broken one comes back with its problems, never throws. */
export function readStyleSheet(path: string): DeskStyleSheet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'it cannot be read (permission denied)' : 'it cannot be read';
    return { path, text: '', config: {}, problems: [{ message: `The style sheet is ignored: ${reason}.`, start: 0, end: 0 }] };
  }
  const { config, problems } = parseConfig(text, ruleIds);
  return { path, text, config, problems };
}

/**
 * Changes a style sheet on disk (creating it if absent) without losing a
 * colleague's change made at the same moment: the new text is computed from
 * what is on disk right before writing, written beside it and renamed over it,
 * and computed again if the file moved on in between.
 */
export function updateStyleSheet(path: string, change: (text: string) => string): void {
  for (let attempt = 0; ; attempt++) {
    const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const after = change(before);
    if (after === before) return;
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current !== before && attempt < 5) continue;
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temporary, after, 'utf8');
    renameSync(temporary, path);
    return;
  }
}

/** Where a draft's style sheet is, or where a new one belongs (the workspace folder holding it). */
export function styleSheetPathFor(draftPath: string, workspaceFolders: readonly string[]): string {
  const existing = findStyleSheet(dirname(draftPath));
  if (existing) return existing;
  const folder = workspaceFolders
    .filter((root) => draftPath.startsWith(root.endsWith(sep) ? root : root + sep))
    .sort((a, b) => b.length - a.length)[0];
  return join(folder ?? dirname(draftPath), styleSheetName);
}
