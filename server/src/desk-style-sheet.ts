/**
 * Finds and reads the desk's style sheet, `.copydesk.json`, by walking up
 * from a draft's folder, as ESLint and Prettier find theirs. Shared by the
 * language server and the CLI; the engine itself never touches files.
 */
import { chmodSync, existsSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  // Windows editors may save it with a byte order mark; editors hide it, and so do we, so places match theirs.
  text = text.replace(/^\uFEFF/, '');
  const { config, problems } = parseConfig(text, ruleIds);
  return { path, text, config, problems };
}

/**
 * Changes a style sheet on disk (creating it if absent) without losing a
 * colleague's change made at the same moment. Writers take turns by a lock
 * file beside it; each reads what is on disk, changes it, writes it beside
 * it and renames it over, so a reader never sees half a file. A style sheet
 * that is a link to the desk's shared one is written through the link, and
 * keeps its permissions (a desk's file is often writable by the group).
 */
export function updateStyleSheet(path: string, change: (text: string) => string): void {
  const target = existsSync(path) ? realpathSync(path) : path;
  withLock(`${target}.lock`, () => {
    const before = existsSync(target) ? readFileSync(target, 'utf8') : '';
    const after = change(before);
    if (after === before) return;
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temporary, after, 'utf8');
    if (existsSync(target)) chmodSync(temporary, statSync(target).mode & 0o7777);
    renameSync(temporary, target);
  });
}

/** How long a writer waits for its turn, and when a lock is taken to be left by a writer that died. */
const lockPatience = 10_000;
const staleLock = 30_000;

function withLock(lock: string, work: () => void): void {
  const deadline = Date.now() + lockPatience;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = lockAge(lock);
    if (age !== undefined && age > staleLock) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another Copydesk is still writing it (${lock}); try again`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2 + Math.random() * 10);
  }
  try {
    work();
  } finally {
    rmSync(lock, { force: true });
  }
}

function lockAge(lock: string): number | undefined {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return undefined;
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
