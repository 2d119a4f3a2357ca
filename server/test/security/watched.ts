/** Runs Copydesk's processes under watch-process.cjs and reads what they did. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export const watchHook = join(__dirname, 'watch-process.cjs');

/** Where Copydesk's own code lives: the bundles it is allowed to load. */
const serverFolder = resolve(__dirname, '..', '..');

export interface Watched {
  kind: 'fs' | 'module' | 'network' | 'program';
  what: string;
  target: string;
}

export function readWatchLog(path: string): Watched[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Watched);
}

/**
 * What a Copydesk process may touch: its own bundles, the drafts it was
 * given, and style sheets (found by walking up, or written with a lock and a
 * temporary file beside them). Anything else, it was led to by data.
 */
export function unexpected(log: readonly Watched[], drafts: readonly string[]): Watched[] {
  const allowed = (target: string) => {
    const path = target.startsWith('file:') ? new URL(target).pathname : resolve(target);
    return (
      path.startsWith(serverFolder + '/bin/') ||
      path.startsWith(serverFolder + '/out/') ||
      // The README beside the extension, which each rule's code links to (looked up, never read).
      /^[Rr][Ee][Aa][Dd][Mm][Ee]\.md$/.test(basename(path)) && dirname(path) === dirname(serverFolder) ||
      drafts.some((draft) => resolve(draft) === path) ||
      /^\.copydesk\.json(\.lock|\.\d+\.\d+\.tmp)?$/.test(basename(path))
    );
  };
  return log.filter((entry) => entry.kind === 'network' || entry.kind === 'program' || !allowed(entry.target));
}
