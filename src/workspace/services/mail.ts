// Sends emails with MailApp, within the remaining daily quota.
import {OutgoingMessage} from '../../domain/notifications/messages';

export interface MailReport {
  readonly sent: number;
  /** Messages not sent because the daily recipient quota ran out (an outbox will retry them). */
  readonly unsent: readonly OutgoingMessage[];
}

/** Sends each message as HTML and plain text, within the remaining daily recipient quota. */
export function sendMessages(messages: readonly OutgoingMessage[]): MailReport {
  if (messages.length === 0) return {sent: 0, unsent: []};
  let quota = MailApp.getRemainingDailyQuota();
  let sent = 0;
  const unsent: OutgoingMessage[] = [];
  for (const message of messages) {
    if (quota < 1) {
      unsent.push(message);
      continue;
    }
    MailApp.sendEmail({
      to: message.to,
      subject: message.subject,
      body: message.body,
      htmlBody: message.htmlBody,
      name: message.name,
    });
    quota--;
    sent++;
  }
  return {sent, unsent};
}

/** Recipients the account may still email today (platform.md: Quotas). */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}
