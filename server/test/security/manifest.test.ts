/**
 * What the extension tells VS Code about itself must be true. It says it is
 * fully supported in untrusted workspaces (Restricted Mode): that holds only
 * while no setting a workspace can set names a file or a program, the
 * language server comes from the extension's own folder, and the desk's
 * style sheet is read as data (style-sheet-is-data.test.ts). It says how it
 * fares in virtual workspaces: that must match the documents it checks.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const extension = readFileSync(join(root, 'client', 'src', 'extension.ts'), 'utf8');

interface Setting {
  type?: string;
  enum?: unknown[];
  items?: Setting;
  additionalProperties?: Setting;
}

/** True when a setting can only hold words and choices, never a path or a command line. */
function holdsOnlyData(setting: Setting): boolean {
  if (setting.type === 'string') return Array.isArray(setting.enum);
  // A list of words (the user's dictionary, language ids) is data; the name check above keeps paths out of it.
  if (setting.type === 'array') return setting.items?.type === 'string' || holdsOnlyData(setting.items ?? {});
  if (setting.type === 'object') return holdsOnlyData(setting.additionalProperties ?? {});
  return setting.type === 'boolean' || setting.type === 'number' || setting.type === 'integer';
}

describe('the extension manifest is truthful', () => {
  const untrusted = manifest.capabilities.untrustedWorkspaces;
  const settings = Object.entries(manifest.contributes.configuration.properties as Record<string, Setting>);

  it('declares untrusted-workspace support only with no setting that names a file or a program', () => {
    assert.equal(untrusted.supported, true);
    for (const [name, setting] of settings) {
      assert.ok(!/path|command|executable|program|server|binary|runtime|args/i.test(name), `${name} looks like it names a file or program: restrict it`);
      assert.ok(holdsOnlyData(setting), `${name} can hold free text; if it can ever name a file or program, restrict it`);
    }
  });

  it('starts the language server from the extension’s own folder, never from a setting', () => {
    assert.match(extension, /const module = context\.asAbsolutePath\(path\.join\('server', 'out', 'server\.js'\)\);/);
    assert.ok(!/getConfiguration\([^)]*\)\.get[^;]*(module|execArgv|runtime|command)/.test(extension), 'no server option read from settings');
  });

  it('says how far virtual workspaces are supported, as far as the documents it checks', () => {
    const selectorSchemes = [...extension.matchAll(/scheme: '([a-z-]+)'/g)].map(([, scheme]) => scheme);
    const virtual = manifest.capabilities.virtualWorkspaces;
    if (selectorSchemes.every((scheme) => scheme === 'file' || scheme === 'untitled')) {
      assert.equal(virtual?.supported, 'limited', 'drafts in a virtual workspace are not checked, so support is limited');
      assert.match(virtual.description, /\S/);
    }
  });
});
