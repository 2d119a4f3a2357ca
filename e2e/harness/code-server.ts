/**
 * A real VS Code for the suite: code-server (VS Code 1.100 for the browser,
 * with the ordinary Node extension host), the packaged .vsix installed into a
 * throw-away profile, serving one workspace folder on 127.0.0.1.
 */
import { execFile, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { codeServerBin, logsDir, vsixPath } from './paths';
import { freePort, startGroup, stopGroup, waitFor } from './processes';

const run = promisify(execFile);

/** User settings that keep the workbench quiet and the screenshots about Copydesk. */
export const quietSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
  'editor.lightbulb.enabled': 'on',
  // Sticky file rows in the Problems panel would sit over the list the suite reads.
  'workbench.tree.enableStickyScroll': false,
  'files.autoSave': 'off',
  'window.confirmBeforeClose': 'never',
};

export interface CodeServerOptions {
  /** The folder to open. */
  workspace: string;
  /** Extra user settings, merged over quietSettings. */
  settings?: Record<string, unknown>;
}

export class CodeServer {
  private constructor(
    readonly url: string,
    readonly workspace: string,
    readonly profileDir: string,
    readonly logFile: string,
    private readonly child: ChildProcess,
  ) {}

  /** Installs the .vsix into a fresh profile and starts code-server; resolves when it answers. */
  static async start(options: CodeServerOptions): Promise<CodeServer> {
    if (!fs.existsSync(codeServerBin)) {
      throw new Error(`code-server is not installed at ${codeServerBin}: run scripts/install-e2e-deps.sh (npm run test:e2e does)`);
    }
    if (!fs.existsSync(vsixPath)) throw new Error(`${vsixPath} is missing: run npm run package (npm run test:e2e does)`);

    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-profile-'));
    const userDataDir = path.join(profileDir, 'user-data');
    const extensionsDir = path.join(profileDir, 'extensions');
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(
      path.join(userDataDir, 'User', 'settings.json'),
      JSON.stringify({ ...quietSettings, ...options.settings }, null, 2),
    );
    const profileArgs = ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir];

    const { stdout } = await run(codeServerBin, ['--install-extension', vsixPath, ...profileArgs], { timeout: 120_000 });
    const installed = fs.readdirSync(extensionsDir).filter((name) => name.startsWith('copydesk.copydesk-'));
    if (installed.length !== 1) throw new Error(`the .vsix did not install: ${stdout}`);

    fs.mkdirSync(logsDir, { recursive: true });
    const logFile = path.join(logsDir, 'code-server.log');
    fs.writeFileSync(logFile, '');
    const port = await freePort();
    const child = startGroup(
      codeServerBin,
      [
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        ...profileArgs,
        options.workspace,
      ],
      logFile,
      // No extension gallery: nothing is fetched from outside this machine.
      { env: { ...process.env, EXTENSIONS_GALLERY: '{}' } },
    );
    const base = `http://127.0.0.1:${port}`;
    const server = new CodeServer(`${base}/?folder=${encodeURIComponent(options.workspace)}`, options.workspace, profileDir, logFile, child);
    try {
      await waitFor('code-server to answer /healthz', async () => {
        if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logFile}`);
        const response = await fetch(`${base}/healthz`);
        return response.ok;
      }, 60_000);
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  /** Ends code-server and everything it started (extension host, language server). */
  async stop(): Promise<void> {
    await stopGroup(this.child);
    // Keep VS Code's own logs (the extension host's, and the Copydesk output channel's) beside code-server's,
    // so a failed run can be read afterwards; the rest of the throw-away profile goes.
    const vscodeLogs = path.join(logsDir, 'vscode');
    fs.rmSync(vscodeLogs, { recursive: true, force: true });
    try {
      fs.cpSync(path.join(this.profileDir, 'user-data', 'logs'), vscodeLogs, { recursive: true });
    } catch {
      // No logs written (code-server never got that far): nothing to keep.
    }
    fs.rmSync(this.profileDir, { recursive: true, force: true });
  }

  log(): string {
    return fs.readFileSync(this.logFile, 'utf8');
  }
}
