/**
 * Which members a script may see on an Apps Script object, by the service tag of its fake
 * (`SpreadsheetApp.Range`): the official typings' members (official-members-typings.json,
 * written by official-typings.ts), plus the few Google documents that typings 2.0.13 lack.
 */
import typings from './official-members-typings.json';

/**
 * Members missing from @types/google-apps-script 2.0.13 (PLATFORM.md, toolchain facts):
 * https://developers.google.com/apps-script/reference/forms/form and …/forms/form-app.
 */
const MISSING_FROM_TYPINGS: Record<string, readonly string[]> = {
  'GoogleAppsScript.Forms.Form': [
    'setPublished',
    'isPublished',
    'setEmailCollectionType',
    'getEmailCollectionType',
  ],
  'GoogleAppsScript.Forms.FormApp': ['EmailCollectionType'],
  // Not on Google's Range page either, but classic onEdit handlers call it and it works
  // (docs/platform.md: Selection and menus).
  'GoogleAppsScript.Spreadsheet.Range': ['getColumnIndex'],
};

/**
 * Fakes that stand for several official classes at once, by tag: one FakeFormItem serves every
 * item kind (sandbox/forms/form-items.ts), so it shows the members of each kind it can be.
 */
const ALSO_STANDS_FOR: Record<string, readonly string[]> = {
  'FormApp.Item': [
    'FormApp.ListItem',
    'FormApp.MultipleChoiceItem',
    'FormApp.TextItem',
    'FormApp.ParagraphTextItem',
  ],
};

/** Apps Script's console (https://developers.google.com/apps-script/guides/logging). */
const CONSOLE = ['error', 'info', 'log', 'time', 'timeEnd', 'warn'];

const interfaces: Readonly<Record<string, readonly string[]>> =
  typings.interfaces;
const globals: Readonly<Record<string, string>> = typings.globals;
const valueMembers: Readonly<Record<string, readonly string[]>> =
  typings.valueMembers;
const enumMembers: Readonly<Record<string, Readonly<Record<string, string>>>> =
  typings.enumMembers;
const enums: Readonly<Record<string, readonly string[]>> = typings.enums;
const cache = new Map<string, ReadonlySet<string>>();

/**
 * The official interface a service tag names: `SpreadsheetApp.Range` →
 * `GoogleAppsScript.Spreadsheet.Range`; an advanced service's collection, `BigQuery.Jobs` →
 * `GoogleAppsScript.BigQuery.Collection.JobsCollection`.
 */
export function officialInterface(tag: string): string | undefined {
  const [service, ...rest] = tag.split('.');
  const serviceInterface = globals[service];
  if (!serviceInterface) return undefined;
  if (rest.length === 0) return serviceInterface;
  const className = rest.join('.');
  const namespace = serviceInterface.slice(
    0,
    serviceInterface.lastIndexOf('.')
  );
  return [
    `${namespace}.${className}`,
    `GoogleAppsScript.Base.${className}`,
    `${serviceInterface}.Collection.${className}Collection`,
  ].find(name => name in interfaces);
}

function classMembers(tag: string): readonly string[] {
  if (tag === 'console') return CONSOLE;
  const name = officialInterface(tag);
  if (!name)
    throw new Error(
      `The emulator knows no official Apps Script class for the service tag "${tag}".`
    );
  return [...interfaces[name], ...(MISSING_FROM_TYPINGS[name] ?? [])];
}

/** The member names a script sees on an object with this service tag; throws for an unknown tag. */
export function officialMembers(tag: string): ReadonlySet<string> {
  let members = cache.get(tag);
  if (!members) {
    members = new Set(
      [tag, ...(ALSO_STANDS_FOR[tag] ?? [])].flatMap(classMembers)
    );
    cache.set(tag, members);
  }
  return members;
}

/**
 * The value names of an official enum member (`SpreadsheetApp.BandingTheme`), or undefined when
 * the member is not an enum: what a fake that does not model the enum shows instead.
 */
export function officialEnumValues(
  tag: string,
  member: string
): readonly string[] | undefined {
  for (const className of [tag, ...(ALSO_STANDS_FOR[tag] ?? [])]) {
    const name = officialInterface(className);
    const enumName = name ? enumMembers[name]?.[member] : undefined;
    if (enumName) return enums[enumName];
  }
  return undefined;
}

/** True when an official member is a value (an enum, BigQuery's `Projects`), not a method. */
export function isOfficialValue(tag: string, member: string): boolean {
  return [tag, ...(ALSO_STANDS_FOR[tag] ?? [])].some(className => {
    const name = officialInterface(className);
    return name !== undefined && valueMembers[name]?.includes(member) === true;
  });
}
