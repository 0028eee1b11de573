import {officialMembers} from '../core/official-members';
import {asOfficial} from '../core/official-types';
import {ScriptException, SERVICE} from '../core/service';
import {countOperations, GmailAccounts} from './gmail-account';
import {
  draftById,
  fileDraft,
  FakeGmailDraft,
  FakeGmailLabel,
  FakeGmailMessage,
  FakeGmailThread,
  outgoingOf,
  page,
} from './gmail-objects';
import {searchThreads} from './gmail-search';

type GmailApp = GoogleAppsScript.Gmail.GmailApp;
type GmailThread = GoogleAppsScript.Gmail.GmailThread;
type GmailMessage = GoogleAppsScript.Gmail.GmailMessage;
type GmailLabel = GoogleAppsScript.Gmail.GmailLabel;
type GmailDraft = GoogleAppsScript.Gmail.GmailDraft;
type Options = GoogleAppsScript.Gmail.GmailAdvancedOptions;

// Unverified wording: Google's page says only that a `from` not among the aliases fails.
const NOT_AN_ALIAS = 'Invalid argument: from';
// Label names: at most 225 characters (Gmail Help, "Create labels to organize Gmail"; unverified).
const LABEL_NAME_LIMIT = 225;

/** Google answers null for an id or name it does not know, though the typings say otherwise. */
function none<T>(): T {
  return null as T;
}

/**
 * GmailApp over the running account's mailbox (sandbox/mail/post-office.ts keeps every account's):
 * search with Gmail's operators, threads, messages, user labels, drafts and sending. Sending draws
 * on the same daily recipient quota as MailApp and lands in the same outbox; every other call
 * counts against the daily Gmail read/write quota
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app,
 * https://developers.google.com/apps-script/guides/services/quotas).
 */
export class FakeGmailApp implements Pick<
  GmailApp,
  | 'search'
  | 'getInboxThreads'
  | 'getInboxUnreadCount'
  | 'getSpamThreads'
  | 'getStarredThreads'
  | 'getTrashThreads'
  | 'getThreadById'
  | 'getMessageById'
  | 'getMessagesForThread'
  | 'getMessagesForThreads'
  | 'getUserLabelByName'
  | 'getUserLabels'
  | 'createLabel'
  | 'deleteLabel'
  | 'getDraft'
  | 'getDrafts'
  | 'getDraftMessages'
  | 'createDraft'
  | 'sendEmail'
  | 'getAliases'
  | 'markMessageRead'
  | 'markMessageUnread'
  | 'markMessagesRead'
  | 'markMessagesUnread'
  | 'markThreadRead'
  | 'markThreadUnread'
  | 'markThreadsRead'
  | 'markThreadsUnread'
  | 'moveThreadToArchive'
  | 'moveThreadsToArchive'
  | 'moveThreadToInbox'
  | 'moveThreadsToInbox'
  | 'moveThreadToTrash'
  | 'moveThreadsToTrash'
  | 'moveMessageToTrash'
  | 'moveMessagesToTrash'
  | 'starMessage'
  | 'unstarMessage'
  | 'refreshMessage'
  | 'refreshThread'
