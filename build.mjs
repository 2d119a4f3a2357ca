// Bundles the client, the language server and the CLI with esbuild, so the
// .vsix carries three files instead of a node_modules tree.
import { build } from 'esbuild';
import { copyDictionaries } from './server/build-dictionaries.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // jsonc-parser's default entry is a UMD build esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js' }),
]);

copyDictionaries('server/out/dictionaries');
