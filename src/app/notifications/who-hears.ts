// Who hears of what now: the notification budget applied as notifications are recorded.
import {Notification} from '../../domain/notifications/notification';
import {fittedToPayload} from '../../domain/notifications/outbox-payload';
import {OutgoingMessage} from '../../domain/notifications/messages';
import {hearsEveryEvent} from '../../domain/people/email-choice';
import {findTech} from '../../domain/people/techs';
import {
  DEFAULT_PREFERENCE,
  sendsStep,
} from '../../domain/requesters/preference';
import {requesterKey} from '../../domain/requesters/requester-link';
import {requesterPreferences} from '../../workspace/ledger/requesters';
import {chatOffState} from '../../workspace/services/chat';
import {OutboxBatch} from '../../workspace/ledger/outbox';
import {PROPERTY, scriptProperty} from '../../workspace/services/properties';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {loadSnapshot, referenceOf} from '../setup/snapshot';

type Wanted = (email: OutgoingMessage) => boolean;

/**
 * Chat notifications are only recorded while a space is connected and Chat takes the desk's
 * posts; an email only when its reader wants it now (requesterChoices, techChoices).
 */
export function deliverable(
  notifications: readonly Notification[],
  wanted = wantedNow(notifications)
): Notification[] {
  const chat =
    scriptProperty(PROPERTY.chatWebhook) !== undefined &&
    chatOffState() === undefined;
  return notifications.filter(n =>
    n.channel === 'chat' ? chat : wanted(n.email)
  );
}

function emailsOf(notifications: readonly Notification[]): OutgoingMessage[] {
  return notifications.flatMap(n => (n.channel === 'email' ? [n.email] : []));
}

function wantedNow(notifications: readonly Notification[]): Wanted {
  const emails = emailsOf(notifications);
  const requester = requesterChoices(emails);
  const tech = techChoices(emails);
  return email => requester(email) && tech(email);
}

/**
 * Whether a requester wants an email, by their choice on their page (Requesters tab, read only
 * when a batch holds a requester email); everything else always goes.
 */
function requesterChoices(emails: readonly OutgoingMessage[]): Wanted {
  if (!emails.some(email => email.step !== undefined)) return () => true;
  const choices = requesterPreferences(activeSpreadsheet());
  return email =>
    email.step === undefined ||
    sendsStep(
      choices.get(requesterKey(email.to)) ?? DEFAULT_PREFERENCE,
      email.step
    );
}

/**
 * Whether a tech wants a routine notice now, by their Emails choice on Techs (read only when a
 * batch holds one): only "Every event" does; the daily email lists the ticket for "Daily", and
 * "None" hears through Chat. Someone not on Techs gets it.
 */
function techChoices(emails: readonly OutgoingMessage[]): Wanted {
  if (!emails.some(email => email.routine)) return () => true;
  const {techs} = referenceOf(loadSnapshot(activeSpreadsheet()));
  return email => {
    if (!email.routine) return true;
    const tech = findTech(techs, email.to);
    return tech === undefined || hearsEveryEvent(tech.emails);
  };
}

/** The batches with only what is wanted now, each fitted to its Outbox cell; empty ones dropped. */
export function deliverableBatches(
  batches: readonly OutboxBatch[]
): OutboxBatch[] {
  const wanted = wantedNow(batches.flatMap(b => b.notifications));
  return batches
    .map(batch => ({
      id: batch.id,
      notifications: fittedToPayload(deliverable(batch.notifications, wanted)),
    }))
    .filter(batch => batch.notifications.length > 0);
}
