// Installs the project's triggers (form submit, edit, 5-minute, hourly) once each.
import {PROPERTY, scriptProperty, setScriptProperty} from './properties';

type Trigger = GoogleAppsScript.Script.Trigger;

export type TriggerKind = 'formSubmit' | 'edit' | 'everyFiveMinutes' | 'hourly';

function create(
  handler: string,
  kind: TriggerKind,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet
): Trigger {
  const builder = ScriptApp.newTrigger(handler);
  switch (kind) {
    case 'formSubmit':
      return builder.forSpreadsheet(ss).onFormSubmit().create();
    case 'edit':
      return builder.forSpreadsheet(ss).onEdit().create();
    case 'everyFiveMinutes':
      return builder.timeBased().everyMinutes(5).create();
    case 'hourly':
      return builder.timeBased().everyHours(1).create();
  }
}

/**
 * Installs a trigger unless one already runs `handler`: the id stored in Script Properties is
 * checked first, then the project's triggers, so setup never installs a trigger twice.
 */
export function ensureTrigger(
  handler: string,
  kind: TriggerKind,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet
): 'kept' | 'installed' {
  const key = PROPERTY.triggerPrefix + handler;
  const storedId = scriptProperty(key);
  const triggers = ScriptApp.getProjectTriggers();
  const found =
    triggers.find(t => t.getUniqueId() === storedId) ??
    triggers.find(t => t.getHandlerFunction() === handler);
  if (found) {
    if (found.getUniqueId() !== storedId)
      setScriptProperty(key, found.getUniqueId());
    return 'kept';
  }
  setScriptProperty(key, create(handler, kind, ss).getUniqueId());
  return 'installed';
}

/** Deletes this account's triggers that run `handlers` (others' triggers are out of its sight). */
export function removeOwnTriggers(handlers: readonly string[]): number {
  const own = ScriptApp.getProjectTriggers().filter(t =>
    handlers.includes(t.getHandlerFunction())
  );
  own.forEach(t => ScriptApp.deleteTrigger(t));
  return own.length;
}
