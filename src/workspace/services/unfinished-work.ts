// A capability's mark in Script Properties that it has begun work a stopped execution could leave half done.
import {
  deleteScriptProperty,
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from './properties';

/** The capabilities whose reconcile step the sweep runs only when marked (or on the day's first sweep). */
export type UnfinishedWork = 'publishing' | 'breaks';

const keyOf = (work: UnfinishedWork) => `${PROPERTY.unfinishedPrefix}${work}`;

/** Call under the script lock, before the work's first write: a run stopped after it leaves the mark. */
export function markUnfinished(work: UnfinishedWork, now: Date): void {
  setScriptProperty(keyOf(work), String(now.getTime()));
}

export function isMarkedUnfinished(work: UnfinishedWork): boolean {
  return scriptProperty(keyOf(work)) !== undefined;
}

/** Call under the script lock, once the reconcile step has finished what the mark names. */
export function clearUnfinished(work: UnfinishedWork): void {
  deleteScriptProperty(keyOf(work));
}
