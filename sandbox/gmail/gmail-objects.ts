/**
 * GmailApp's objects over one mailbox (https://developers.google.com/apps-script/reference/gmail):
 * threads, messages, attachments, user labels and drafts. Each holds the mailbox it came from and
 * reads it live, so a message marked read through one object reads as read through another.
 */
import {createHash} from 'node:crypto';
import {officialMembers} from '../core/official-members';
import {asOfficial} from '../core/official-types';
import {ScriptException, SERVICE} from '../core/service';
import {Mailbox, StoredMessage, StoredThread} from '../mail/mailbox';
import {attachmentsOf} from '../mail/attachments';
import {PostOffice} from '../mail/post-office';
import {FakeBlob} from '../utilities/blob';
import {countOperations, GmailAccounts} from './gmail-account';
import {labelKey, searchThreads} from './gmail-search';

type GmailThread = GoogleAppsScript.Gmail.GmailThread;
type GmailMessage = GoogleAppsScript.Gmail.GmailMessage;
type GmailLabel = GoogleAppsScript.Gmail.GmailLabel;
type GmailDraft = GoogleAppsScript.Gmail.GmailDraft;
type GmailAttachment = GoogleAppsScript.Gmail.GmailAttachment;
type Options = GoogleAppsScript.Gmail.GmailAdvancedOptions;
type ReplyOptions = GoogleAppsScript.Gmail.GmailReplyOptions;

// Unverified wordings: Google's pages say only that these calls throw.
const NO_SUCH_DRAFT = 'Invalid argument: draftId';
const DELETED_DRAFT = 'The draft no longer exists.';
const NO_SUCH_LABEL = 'Invalid argument: label';
/** https://developers.google.com/apps-script/reference/gmail/gmail-app#search(String,Integer,Integer) */
const PAGE_LIMIT = 500;
const tooMany = (max: number) =>
  `Argument max cannot be larger than ${PAGE_LIMIT}, got ${max}.`;

/** Everything a Gmail object needs: the accounts, and the mailbox it belongs to. */
interface Held {
  readonly accounts: GmailAccounts;
  readonly mailbox: Mailbox;
}

/** A page of a list, as `search(query, start, max)` and its kin take it. */
export function page<T>(items: readonly T[], start = 0, max?: number): T[] {
  if (max !== undefined && max > PAGE_LIMIT)
    throw new ScriptException(tooMany(max));
  return items.slice(start, max === undefined ? undefined : start + max);
}

/** The message a script composes: recipient, subject, body and GmailApp's options. */
export interface Composed {
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  readonly options?: Options;
}

export function outgoingOf(composed: Composed) {
  const options = composed.options ?? {};
  return {
    to: composed.recipient,
    cc: options.cc,
    bcc: options.bcc,
    subject: String(composed.subject ?? ''),
    body: String(composed.body ?? ''),
    htmlBody: options.htmlBody,
    name: options.name,
    replyTo: options.replyTo,
    noReply: options.noReply,
    attachments: attachmentsOf(options.attachments),
  };
}

/** Files a draft in the mailbox; returns its draft id. */
export function fileDraft(
  held: Held,
  composed: Composed,
  thread?: string,
  headers: Record<string, string> = {}
): string {
  const out = outgoingOf(composed);
  const message = held.mailbox.file(
    {
      from: out.name
        ? `${out.name} <${held.accounts.user()}>`
        : held.accounts.user(),
      to: out.to,
      cc: out.cc ?? '',
      bcc: out.bcc ?? '',
      replyTo: out.replyTo ?? '',
      subject: out.subject,
      plainBody: out.body,
      htmlBody: out.htmlBody ?? out.body,
      headers,
      attachments: out.attachments,
      date: held.accounts.env.clock.now(),
    },
    {inbox: false, sent: false, draft: true, thread}
  );
  // Draft ids are an `r` and digits on Google (GmailDraft.getId's example output).
  const id = `r${BigInt(`0x${message.id}`).toString()}`;
  held.mailbox.drafts.set(id, message.id);
  return id;
}

export class FakeGmailAttachment extends FakeBlob {
  override readonly [SERVICE] = 'GmailApp.GmailAttachment';

  getSize(): number {
    return this.buffer().length;
  }

