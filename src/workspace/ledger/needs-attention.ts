// The Needs Attention tab and the failure log behind it (Script Properties).
import {
  NEEDS_ATTENTION_HEADERS,
  NEEDS_ATTENTION_TAB,
} from '../../domain/tickets/tabs';
import {
  AttentionEntry,
  FailureLog,
  parseFailureLog,
} from '../../domain/tickets/set-aside';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../services/properties';
import {ensureTab} from '../sheets/sheet-setup';
import {appendRows} from '../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function loadFailureLog(): FailureLog {
  return parseFailureLog(scriptProperty(PROPERTY.failureLog));
}

export function saveFailureLog(log: FailureLog): void {
  setScriptProperty(PROPERTY.failureLog, JSON.stringify(log));
}

/** Appends set-aside items to the Needs Attention tab, creating it the first time. */
export function appendNeedsAttention(
  ss: Spreadsheet,
  entries: readonly AttentionEntry[]
): void {
  if (entries.length === 0) return;
  const {sheet} = ensureTab(ss, NEEDS_ATTENTION_TAB, NEEDS_ATTENTION_HEADERS);
  appendRows(
    sheet,
    entries.map(e => [e.when, e.item, e.key, e.error, e.whatToDo])
  );
}
