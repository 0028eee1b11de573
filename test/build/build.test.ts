import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createContext, runInContext} from 'node:vm';

function build(entry: string): {out: string; status: number; stderr: string} {
  const out = mkdtempSync(join(tmpdir(), 'peer-desk-build-'));
  try {
    execFileSync(
      'node',
      ['scripts/build.mjs', '--entry', entry, '--out', out],
      {stdio: 'pipe'}
    );
    return {out, status: 0, stderr: ''};
  } catch (error) {
    const failed = error as {status: number; stderr: Buffer};
    return {out, status: failed.status, stderr: failed.stderr.toString()};
  }
}

describe('build', () => {
  it('turns every export of the entry into a top-level function of an empty realm', () => {
    const {out, status} = build('test/fixtures/entries/two-functions.ts');
    expect(status).toBe(0);
    const context = createContext({});
    runInContext(readFileSync(join(out, 'Code.js'), 'utf8'), context);
    expect(runInContext('typeof greet', context)).toBe('function');
    expect(runInContext('typeof whoAmI', context)).toBe('function');
    expect(runInContext('greet("Ada")', context)).toBe('hello Ada');
    // Helpers stay private inside the bundle.
    expect(runInContext('typeof privateHelper', context)).toBe('undefined');
  });

  it('copies the manifest next to the bundle', () => {
    const {out} = build('test/fixtures/entries/two-functions.ts');
    const manifest = JSON.parse(
      readFileSync(join(out, 'appsscript.json'), 'utf8')
    );
    expect(manifest.runtimeVersion).toBe('V8');
  });

  it('refuses a default export with a clear message', () => {
    const {out, status, stderr} = build(
      'test/fixtures/entries/default-export.ts'
    );
    expect(status).not.toBe(0);
    expect(stderr).toContain('has a default export');
    expect(existsSync(join(out, 'Code.js'))).toBe(false);
  });

  it('refuses an export that is not a function, naming it', () => {
    const {status, stderr} = build('test/fixtures/entries/value-export.ts');
    expect(status).not.toBe(0);
    expect(stderr).toContain('exports VERSION, which is not a function');
  });
});
