/**
 * Finds and reads the desk's style sheet, `.copydesk.json`, by walking up
 * from a draft's folder, as ESLint and Prettier find theirs. Shared by the
 * language server and the CLI; the engine itself never touches files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