  /** The SHA-1 of the content, in hex (GmailAttachment.getHash). */
  getHash(): string {
    return createHash('sha1').update(this.buffer()).digest('hex');
  }
}

/** The headers of the reply to `message`: it answers it and carries its thread's references. */
function replyHeaders(message: StoredMessage): Record<string, string> {
  const id = message.headers['message-id'] ?? '';
  const earlier = message.headers['references'] ?? '';
  return {
    'in-reply-to': id,
    references: `${earlier} ${id}`.trim(),
  };
}

export class FakeGmailMessage implements Pick<
  GmailMessage,
  | 'getId'
  | 'getThread'
  | 'getFrom'
  | 'getTo'
  | 'getCc'
  | 'getBcc'
  | 'getReplyTo'
  | 'getSubject'
  | 'getDate'
  | 'getPlainBody'
  | 'getBody'
  | 'getHeader'
  | 'getAttachments'
  | 'isUnread'
  | 'isStarred'
  | 'isDraft'
  | 'isInInbox'
  | 'isInTrash'
  | 'markRead'
  | 'markUnread'
  | 'star'
  | 'unstar'
  | 'moveToTrash'
  | 'refresh'
  | 'reply'
  | 'replyAll'
  | 'createDraftReply'
  | 'createDraftReplyAll'
> {
  readonly [SERVICE] = 'GmailApp.GmailMessage';

  constructor(
    readonly accounts: GmailAccounts,
    readonly mailbox: Mailbox,
    private readonly id: string
  ) {}

  /** The stored message; one deleted since (a sent draft) throws as Gmail does. */
  private get stored(): StoredMessage {
    const message = this.mailbox.messages.get(this.id);
    if (!message) throw new ScriptException(DELETED_DRAFT);
    return message;
  }

  getId(): string {
    return this.id;
  }

  getThread(): GmailThread {
    return asOfficial(
      new FakeGmailThread(this.accounts, this.mailbox, this.stored.threadId)
    );
  }

  getFrom(): string {
    return this.stored.from;
  }

  getTo(): string {
    return this.stored.to;
  }

  getCc(): string {
    return this.stored.cc;
  }

  getBcc(): string {
    return this.stored.bcc;
  }

  getReplyTo(): string {
    return this.stored.replyTo;
  }

  getSubject(): string {
    return this.stored.subject;
  }

  getDate(): GoogleAppsScript.Base.Date {
    return new Date(this.stored.date);
  }

  getPlainBody(): string {
    return this.stored.plainBody;
  }

  /** The HTML content of the message (Google's words); a plain message's is its text. */
  getBody(): string {
    return this.stored.htmlBody;
  }

  /** A header's value, or '' when the message has none (GmailMessage.getHeader). */
  getHeader(name: string): string {
    return this.stored.headers[String(name).toLowerCase()] ?? '';
  }

  getAttachments(): GmailAttachment[] {
    return this.stored.attachments.map(a =>
      asOfficial(new FakeGmailAttachment(a.bytes, a.contentType, a.name))
    );
  }

  isUnread(): boolean {
    return this.stored.unread;
  }

  isStarred(): boolean {
    return this.stored.starred;
  }

  isDraft(): boolean {
    return this.stored.draft;
  }

  isInInbox(): boolean {
    return this.mailbox.threads.get(this.stored.threadId)?.inInbox === true;
  }

  isInTrash(): boolean {
    return this.stored.trashed;
  }

  markRead(): GmailMessage {
    this.stored.unread = false;
    return asOfficial(this);
  }

  markUnread(): GmailMessage {
    this.stored.unread = true;
    return asOfficial(this);
  }

  star(): GmailMessage {
    this.stored.starred = true;
    return asOfficial(this);
  }

  unstar(): GmailMessage {
    this.stored.starred = false;
    return asOfficial(this);
  }

  moveToTrash(): GmailMessage {
    this.stored.trashed = true;
    return asOfficial(this);
  }

  refresh(): GmailMessage {
    return asOfficial(this);
  }

  /** Replies to the sender (or the Reply-To address), in this thread. */
  reply(body: string, options?: Options): GmailMessage {
    return this.sendReply(body, options, false);
  }

  replyAll(body: string, options?: Options): GmailMessage {
    return this.sendReply(body, options, true);
  }

  createDraftReply(body: string, options?: ReplyOptions): GmailDraft {
    return this.draftReply(body, options, false);
  }

  createDraftReplyAll(body: string, options?: ReplyOptions): GmailDraft {
    return this.draftReply(body, options, true);
  }

  private replyRecipient(all: boolean): string {
    const message = this.stored;
    const first = message.replyTo || message.from;
    if (!all) return first;
    const me = this.accounts.user().toLowerCase();
    return [first, message.to, message.cc]
      .join(',')
      .split(',')
      .map(a => a.trim())
      .filter(a => a !== '' && !a.toLowerCase().includes(me))
      .join(', ');
  }

  private sendReply(body: string, options: Options | undefined, all: boolean) {
    const message = this.stored;
    const sent = this.accounts.send({
      ...outgoingOf({
        recipient: this.replyRecipient(all),
        subject: PostOffice.replySubject(message.subject),
        body,
        options,
      }),
      headers: replyHeaders(message),
      thread: message.threadId,
    });
    return asOfficial<GmailMessage>(
      new FakeGmailMessage(this.accounts, this.mailbox, sent.id)
    );
  }

  private draftReply(
    body: string,
    options: ReplyOptions | undefined,
    all: boolean
  ): GmailDraft {
    const message = this.stored;
    const id = fileDraft(
      this,
      {
        recipient: this.replyRecipient(all),
        subject: options?.subject ?? PostOffice.replySubject(message.subject),
        body,
        options,
      },
      message.threadId,
      replyHeaders(message)
    );
    return asOfficial(new FakeGmailDraft(this.accounts, this.mailbox, id));
  }
}

