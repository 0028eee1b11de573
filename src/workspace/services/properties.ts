import {forget, inScope, remembered, rememberedValue} from './execution-scope';

/**
 * Script Properties: the desk's owner, ids of the things setup created (form, triggers), the secrets (Chat webhook,
 * link-signing key) that must never sit in a cell, and the outbox's bookkeeping. Never user data.
 */
export const PROPERTY = {
  owner: 'peerDesk.owner',
  nextOwner: 'peerDesk.owner.next',
  strayTriggersPrefix: 'peerDesk.strayTriggers.',
  formId: 'peerDesk.formId',
  responseSheetId: 'peerDesk.responseSheetId',
  responsesHandledUntil: 'peerDesk.responses.handledUntil',
  failureLog: 'peerDesk.failures',
  highestTicketNumber: 'peerDesk.tickets.highestNumber',
  intakeMark: 'peerDesk.tickets.intakeMark',
  triggerPrefix: 'peerDesk.trigger.',
  chatWebhook: 'peerDesk.chatWebhookUrl',
  chatOff: 'peerDesk.chat.off',
  signingKey: 'peerDesk.signingKey',
  outboxFrom: 'peerDesk.outbox.firstOpenRow',
  outboxDeliveringUntil: 'peerDesk.outbox.deliveringUntil',
  rolledOverYear: 'peerDesk.archive.rolledOverYear',
  receiptPrefix: 'peerDesk.sent.',
  claimPrefix: 'peerDesk.sending.',
  activityFrom: 'peerDesk.activity.checkedFromRow',
  unprocessedEdits: 'peerDesk.sweep.unprocessedEdits',
  liveRows: 'peerDesk.sweep.liveRows',
  metricsBlocks: 'peerDesk.metrics.rowBlocks',
  summaryDate: 'peerDesk.summary.lastDate',
  requesterSummary: 'peerDesk.requesters.lastSummary',
  digestWeek: 'peerDesk.digest.lastWeek',
  coverageDate: 'peerDesk.coverage.lastDate',
  monthlyReportMonth: 'peerDesk.monthlyReport.lastMonth',
  dailyEmailDay: 'peerDesk.dailyEmail.lastDate',
  dailyEmailSince: 'peerDesk.dailyEmail.sentAtMs',
} as const;

type Properties = GoogleAppsScript.Properties.Properties;

const VALUES = 'scriptProperties';

function store(): Properties {
  return remembered('scriptPropertiesStore', () =>
    PropertiesService.getScriptProperties()
  );
}

/**
 * Inside an execution scope every property is read in one `getProperties()` call, kept until the
 * script lock is taken (`refreshScriptProperties`), and updated by this execution's own writes.
 */
function values(): Record<string, string> {
  return remembered(VALUES, () => store().getProperties());
}

export function scriptProperty(key: string): string | undefined {
  if (!inScope()) return store().getProperty(key) ?? undefined;
  return values()[key];
}

export function setScriptProperty(key: string, value: string): void {
  setScriptProperties({[key]: value});
}

/** Several properties in one call. */
export function setScriptProperties(changes: Record<string, string>): void {
  const keys = Object.keys(changes);
  if (keys.length === 1) store().setProperty(keys[0], changes[keys[0]]);
  else if (keys.length > 1) store().setProperties(changes);
  const known = rememberedValue<Record<string, string>>(VALUES);
  if (known) Object.assign(known, changes);
}

export function deleteScriptProperty(key: string): void {
  store().deleteProperty(key);
  const known = rememberedValue<Record<string, string>>(VALUES);
  if (known) delete known[key];
}

/**
 * Every Script Property whose key starts with `prefix`, in one call: always read afresh, as
 * executions outside the lock (emails claimed and sent) write these.
 */
export function scriptPropertiesStartingWith(
  prefix: string
): Record<string, string> {
  forget(VALUES);
  const all = inScope() ? values() : store().getProperties();
  return Object.fromEntries(
    Object.entries(all).filter(([key]) => key.startsWith(prefix))
  );
}

/** Read the properties again: called as the script lock is taken, after which others' writes wait. */
export function refreshScriptProperties(): void {
  forget(VALUES);
}
