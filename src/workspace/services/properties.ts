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
  outboxPrunedDay: 'peerDesk.outbox.prunedDate',
  rolledOverYear: 'peerDesk.archive.rolledOverYear',
  receiptPrefix: 'peerDesk.sent.',
  claimPrefix: 'peerDesk.sending.',
  activityFrom: 'peerDesk.activity.checkedFromRow',
  unprocessedEdits: 'peerDesk.sweep.unprocessedEdits',
  liveRows: 'peerDesk.sweep.liveRows',
  unfinishedPrefix: 'peerDesk.unfinished.',
  mailMark: 'peerDesk.mail.mark',
  metricsLayouts: 'peerDesk.metrics.layouts',
  metricsWindowPrefix: 'peerDesk.metrics.window.',
  summaryDate: 'peerDesk.summary.lastDate',
  requesterSummary: 'peerDesk.requesters.lastSummary',
  digestWeek: 'peerDesk.digest.lastWeek',
  coverageDate: 'peerDesk.coverage.lastDate',
  monthlyReportMonth: 'peerDesk.monthlyReport.lastMonth',
  dailyEmailDay: 'peerDesk.dailyEmail.lastDate',
  dailyEmailSince: 'peerDesk.dailyEmail.sentAtMs',
  devicesLinkedThrough: 'peerDesk.devices.linkedThroughTicket',
  devicesOpenRepairs: 'peerDesk.devices.openRepairs',
  proposalsOwed: 'peerDesk.knowledge.proposalsOwed',
  helpedOwed: 'peerDesk.knowledge.helpedOwed',
  retentionDay: 'peerDesk.retention.lastDate',
  retentionPlace: 'peerDesk.retention.place',
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

/** A value holds 9 KB (platform.md: Quotas); longer texts are kept in chunks of this many characters. */
const CHUNK_CHARS = 8_000;

/**
 * Keeps a long text under `prefix` in chunks: the chunks and the head naming them (`<stamp> <count>`)
 * in one call, so a run stopped before it leaves the old text whole; the old chunks are deleted
 * afterwards, and are never read once the head names the new ones.
 */
export function setChunkedScriptProperty(prefix: string, text: string): void {
  const stamp = Date.now().toString(36);
  const count = Math.max(1, Math.ceil(text.length / CHUNK_CHARS));
  const values: Record<string, string> = {
    [`${prefix}head`]: `${stamp} ${count}`,
  };
  for (let i = 0; i < count; i++)
    values[`${prefix}${stamp}.${i}`] = text.slice(
      i * CHUNK_CHARS,
      (i + 1) * CHUNK_CHARS
    );
  const properties = PropertiesService.getScriptProperties();
  const stale = Object.keys(scriptPropertiesStartingWith(prefix)).filter(
    key => !(key in values)
  );
  properties.setProperties(values);
  for (const key of stale) properties.deleteProperty(key);
}

/** The text `setChunkedScriptProperty` kept under `prefix`, or undefined when absent or torn. */
export function chunkedScriptProperty(prefix: string): string | undefined {
  const stored = scriptPropertiesStartingWith(prefix);
  const [stamp, count] = (stored[`${prefix}head`] ?? '').split(' ');
  const parts = Array.from(
    {length: Number(count) || 0},
    (_, i) => stored[`${prefix}${stamp}.${i}`]
  );
  return parts.length > 0 && parts.every(part => part !== undefined)
    ? parts.join('')
    : undefined;
}

/** Deletes a text `setChunkedScriptProperty` kept, head first. */
export function deleteChunkedScriptProperty(prefix: string): void {
  const head = `${prefix}head`;
  const keys = Object.keys(scriptPropertiesStartingWith(prefix)).sort(
    (a, b) => Number(b === head) - Number(a === head)
  );
  const properties = PropertiesService.getScriptProperties();
  for (const key of keys) properties.deleteProperty(key);
}

/** Read the properties again: called as the script lock is taken, after which others' writes wait. */
export function refreshScriptProperties(): void {
  forget(VALUES);
}
