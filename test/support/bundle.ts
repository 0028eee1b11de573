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

/** Builds the district edition (`--district`: BigQuery enabled in its manifest); returns Code.js's path. */
export function buildDistrictEdition(): string {
  const out = mkdtempSync(join(tmpdir(), 'peer-desk-district-'));
  execFileSync('node', ['scripts/build.mjs', '--district', '--out', out], {
    stdio: 'pipe',
  });
  return join(out, 'Code.js');
}
