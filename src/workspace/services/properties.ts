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

export function scriptProperty(key: string): string | undefined {
  return PropertiesService.getScriptProperties().getProperty(key) ?? undefined;
}

export function setScriptProperty(key: string, value: string): void {
  PropertiesService.getScriptProperties().setProperty(key, value);
}

export function deleteScriptProperty(key: string): void {
  PropertiesService.getScriptProperties().deleteProperty(key);
}

/** Every Script Property whose key starts with `prefix`, in one call. */
export function scriptPropertiesStartingWith(
  prefix: string
): Record<string, string> {
  const all = PropertiesService.getScriptProperties().getProperties();
  return Object.fromEntries(
    Object.entries(all).filter(([key]) => key.startsWith(prefix))
  );
}