export class FakeGmailThread implements Pick<
  GmailThread,
  | 'getId'
  | 'getMessages'
  | 'getMessageCount'
  | 'getFirstMessageSubject'
  | 'getLastMessageDate'
  | 'getLabels'
  | 'addLabel'
  | 'removeLabel'
  | 'getPermalink'
  | 'hasStarredMessages'
  | 'isImportant'
  | 'isInInbox'
  | 'isInSpam'
  | 'isInTrash'
  | 'isUnread'
  | 'markRead'
  | 'markUnread'
  | 'markImportant'
  | 'markUnimportant'
  | 'moveToArchive'
  | 'moveToInbox'
  | 'moveToSpam'
  | 'moveToTrash'
  | 'refresh'
  | 'reply'
  | 'replyAll'
  | 'createDraftReply'
  | 'createDraftReplyAll'
> {
  readonly [SERVICE] = 'GmailApp.GmailThread';

  constructor(
    readonly accounts: GmailAccounts,
    readonly mailbox: Mailbox,
    private readonly id: string
  ) {}

  private get stored(): StoredThread {
    const thread = this.mailbox.threads.get(this.id);
    if (!thread) throw new ScriptException(DELETED_DRAFT);
    return thread;
  }

  private messages(): StoredMessage[] {
    return this.mailbox.messagesOf(this.stored);
  }

  getId(): string {
    return this.id;
  }

  /** Oldest first, drafts included, as Gmail shows the conversation. */
  getMessages(): GmailMessage[] {
    return this.messages().map(m =>
      asOfficial(new FakeGmailMessage(this.accounts, this.mailbox, m.id))
    );
  }

  getMessageCount(): number {
    return this.messages().length;
  }

  getFirstMessageSubject(): string {
    return this.messages()[0]?.subject ?? '';
  }

  getLastMessageDate(): GoogleAppsScript.Base.Date {
    return new Date(this.mailbox.lastDate(this.stored));
  }

  getLabels(): GmailLabel[] {
    return [...this.stored.labels].map(name =>
      asOfficial(new FakeGmailLabel(this.accounts, this.mailbox, name))
    );
  }

  addLabel(label: GmailLabel): GmailThread {
    this.stored.labels.add(labelOf(this.mailbox, label));
    return asOfficial(this);
  }

  removeLabel(label: GmailLabel): GmailThread {
    this.stored.labels.delete(labelOf(this.mailbox, label));
    return asOfficial(this);
  }

  getPermalink(): string {
    return `https://mail.google.com/mail/u/0/#inbox/${this.id}`;
  }

  hasStarredMessages(): boolean {
    return this.messages().some(m => m.starred);
  }

  isImportant(): boolean {
    return this.stored.important;
  }

  isInInbox(): boolean {
    return this.stored.inInbox;
  }

  isInSpam(): boolean {
    return this.stored.inSpam;
  }

  isInTrash(): boolean {
    return this.messages().every(m => m.trashed);
  }

  isUnread(): boolean {
    return this.messages().some(m => m.unread);
  }

  markRead(): GmailThread {
    for (const m of this.messages()) m.unread = false;
    return asOfficial(this);
  }

  markUnread(): GmailThread {
    for (const m of this.messages()) m.unread = true;
    return asOfficial(this);
  }

  markImportant(): GmailThread {
    this.stored.important = true;
    return asOfficial(this);
  }

  markUnimportant(): GmailThread {
    this.stored.important = false;
    return asOfficial(this);
  }

  moveToArchive(): GmailThread {
    this.stored.inInbox = false;
    return asOfficial(this);
  }

  moveToInbox(): GmailThread {
    this.stored.inInbox = true;
    this.stored.inSpam = false;
    for (const m of this.messages()) m.trashed = false;
    return asOfficial(this);
  }

  moveToSpam(): GmailThread {
    this.stored.inSpam = true;
    this.stored.inInbox = false;
    return asOfficial(this);
  }

  moveToTrash(): GmailThread {
    for (const m of this.messages()) m.trashed = true;
    this.stored.inInbox = false;
    return asOfficial(this);
  }

  refresh(): GmailThread {
    return asOfficial(this);
  }

  /** Replies to the thread's last message. */
  reply(body: string, options?: Options): GmailThread {
    this.last().reply(body, options);
    return asOfficial(this);
  }

  replyAll(body: string, options?: Options): GmailThread {
    this.last().replyAll(body, options);
    return asOfficial(this);
  }

  createDraftReply(body: string, options?: ReplyOptions): GmailDraft {
    return this.last().createDraftReply(body, options);
  }

  createDraftReplyAll(body: string, options?: ReplyOptions): GmailDraft {
    return this.last().createDraftReplyAll(body, options);
  }

  private last(): FakeGmailMessage {
    const sent = this.messages().filter(m => !m.draft);
    const last = sent[sent.length - 1];
    return new FakeGmailMessage(this.accounts, this.mailbox, last.id);
  }
}

