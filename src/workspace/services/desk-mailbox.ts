// The desk's own mailbox through GmailApp: one search from the mark, the new messages read, labelled.
import {
  AUTOMATIC_HEADERS,
  AutomaticHeader,
  InboundMail,
} from '../../domain/conversation/inbound-mail';

type GmailMessage = GoogleAppsScript.Gmail.GmailMessage;
type GmailThread = GoogleAppsScript.Gmail.GmailThread;

/** The label the desk puts on each thread it has read, for the coordinator browsing the mailbox. */
export const HANDLED_LABEL = 'Peer Desk';
/** At most this many threads a search: Gmail's own page limit (platform.md: Gmail). */
const SEARCH_PAGE = 100;

/** What one search found: every message's id and date (for the mark), and the new ones read. */
export interface MailboxRead {
  readonly found: readonly {id: string; dateMs: number}[];
  readonly fresh: readonly InboundMail[];
  readonly threads: ReadonlyMap<string, GmailThread>;
}

function inboundOf(message: GmailMessage, threadId: string): InboundMail {
  const headers = Object.fromEntries(
    AUTOMATIC_HEADERS.map(name => [name, message.getHeader(name) ?? ''])
  ) as Record<AutomaticHeader, string>;
  return {
    id: message.getId(),
    threadId,
    from: message.getFrom(),
    subject: message.getSubject(),
    dateMs: message.getDate().getTime(),
    plainBody: message.getPlainBody(),
    headers,
    attachments: message.getAttachments().length,
  };
}

/**
 * One GmailApp search of the desk's inbox (the account the sweep runs as), then each thread's
 * messages; only those `isNew` accepts are read whole (body, headers), oldest first.
 */
export function readMailbox(
  query: string,
  isNew: (message: {id: string; dateMs: number}) => boolean
): MailboxRead {
  const threads = GmailApp.search(query, 0, SEARCH_PAGE);
  const found: {id: string; dateMs: number}[] = [];
  const fresh: InboundMail[] = [];
  const byId = new Map<string, GmailThread>();
  for (const thread of threads) {
    const threadId = thread.getId();
    byId.set(threadId, thread);
    for (const message of thread.getMessages()) {
      const seen = {id: message.getId(), dateMs: message.getDate().getTime()};
      found.push(seen);
      if (isNew(seen)) fresh.push(inboundOf(message, threadId));
    }
  }
  fresh.sort((a, b) => a.dateMs - b.dateMs);
  return {found, fresh, threads: byId};
}

/** Labels the threads the desk has handled (createLabel returns the label when it exists). */
export function labelHandled(threads: readonly GmailThread[]): void {
  if (threads.length === 0) return;
  GmailApp.createLabel(HANDLED_LABEL).addToThreads([...threads]);
}

/** The desk's own address: the account the sweep runs as, whose mail GmailApp reads. */
export function deskAddress(): string {
  return Session.getEffectiveUser().getEmail();
}

/** A message's attachments, as blobs Drive can keep. */
export function attachmentsOf(messageId: string): GoogleAppsScript.Base.Blob[] {
  const message = GmailApp.getMessageById(messageId);
  return message
    ? message.getAttachments().map(attachment => attachment.copyBlob())
    : [];
}
