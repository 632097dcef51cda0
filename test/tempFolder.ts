import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const made: string[] = [];

// Removed when the test file that asked for them finishes, so test runs leave nothing behind in the temp folder.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty temporary folder named `safer-<purpose>-…`, deleted after this test file. */
export function tempFolder(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `safer-${purpose}-`));
  made.push(dir);
  return dir;
}