/** The name a label object stands for, checked against the mailbox's labels. */
function labelOf(mailbox: Mailbox, label: GmailLabel): string {
  const name =
    label instanceof FakeGmailLabel
      ? label.getName()
      : String((label as unknown) ?? '');
  const known = mailbox.labels.get(name.toLowerCase());
  if (!known) throw new ScriptException(NO_SUCH_LABEL);
  return known;
}

export class FakeGmailLabel implements Pick<
  GmailLabel,
  | 'getName'
  | 'getThreads'
  | 'getUnreadCount'
  | 'addToThread'
  | 'addToThreads'
  | 'removeFromThread'
  | 'removeFromThreads'
  | 'deleteLabel'
> {
  readonly [SERVICE] = 'GmailApp.GmailLabel';

  constructor(
    readonly accounts: GmailAccounts,
    readonly mailbox: Mailbox,
    private readonly name: string
  ) {}

  getName(): string {
    return this.name;
  }

  getThreads(start?: number, max?: number): GmailThread[] {
    const threads = searchThreads(
      this.mailbox,
      `label:"${labelKey(this.name)}"`,
      this.accounts.env.clock.now()
    );
    return page(threads, start, max).map(t =>
      asOfficial(new FakeGmailThread(this.accounts, this.mailbox, t.id))
    );
  }

  getUnreadCount(): number {
    return [...this.mailbox.threads.values()].filter(
      t =>
        t.labels.has(this.name) &&
        this.mailbox.messagesOf(t).some(m => m.unread)
    ).length;
  }

  addToThread(thread: GmailThread): GmailLabel {
    thread.addLabel(asOfficial(this));
    return asOfficial(this);
  }

  addToThreads(threads: GmailThread[]): GmailLabel {
    for (const thread of threads) thread.addLabel(asOfficial(this));
    return asOfficial(this);
  }

  removeFromThread(thread: GmailThread): GmailLabel {
    thread.removeLabel(asOfficial(this));
    return asOfficial(this);
  }

  removeFromThreads(threads: GmailThread[]): GmailLabel {
    for (const thread of threads) thread.removeLabel(asOfficial(this));
    return asOfficial(this);
  }

  deleteLabel(): void {
    this.mailbox.labels.delete(this.name.toLowerCase());
    for (const thread of this.mailbox.threads.values())
      thread.labels.delete(this.name);
  }
}