> {
  readonly [SERVICE] = 'GmailApp';

  constructor(readonly accounts: GmailAccounts) {}

  /** The running account's mailbox, as each call finds it. */
  get mailbox() {
    return this.accounts.mailbox();
  }

  private threads(query: string, start?: number, max?: number): GmailThread[] {
    const mailbox = this.mailbox;
    const found = searchThreads(mailbox, query, this.accounts.env.clock.now());
    return page(found, start, max).map(t =>
      asOfficial(new FakeGmailThread(this.accounts, mailbox, t.id))
    );
  }

  search(query: string, start?: number, max?: number): GmailThread[] {
    return this.threads(query, start, max);
  }

  getInboxThreads(start?: number, max?: number): GmailThread[] {
    return this.threads('in:inbox', start, max);
  }

  getInboxUnreadCount(): number {
    return this.threads('in:inbox is:unread').length;
  }

  getSpamThreads(start?: number, max?: number): GmailThread[] {
    return this.threads('in:spam', start, max);
  }

  getStarredThreads(start?: number, max?: number): GmailThread[] {
    return this.threads('is:starred', start, max);
  }

  getTrashThreads(start?: number, max?: number): GmailThread[] {
    return this.threads('in:trash', start, max);
  }

  /** The thread, or null when the mailbox has none by that id (the emulator's reading). */
  getThreadById(id: string): GmailThread {
    const mailbox = this.mailbox;
    return mailbox.threads.has(String(id))
      ? asOfficial(new FakeGmailThread(this.accounts, mailbox, String(id)))
      : none();
  }

  /** The message, or null when the mailbox has none by that id (the emulator's reading). */
  getMessageById(id: string): GmailMessage {
    const mailbox = this.mailbox;
    return mailbox.messages.has(String(id))
      ? asOfficial(new FakeGmailMessage(this.accounts, mailbox, String(id)))
      : none();
  }

  getMessagesForThread(thread: GmailThread): GmailMessage[] {
    return thread.getMessages();
  }

  getMessagesForThreads(threads: GmailThread[]): GmailMessage[][] {
    return threads.map(thread => thread.getMessages());
  }

  getUserLabelByName(name: string): GmailLabel {
    const mailbox = this.mailbox;
    const known = mailbox.labels.get(String(name).toLowerCase());
    return known
      ? asOfficial(new FakeGmailLabel(this.accounts, mailbox, known))
      : none();
  }

  getUserLabels(): GmailLabel[] {
    const mailbox = this.mailbox;
    return [...mailbox.labels.values()].map(name =>
      asOfficial(new FakeGmailLabel(this.accounts, mailbox, name))
    );
  }

  /** Creates a label, or returns the one of that name (GmailApp.createLabel is idempotent). */
  createLabel(name: string): GmailLabel {
    const mailbox = this.mailbox;
    const text = String(name).trim();
    if (text === '' || text.length > LABEL_NAME_LIMIT)
      throw new ScriptException('Invalid argument: name');
    const key = text.toLowerCase();
    if (!mailbox.labels.has(key)) mailbox.labels.set(key, text);
    return asOfficial(
      new FakeGmailLabel(this.accounts, mailbox, mailbox.labels.get(key)!)
    );
  }

  deleteLabel(label: GmailLabel): GmailApp {
    label.deleteLabel();
    return asOfficial(this);
  }

  /** Throws when no draft has the id: a draft sent or deleted is gone. */
  getDraft(draftId: string): GmailDraft {
    return asOfficial(draftById(this.heldNow(), draftId));
  }

  getDrafts(): GmailDraft[] {
    const mailbox = this.mailbox;
    return [...mailbox.drafts.keys()].map(id =>
      asOfficial(new FakeGmailDraft(this.accounts, mailbox, id))
    );
  }

  getDraftMessages(): GmailMessage[] {
    return this.getDrafts().map(draft => draft.getMessage());
  }

  createDraft(
    recipient: string,
    subject: string,
    body: string,
    options?: Options
  ): GmailDraft {
    this.checkFrom(options);
    const held = this.heldNow();
    const id = fileDraft(held, {recipient, subject, body, options});
    return asOfficial(new FakeGmailDraft(held.accounts, held.mailbox, id));
  }

  sendEmail(
    recipient: string,
    subject: string,
    body: string,
    options?: Options
  ): GmailApp {
    this.checkFrom(options);
    this.accounts.send(outgoingOf({recipient, subject, body, options}));
    return asOfficial(this);
  }

  /** The account's send-as aliases: none are set up in the emulator. */
  getAliases(): string[] {
    return [];
  }

  markMessageRead(message: GmailMessage): GmailApp {
    message.markRead();
    return asOfficial(this);
  }

  markMessageUnread(message: GmailMessage): GmailApp {
    message.markUnread();
    return asOfficial(this);
  }

  markMessagesRead(messages: GmailMessage[]): GmailApp {
    for (const message of messages) message.markRead();
    return asOfficial(this);
  }

  markMessagesUnread(messages: GmailMessage[]): GmailApp {
    for (const message of messages) message.markUnread();
    return asOfficial(this);
  }

  markThreadRead(thread: GmailThread): GmailApp {
    thread.markRead();
    return asOfficial(this);
  }

  markThreadUnread(thread: GmailThread): GmailApp {
    thread.markUnread();
    return asOfficial(this);
  }

  markThreadsRead(threads: GmailThread[]): GmailApp {
    for (const thread of threads) thread.markRead();
    return asOfficial(this);
  }

  markThreadsUnread(threads: GmailThread[]): GmailApp {
    for (const thread of threads) thread.markUnread();
    return asOfficial(this);
  }

  moveThreadToArchive(thread: GmailThread): GmailApp {
    thread.moveToArchive();
    return asOfficial(this);
  }

  moveThreadsToArchive(threads: GmailThread[]): GmailApp {
    for (const thread of threads) thread.moveToArchive();
    return asOfficial(this);
  }

  moveThreadToInbox(thread: GmailThread): GmailApp {
    thread.moveToInbox();
    return asOfficial(this);
  }

  moveThreadsToInbox(threads: GmailThread[]): GmailApp {
    for (const thread of threads) thread.moveToInbox();
    return asOfficial(this);
  }

  moveThreadToTrash(thread: GmailThread): GmailApp {
    thread.moveToTrash();
    return asOfficial(this);
  }

  moveThreadsToTrash(threads: GmailThread[]): GmailApp {
    for (const thread of threads) thread.moveToTrash();
    return asOfficial(this);
  }

  moveMessageToTrash(message: GmailMessage): GmailApp {
    message.moveToTrash();
    return asOfficial(this);
  }

  moveMessagesToTrash(messages: GmailMessage[]): GmailApp {
    for (const message of messages) message.moveToTrash();
    return asOfficial(this);
  }

  starMessage(message: GmailMessage): GmailApp {
    message.star();
    return asOfficial(this);
  }

  unstarMessage(message: GmailMessage): GmailApp {
    message.unstar();
    return asOfficial(this);
  }

  refreshMessage(message: GmailMessage): GmailApp {
    message.refresh();
    return asOfficial(this);
  }

  refreshThread(thread: GmailThread): GmailApp {
    thread.refresh();
    return asOfficial(this);
  }

  private heldNow() {
    return {accounts: this.accounts, mailbox: this.mailbox};
  }

  /** `from` must be one of the account's aliases (GmailApp.sendEmail's options). */
  private checkFrom(options: Options | undefined): void {
    const from = options?.from;
    if (from && from.toLowerCase() !== this.accounts.user().toLowerCase())
      throw new ScriptException(NOT_AN_ALIAS);
  }
}

countOperations(FakeGmailApp, [...officialMembers('GmailApp')], ['sendEmail']);
