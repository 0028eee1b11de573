/**
 * Reads the member names of every Apps Script class from the official `@types/google-apps-script`
 * declarations, to write `official-members-typings.json` (which the membrane loads: parsing the
 * typings takes half a second), the advanced services the emulator models included. Regenerate
 * after upgrading the typings: `npx ts-node sandbox/core/official-typings.ts`; a test fails while
 * the file is stale.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import * as ts from 'typescript';

export interface OfficialMembers {
  /** Global name → interface, e.g. `SpreadsheetApp` → `GoogleAppsScript.Spreadsheet.SpreadsheetApp`. */
  readonly globals: Record<string, string>;
  /** Interface → its member names, inherited ones included, sorted. */
  readonly interfaces: Record<string, string[]>;
  /** Interface → its members that are values, not methods (properties), inherited ones included. */
  readonly valueMembers: Record<string, string[]>;
  /** Interface → its enum-valued members (`BandingTheme: typeof BandingTheme`) → the enum. */
  readonly enumMembers: Record<string, Record<string, string>>;
  /** Enum → its value names, in declaration order. */
  readonly enums: Record<string, string[]>;
}

export const TYPINGS_DIR = join('node_modules', '@types', 'google-apps-script');
export const MEMBERS_FILE = join(__dirname, 'official-members-typings.json');
/** The advanced services' declarations (under `apis/`) of the ones the emulator models. */
const ADVANCED_SERVICES = ['bigquery_v2.d.ts'];

interface Declared {
  members: Set<string>;
  valueMembers: Set<string>;
  /** Member → the enum its `typeof Enum` type names, as written (`Base.ColorType`). */
  enumMembers: Map<string, string>;
  extendsNames: string[];
  namespace: string;
}

export function readOfficialMembers(dir = TYPINGS_DIR): OfficialMembers {
  const declared = new Map<string, Declared>();
  const globals: Record<string, string> = {};
  const enums: Record<string, string[]> = {};
  const files = [
    ...readdirSync(dir).filter(
      f => f.startsWith('google-apps-script.') && f.endsWith('.d.ts')
    ),
    ...ADVANCED_SERVICES.map(f => join('apis', f)),
  ];
  for (const file of files) {
    const source = ts.createSourceFile(
      file,
      readFileSync(join(dir, file), 'utf8'),
      ts.ScriptTarget.Latest
    );
    const visit = (node: ts.Node, namespace: string): void => {
      if (ts.isModuleDeclaration(node)) {
        const name = namespace ? `${namespace}.${node.name.text}` : '';
        if (node.body && (name || node.name.text === 'GoogleAppsScript'))
          ts.forEachChild(node.body, child =>
            visit(child, name || node.name.text)
          );
        return;
      }
      if (ts.isEnumDeclaration(node) && namespace) {
        enums[`${namespace}.${node.name.text}`] = node.members.map(m =>
          m.name.getText(source)
        );
        return;
      }
      if (ts.isInterfaceDeclaration(node) && namespace) {
        const key = `${namespace}.${node.name.text}`;
        const entry = declared.get(key) ?? {
          members: new Set<string>(),
          valueMembers: new Set<string>(),
          enumMembers: new Map<string, string>(),
          extendsNames: [],
          namespace,
        };
        for (const member of node.members) {
          if (!member.name) continue;
          entry.members.add(member.name.getText(source));
          if (ts.isPropertySignature(member))
            entry.valueMembers.add(member.name.getText(source));
          if (
            ts.isPropertySignature(member) &&
            member.type &&
            ts.isTypeQueryNode(member.type)
          )
            entry.enumMembers.set(
              member.name.getText(source),
              member.type.exprName.getText(source)
            );
        }
        for (const clause of node.heritageClauses ?? [])
          for (const type of clause.types)
            entry.extendsNames.push(type.expression.getText(source));
        declared.set(key, entry);
        return;
      }
      if (ts.isVariableStatement(node) && !namespace)
        for (const variable of node.declarationList.declarations) {
          // An advanced service is declared `Service | undefined`: it exists only when enabled.
          const type =
            variable.type && ts.isUnionTypeNode(variable.type)
              ? variable.type.types.find(ts.isTypeReferenceNode)
              : variable.type;
          if (
            ts.isIdentifier(variable.name) &&
            type &&
            ts.isTypeReferenceNode(type)
          )
            globals[variable.name.text] = type.typeName.getText(source);
        }
    };
    ts.forEachChild(source, node => visit(node, ''));
  }
  const resolveIn = (
    known: {has(key: string): boolean},
    name: string,
    namespace: string
  ): string | undefined =>
    [`${namespace}.${name}`, `GoogleAppsScript.${name}`, name].find(k =>
      known.has(k)
    );
  const resolve = (name: string, namespace: string) =>
    resolveIn(declared, name, namespace);
  const enumNames = new Set(Object.keys(enums));
  const membersOf = (
    key: string,
    seen: Set<string>,
    own: (entry: Declared) => Set<string>
  ): Set<string> => {
    const entry = declared.get(key);
    const all = new Set(entry && own(entry));
    if (!entry || seen.has(key)) return all;
    seen.add(key);
    for (const parent of entry.extendsNames) {
      const resolved = resolve(parent, entry.namespace);
      if (resolved) for (const m of membersOf(resolved, seen, own)) all.add(m);
    }
    return all;
  };
  const interfaces: Record<string, string[]> = {};
  const valueMembers: Record<string, string[]> = {};
  const enumMembers: Record<string, Record<string, string>> = {};
  for (const key of [...declared.keys()].sort()) {
    interfaces[key] = [...membersOf(key, new Set(), e => e.members)].sort();
    const values = [...membersOf(key, new Set(), e => e.valueMembers)];
    if (values.length) valueMembers[key] = values.sort();
    const {enumMembers: own, namespace} = declared.get(key)!;
    const resolved = [...own]
      .map(([member, name]) => [member, resolveIn(enumNames, name, namespace)])
      .filter((pair): pair is [string, string] => pair[1] !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    if (resolved.length) enumMembers[key] = Object.fromEntries(resolved);
  }
  const sortedEnums: Record<string, string[]> = {};
  for (const key of Object.keys(enums).sort()) sortedEnums[key] = enums[key];
  const sortedGlobals: Record<string, string> = {};
  for (const name of Object.keys(globals).sort())
    sortedGlobals[name] = globals[name];
  return {
    globals: sortedGlobals,
    interfaces,
    valueMembers,
    enumMembers,
    enums: sortedEnums,
  };
}

export function renderOfficialMembers(members: OfficialMembers): string {
  return `${JSON.stringify(members, null, 1)}\n`;
}

if (require.main === module)
  writeFileSync(MEMBERS_FILE, renderOfficialMembers(readOfficialMembers()));
