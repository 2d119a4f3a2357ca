/** Where things are: the repository, the code-server install, the artifacts. */
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');

/** Same default as scripts/install-e2e-deps.sh. */
export const cacheDir = process.env.COPYDESK_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'copydesk-e2e');
export const codeServerBin = path.join(cacheDir, 'code-server', 'node_modules', '.bin', 'code-server');

export const vsixPath = path.join(repoRoot, 'copydesk.vsix');
export const serverJs = path.join(repoRoot, 'server', 'out', 'server.js');

/** Artifacts (gitignored): screenshots and logs of the last run. */
export const artifactsDir = path.join(repoRoot, '.e2e');
export const screenshotsDir = path.join(artifactsDir, 'screenshots');
export const logsDir = path.join(artifactsDir, 'logs');

export const chromiumPath = process.env.COPYDESK_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const nvimPath = process.env.COPYDESK_E2E_NVIM ?? 'nvim';

/** The README's screenshots (committed): written only when COPYDESK_UPDATE_SCREENSHOTS=1. */
export const docsImagesDir = path.join(repoRoot, 'docs', 'images');
