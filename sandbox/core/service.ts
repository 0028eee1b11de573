/**
 * What every fake Apps Script object shares: a service tag that the membrane uses to count calls,
 * and the exception type Apps Script throws.
 */

/** Names the service and class of a fake object, e.g. `Spreadsheet.Range`; calls are counted under it. */
export const SERVICE = Symbol('apps-script-service');

/**
 * Present on a fake whose own properties a script may assign, as Apps Script lets a script set
 * variables on an HtmlTemplate (`template.tickets = rows`,
 * https://developers.google.com/apps-script/guides/html/templates#pushing_variables_to_templates).
 * The membrane refuses property writes on every other fake.
 */
export const WRITABLE_PROPERTIES = Symbol('apps-script-writable-properties');

/**
 * Present on a fake that runs code the script wrote (HtmlTemplate scriptlets): the membrane sets
 * it to the script's realm, where Apps Script runs that code, so it sees the script's globals and
 * never the emulator's (https://developers.google.com/apps-script/guides/html/templates:
 * scriptlets "can call functions … in your script").
 */
export const SCRIPT_REALM = Symbol('apps-script-script-realm');

export interface ScriptRealm {
  /** Runs a compiled template's body with `__out` (an array to push to) and `with (variables)`. */
  runScriptlets(body: string, variables: Record<string, unknown>): string;
}

export interface ServiceObject {
  readonly [SERVICE]: string;
}

export function isServiceObject(value: unknown): value is ServiceObject {
  return typeof value === 'object' && value !== null && SERVICE in value;
}

/**
 * Apps Script's own errors print as `Exception: message` while `e.message` holds the bare text
 * (PLATFORM.md quotes both forms).
 */
export class ScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** True for a Date from any realm (a bundle in a vm context has its own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
