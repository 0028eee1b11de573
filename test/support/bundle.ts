import {execFileSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** Builds an entry file into a fresh folder with the project's build script; returns Code.js's path. */
export function buildEntry(entry: string): string {
  const out = mkdtempSync(join(tmpdir(), 'peer-desk-bundle-'));
  execFileSync('node', ['scripts/build.mjs', '--entry', entry, '--out', out], {
    stdio: 'pipe',
  });
  return join(out, 'Code.js');
}
