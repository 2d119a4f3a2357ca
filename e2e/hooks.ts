/** Mocha global setup for the e2e suites: each run starts with empty artifact folders. */
import * as fs from 'node:fs';
import { logsDir, screenshotsDir } from './harness/paths';

export function mochaGlobalSetup(): void {
  for (const dir of [screenshotsDir, logsDir]) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }
}
