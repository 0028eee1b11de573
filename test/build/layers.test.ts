// The layer rules of docs/architecture.md, as `npm run lint` applies them to a file in src/.
import {spawnSync} from 'node:child_process';
import {rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Lints a probe file written at `relativePath` (then removed) and returns its messages. */
function lintProbe(relativePath: string, source: string): string[] {
  const path = join(ROOT, relativePath);
  writeFileSync(path, source);
  try {
    const run = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'eslint'),
      ['--format', 'json', relativePath],
      {cwd: ROOT, encoding: 'utf8'}
    );
    const [result] = JSON.parse(run.stdout) as {
      messages: {ruleId: string; message: string}[];
    }[];
    return result.messages.map(m => `${m.ruleId}: ${m.message}`);
  } finally {
    rmSync(path, {force: true});
  }
}

describe('layer rules in lint', () => {
  jest.setTimeout(60_000);

  it('refuses a domain file that imports an adapter, naming the rule', () => {
    const messages = lintProbe(
      'src/domain/tickets/layer-probe.ts',
      "import {scriptProperty} from '../../workspace/services/properties';\n\n" +
        "export const probe = (): string | undefined => scriptProperty('x');\n"
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*Layer rule: the domain is pure/
      ),
    ]);
  });

  it('refuses a domain file that calls an Apps Script service', () => {
    const messages = lintProbe(
      'src/domain/tickets/layer-probe.ts',
      'export const probe = (): string => SpreadsheetApp.getActive().getName();\n'
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^no-restricted-globals: .*SpreadsheetApp is an Apps Script service/
      ),
    ]);
  });

  it('refuses an adapter that imports a use case', () => {
    const messages = lintProbe(
      'src/workspace/services/layer-probe.ts',
      "import {sweep} from '../../app/tickets/sweep';\n\n" +
        'export const probe = (): void => sweep();\n'
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*Layer rule: adapters/
      ),
    ]);
  });

  it('lets a use case import the domain and adapters', () => {
    const messages = lintProbe(
      'src/app/tickets/layer-probe.ts',
      "import {isOpen} from '../../domain/tickets/workflow';\n" +
        "import {scriptProperty} from '../../workspace/services/properties';\n\n" +
        "export const probe = (): boolean => isOpen(scriptProperty('x') ?? '');\n"
    );
    expect(messages).toEqual([]);
  });
});
