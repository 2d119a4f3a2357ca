// Copies the English dictionaries beside the server bundles
// (server/out/dictionaries), where server/src/dictionaries.ts looks first, so
// the .vsix and the CLI carry them without node_modules. Which files, and
// from which packages: server/src/data/dictionary-files.json, which the
// loader reads too.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const sources = JSON.parse(readFileSync(new URL('./src/data/dictionary-files.json', import.meta.url), 'utf8'));

export function copyDictionaries(target) {
  const require = createRequire(join(process.cwd(), 'server', 'package.json'));
  mkdirSync(target, { recursive: true });
  for (const [name, [pkg, file]] of Object.entries(sources)) {
    const from = join(packageDir(require, pkg), file);
    // The frequency list ships pretty-printed; one line is a third the size.
    if (name.endsWith('.json')) writeFileSync(join(target, name), JSON.stringify(JSON.parse(readFileSync(from, 'utf8'))));
    else copyFileSync(from, join(target, name));
  }
}

/** A package's folder, found through its main entry (its package.json may not be exported). */
function packageDir(require, pkg) {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    try {
      readFileSync(join(dir, pkg, 'package.json'));
      return join(dir, pkg);
    } catch {
      continue;
    }
  }
  return dirname(require.resolve(pkg));
}
