// The layer rules and the capability order of docs/architecture.md, as `npm run lint` applies
// them to a file in src/.
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';

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

/** The capability folders (or bottom files like text.ts) of a layer of src/, by name. */
function capabilitiesIn(layer: string): string[] {
  return readdirSync(join(ROOT, 'src', layer), {withFileTypes: true}).map(
    entry => entry.name.replace(/\.ts$/, '')
  );
}

/** The dependency order written in docs/architecture.md, layer by layer. */
function writtenOrder(): Map<string, string[]> {
  const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
  const block = /```capability-order\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  return new Map(
    block
      .split('\n')
      .filter(line => line.includes(':'))
      .map(line => {
        const [layer, list] = line.split(':');
        return [layer.trim(), list.trim().split(/\s+/)];
      })
  );
}

/**
 * Pairs of capabilities (src/<layer>/<capability>) that import each other through relative
 * imports, as /work/shared/tools/capability-pairs.py counts them.
 */
function capabilityPairs(): string[] {
  const src = join(ROOT, 'src');
  const capabilityOf = (file: string): string => {
    const parts = relative(src, file).split(sep);
    return parts.length > 2
      ? parts.slice(0, 2).join('/')
      : parts.join('/').replace(/\.ts$/, '');
  };
  const edges = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const [, specifier] of source.matchAll(
          /from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'/g
        )) {
          const from = capabilityOf(path);
          const to = capabilityOf(resolve(dirname(path), specifier));
          if (from !== to) edges.add(`${from} -> ${to}`);
        }
      }
    }
  };
  walk(src);
  return [...edges]
    .map(edge => edge.split(' -> '))
    .filter(([from, to]) => from < to && edges.has(`${to} -> ${from}`))
    .map(([from, to]) => `${from} <-> ${to}`);
}

describe('capability order in lint', () => {
  jest.setTimeout(120_000);

  it('places every capability folder of the domain and the use cases in the written order', () => {
    const order = writtenOrder();
    for (const layer of ['domain', 'app'])
      expect([...(order.get(layer) ?? [])].sort()).toEqual(
        capabilitiesIn(layer).sort()
      );
  });

  it('counts no two capabilities that import each other', () => {
    expect(capabilityPairs()).toEqual([]);
  });

  it('refuses a lower domain capability that imports a higher one, naming both', () => {
    const messages = lintProbe(
      'src/domain/tickets/capability-probe.ts',
      "import {parseTechs} from '../people/techs';\n\n" +
        'export const probe = parseTechs;\n'
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*Capability rule: domain\/tickets sits below domain\/people and may not import it \(the dependency order in docs\/architecture.md\)/
      ),
    ]);
  });

  it('refuses a use case that imports a door above it', () => {
    const messages = lintProbe(
      'src/app/tickets/capability-probe.ts',
      "import {handleEdit} from '../edits/handle-edit';\n\n" +
        'export const probe = handleEdit;\n'
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /Capability rule: app\/tickets sits below app\/edits/
      ),
    ]);
  });

  it('lets a capability import one below it', () => {
    const messages = lintProbe(
      'src/domain/people/capability-probe.ts',
      "import {isOpen} from '../tickets/workflow';\n\n" +
        'export const probe = isOpen;\n'
    );
    expect(messages).toEqual([]);
  });
});
