// No import circles, type-only imports included (lint's import-x/no-cycle skips those).
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {dirname, join, normalize} from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return execFileSync(
    'git',
    [
      'ls-files',
      '--cached',
      '--others',
      '--exclude-standard',
      `${folder}/*.ts`,
    ],
    {
      cwd: ROOT,
    }
  )
    .toString()
    .split('\n')
    .filter(Boolean);
}

/** Each file's relative imports, resolved to repository paths. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map(file => {
      const {importedFiles} = ts.preProcessFile(
        readFileSync(join(ROOT, file), 'utf8'),
        true,
        true
      );
      const targets = importedFiles
        .map(i => i.fileName)
        .filter(name => name.startsWith('.'))
        .map(name => normalize(join(dirname(file), name)))
        .flatMap(base =>
          [`${base}.ts`, `${base}/index.ts`]
            .filter(c => known.has(c))
            .slice(0, 1)
        );
      return [file, targets];
    })
  );
}

/** Strongly connected components of more than one file (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== file);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('import graph', () => {
  it.each(['src', 'sandbox'])('has no circle in %s/', folder => {
    expect(circles(importGraph(sourceFiles(folder)))).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(circles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
