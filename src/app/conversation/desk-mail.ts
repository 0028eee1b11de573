// The sweep's mail step: teachers' replies by email onto their tickets, everything else left alone.
import {
  InboundMail,
  kindOfMail,
  senderAddress,
} from '../../domain/conversation/inbound-mail';
import {
  isUnread,
  mailQuery,
  markAfter,
  parseMailMark,
} from '../../domain/conversation/mail-mark';
import {replyText} from '../../domain/conversation/reply-text';
import {shortened} from '../../domain/shortening';
import {ActivityEntry} from '../../domain/tickets/activity';
import {EMAIL_MARK_FIELD} from '../../domain/tickets/tabs';
import {cellText} from '../../domain/tickets/ticket-row';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {findTicket} from '../../workspace/ledger/find-tickets';
import {
  deskAddress,
  labelHandled,
  readMailbox,
} from '../../workspace/services/desk-mailbox';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {ScriptNow} from '../../workspace/services/script-clock';
import {NoticeRecorder} from '../notifications/notify';
import {recordAnswer} from '../requesters/requester-answer';
import {referenceOf, Snapshot} from '../setup/snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How the Activity tab names who answered: the requester, by email. */
const BY_EMAIL = ' (email)';
/** A reply keeps at most this much on the ticket, as an answer on the teacher page does. */
const REPLY_MAX = 2000;
const SET_ASIDE =
  "Read it in the desk's mailbox (label Peer Desk) and copy what it says onto the ticket by hand.";

/** The sweep's failure guard, as the mail step uses it: a message failing twice is set aside. */
export interface MailGuard {
  isSetAside(key: string): boolean;
  attempt<T>(
    key: string,
    item: string,
    whatToDo: string,
    work: () => T
  ):
    | {readonly ok: true; readonly value: T}
    | {readonly ok: false; readonly setAside: boolean};
}

/** What the mail step did: the Outbox keys the rows it wrote owe (delivered by this sweep). */
export interface MailRead {
  readonly owedKeys: readonly string[];
}

const NOTHING: MailRead = {owedKeys: []};

/**
 * A teacher's reply by email, on the ticket its subject's tag names, from that ticket's requester
 * (anyone else is an unknown sender, left alone). A ticket records the newest reply it took in a
 * hidden column written with the answer, so a sweep killed before the mailbox mark was kept takes
 * the same reply once.
 */
function takeReply(
  ss: Spreadsheet,
  mail: InboundMail,
  ticketId: string,
  sender: string,
  context: {snapshot: Snapshot; clock: ScriptNow; recorder: NoticeRecorder}
): {activity: ActivityEntry[]; owedKeys: readonly string[]} {
  const found = findTicket(ss, ticketId);
  if (!found) return {activity: [], owedKeys: []};
  const {ticket} = found.row;
  if (senderAddress(cellText(ticket.Requester)) !== sender)
    return {activity: [], owedKeys: []};
  if (mail.dateMs <= Number(cellText(ticket[EMAIL_MARK_FIELD]) || 0))
    return {activity: [], owedKeys: []};
  const text = shortened(replyText(mail.plainBody), REPLY_MAX);
  if (text === '') return {activity: [], owedKeys: []};
  return recordAnswer(
    ss,
    found,
    {
      text,
      who: `${sender}${BY_EMAIL}`,
      now: context.clock.now,
      stamps: {[EMAIL_MARK_FIELD]: mail.dateMs},
      byEmail: true,
    },
    context.snapshot,
    context.recorder,
    // Tracked (with the email mark) last: a sweep stopped before it takes the reply again.
    'last'
  );
}

/**
 * Reads the desk's mailbox once (one GmailApp search from the mark; no Sheets call when nothing
 * new came) and takes each teacher's reply onto its ticket. The desk's own mail, auto-replies,
 * out-of-office notices and bounces, and mail from anyone but the ticket's requester change
 * nothing and are never answered, so no two robots can write to each other. Call under the
 * script lock.
 */
export function readDeskMail(
  ss: Spreadsheet,
  snapshot: Snapshot,
  clock: ScriptNow,
  recorder: NoticeRecorder,
  guard: MailGuard
): MailRead {
  if (!referenceOf(snapshot).conversation.repliesByEmail) return NOTHING;
  const mark = parseMailMark(
    scriptProperty(PROPERTY.mailMark),
    clock.now.getTime()
  );
  const read = readMailbox(mailQuery(mark), message => isUnread(mark, message));
  if (read.fresh.length === 0) return NOTHING;
  const desk = deskAddress();
  const activity: ActivityEntry[] = [];
  const owedKeys: string[] = [];
  const handled: InboundMail[] = [];
  for (const mail of read.fresh) {
    const kind = kindOfMail(mail, desk);
    if (kind.kind === 'reply' && !guard.isSetAside(mail.id)) {
      const attempt = guard.attempt(
        mail.id,
        `The email "${mail.subject}"`,
        SET_ASIDE,
        () =>
          takeReply(ss, mail, kind.ticketId, kind.sender, {
            snapshot,
            clock,
            recorder,
          })
      );
      // Tried again by the next sweep: the mark stops before it.
      if (!attempt.ok && !attempt.setAside) break;
      if (attempt.ok) {
        activity.push(...attempt.value.activity);
        owedKeys.push(...attempt.value.owedKeys);
      }
    }
    handled.push(mail);
  }
  appendActivity(ss, activity);
  labelHandled(
    [...new Set(handled.map(mail => mail.threadId))].flatMap(id => {
      const thread = read.threads.get(id);
      return thread ? [thread] : [];
    })
  );
  setScriptProperty(
    PROPERTY.mailMark,
    JSON.stringify(markAfter(mark, handled))
  );
  return {owedKeys};
}