export class FakeGmailDraft implements Pick<
  GmailDraft,
  'getId' | 'getMessage' | 'getMessageId' | 'send' | 'update' | 'deleteDraft'
> {
  readonly [SERVICE] = 'GmailApp.GmailDraft';

  constructor(
    readonly accounts: GmailAccounts,
    readonly mailbox: Mailbox,
    private readonly id: string
  ) {}

  /** The draft's message id; a draft sent or deleted no longer exists. */
  private messageId(): string {
    const id = this.mailbox.drafts.get(this.id);
    if (id === undefined) throw new ScriptException(DELETED_DRAFT);
    return id;
  }

  getId(): string {
    return this.id;
  }

  getMessage(): GmailMessage {
    return asOfficial(
      new FakeGmailMessage(this.accounts, this.mailbox, this.messageId())
    );
  }

  getMessageId(): string {
    return this.messageId();
  }

  /**
   * Sends the draft: it leaves the drafts (getDraft no longer finds it) and its message is sent
   * in the same thread (https://developers.google.com/workspace/gmail/api/guides/drafts: a sent
   * draft "is automatically deleted and a new message with an updated ID is created").
   */
  send(): GmailMessage {
    const draft = this.mailbox.messages.get(this.messageId())!;
    const sent = this.accounts.send({
      to: draft.to,
      cc: draft.cc,
      bcc: draft.bcc,
      subject: draft.subject,
      body: draft.plainBody,
      htmlBody: draft.htmlBody === draft.plainBody ? undefined : draft.htmlBody,
      name: /^(.*)<[^>]*>$/.exec(draft.from)?.[1].trim() || undefined,
      replyTo: draft.replyTo || undefined,
      attachments: draft.attachments,
      headers: draft.headers,
      thread: draft.threadId,
    });
    this.mailbox.drafts.delete(this.id);
    this.mailbox.remove(draft.id);
    return asOfficial(
      new FakeGmailMessage(this.accounts, this.mailbox, sent.id)
    );
  }

  update(
    recipient: string,
    subject: string,
    body: string,
    options?: Options
  ): GmailDraft {
    const old = this.mailbox.messages.get(this.messageId())!;
    this.mailbox.drafts.delete(this.id);
    this.mailbox.remove(old.id);
    const id = fileDraft(
      this,
      {recipient, subject, body, options},
      this.mailbox.threads.has(old.threadId) ? old.threadId : undefined,
      {...old.headers}
    );
    // The draft keeps its id: Gmail's drafts "provide a stable ID" across updates.
    const messageId = this.mailbox.drafts.get(id)!;
    this.mailbox.drafts.delete(id);
    this.mailbox.drafts.set(this.id, messageId);
    return asOfficial(this);
  }

  deleteDraft(): void {
    const messageId = this.messageId();
    this.mailbox.drafts.delete(this.id);
    this.mailbox.remove(messageId);
  }
}

/** Looks a draft up by id, or throws as GmailApp.getDraft does for one that does not exist. */
export function draftById(held: Held, id: string): FakeGmailDraft {
  if (!held.mailbox.drafts.has(String(id)))
    throw new ScriptException(NO_SUCH_DRAFT);
  return new FakeGmailDraft(held.accounts, held.mailbox, String(id));
}

/** Reads of a message already fetched are free; everything else is a Gmail read or write. */
const MESSAGE_READS = [...officialMembers('GmailApp.GmailMessage')].filter(
  name => /^(get|is)/.test(name)
);
countOperations(
  FakeGmailMessage,
  [...officialMembers('GmailApp.GmailMessage')],
  [...MESSAGE_READS, 'reply', 'replyAll']
);
countOperations(
  FakeGmailThread,
  [...officialMembers('GmailApp.GmailThread')],
  ['reply', 'replyAll']
);
countOperations(FakeGmailLabel, [...officialMembers('GmailApp.GmailLabel')]);
countOperations(
  FakeGmailDraft,
  [...officialMembers('GmailApp.GmailDraft')],
  ['send']
);
