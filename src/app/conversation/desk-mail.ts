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
import {
  closedLongAgo,
  emailAnswers,
  emailKey,
  sameDomain,
} from '../../domain/conversation/email-request';
import {FormAnswers} from '../../domain/tickets/intake-form';
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

/**
 * Opens a ticket from a request by email as intake does from a form response, unless one has the
 * key already (the sweep hands in intake's `createTicket`); true when it made one.
 */
export type TicketOpener = (answers: FormAnswers, key: string) => boolean;

/** What the mail step did: the Outbox keys the rows it wrote owe, and tickets it opened. */
export interface MailRead {
  readonly owedKeys: readonly string[];
  readonly created: number;
}

const NOTHING: MailRead = {owedKeys: [], created: 0};

interface MailContext {
  readonly snapshot: Snapshot;
  readonly clock: ScriptNow;
  readonly recorder: NoticeRecorder;
  readonly openTicket: TicketOpener;
}

/** What taking one message did. */
interface Taken {
  readonly activity: readonly ActivityEntry[];
  readonly owedKeys: readonly string[];
  readonly created: number;
}

const UNTOUCHED: Taken = {activity: [], owedKeys: [], created: 0};

/** A request by email, or a follow-up of a ticket closed long ago: a new ticket, keyed by the message. */
function openFromMail(
  mail: InboundMail,
  sender: string,
  context: MailContext,
  follows?: string
): Taken {
  const reference = referenceOf(context.snapshot);
  const answers = emailAnswers(mail, sender, {
    articles: reference.articles,
    categories: reference.config.categories,
    follows,
  });
  return {
    ...UNTOUCHED,
    created: context.openTicket(answers, emailKey(mail.id)) ? 1 : 0,
  };
}

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
  context: MailContext
): Taken {
  const found = findTicket(ss, ticketId);
  if (!found) return UNTOUCHED;
  const {ticket} = found.row;
  if (senderAddress(cellText(ticket.Requester)) !== sender) return UNTOUCHED;
  if (
    closedLongAgo(
      cellText(ticket.Status),
      ticket['Closed At'],
      context.clock.now.getTime()
    )
  )
    return openFromMail(mail, sender, context, ticketId);
  if (mail.dateMs <= Number(cellText(ticket[EMAIL_MARK_FIELD]) || 0))
    return UNTOUCHED;
  const text = shortened(replyText(mail.plainBody), REPLY_MAX);
  if (text === '') return UNTOUCHED;
  const taken = recordAnswer(
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
  return {...taken, created: 0};
}

/** One message: a reply taken, a request opened, or (the desk's own, automatic, a stranger's) nothing. */
function takeMail(
  ss: Spreadsheet,
  mail: InboundMail,
  desk: string,
  context: MailContext
): Taken {
  const kind = kindOfMail(mail, desk);
  if (kind.kind === 'reply')
    return takeReply(ss, mail, kind.ticketId, kind.sender, context);
  if (
    kind.kind === 'request' &&
    referenceOf(context.snapshot).conversation.requestsByEmail &&
    sameDomain(kind.sender, desk)
  )
    return openFromMail(mail, kind.sender, context);
  return UNTOUCHED;
}

/**
 * Reads the desk's mailbox once (one GmailApp search from the mark; no Sheets call when nothing
 * new came) and takes each teacher's reply onto its ticket; a reply to a ticket closed long ago,
 * and (with Email Requests On) a new message from the school's domain, opens a ticket. The desk's own mail, auto-replies,
 * out-of-office notices and bounces, and mail from anyone but the ticket's requester change
 * nothing and are never answered, so no two robots can write to each other. Call under the
 * script lock.
 */
export function readDeskMail(
  ss: Spreadsheet,
  context: MailContext,
  guard: MailGuard
): MailRead {
  const {snapshot, clock} = context;
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
  let created = 0;
  const handled: InboundMail[] = [];
  for (const mail of read.fresh) {
    if (!guard.isSetAside(mail.id)) {
      const attempt = guard.attempt(
        mail.id,
        `The email "${mail.subject}"`,
        SET_ASIDE,
        () => takeMail(ss, mail, desk, context)
      );
      // Tried again by the next sweep: the mark stops before it.
      if (!attempt.ok && !attempt.setAside) break;
      if (attempt.ok) {
        activity.push(...attempt.value.activity);
        owedKeys.push(...attempt.value.owedKeys);
        created += attempt.value.created;
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
  return {owedKeys, created};
}
