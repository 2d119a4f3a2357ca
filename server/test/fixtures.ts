/** Reads drafts from test-fixtures/, the real prose the tests run on. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixturesDir = join(__dirname, '..', '..', 'test-fixtures');

export function readFixture(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}
