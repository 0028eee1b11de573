/**
 * One account's Gmail mailbox as Gmail keeps it: messages grouped into threads, user labels on
 * threads, drafts, and the system states (inbox, unread, starred, trash, spam) GmailApp reads.
 */

export interface StoredAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** A message's content, as sent or received. Addresses are comma-separated, `Name <a@b>` allowed. */
export interface MessageContent {
  readonly from: string;
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly replyTo: string;
  readonly subject: string;
  readonly plainBody: string;
  /** The HTML body; for a plain message, the plain body. */
  readonly htmlBody: string;
  /** Header names in lower case; Message-ID, In-Reply-To and References included. */
  readonly headers: Readonly<Record<string, string>>;
  readonly attachments: readonly StoredAttachment[];
  readonly date: number;
}

export interface StoredMessage extends MessageContent {
  /** Gmail's id of the message in this mailbox (another mailbox's copy has its own). */
  readonly id: string;
  readonly threadId: string;
  unread: boolean;
  starred: boolean;
  trashed: boolean;
  readonly draft: boolean;
  readonly sent: boolean;
}

export interface StoredThread {
  readonly id: string;
  readonly messageIds: string[];
  /** User labels, by name as created. */
  readonly labels: Set<string>;
  inInbox: boolean;
  inSpam: boolean;
  important: boolean;
}

/** The Message-ID header a message carries, `<…>` included. */
export function rfcIdOf(content: MessageContent): string {
  return content.headers['message-id'] ?? '';
}

/** A subject without the `Re:`/`Fwd:` prefixes replies add, as Gmail compares them to thread. */
export function baseSubject(subject: string): string {
  return subject
    .replace(/^(\s*(re|fwd?|aw|wg)\s*:\s*)+/i, '')
    .trim()
    .toLowerCase();
}

export class Mailbox {
  readonly threads = new Map<string, StoredThread>();
  readonly messages = new Map<string, StoredMessage>();
  /** User labels by lower-case name (Gmail's label names ignore case). */
  readonly labels = new Map<string, string>();
  /** Draft id → the draft's message id. */
  readonly drafts = new Map<string, string>();

  constructor(
    readonly address: string,
    private readonly nextId: () => string
  ) {}

  /**
   * Files a message. It joins the thread of a message it answers (In-Reply-To or References)
   * when their subjects agree, as Gmail threads
   * (https://developers.google.com/gmail/api/guides/threads: "the Subject headers must match"),
   * or the thread given; otherwise it starts one. A message arriving in the inbox brings its
   * thread back to the inbox.
   */
  file(
    content: MessageContent,
    state: {inbox: boolean; sent: boolean; draft?: boolean; thread?: string}
  ): StoredMessage {
    const id = this.nextId();
    // A thread's id is its first message's (commonly observed; unverified).
    const thread =
      (state.thread ? this.threads.get(state.thread) : undefined) ??
      this.threadAnswered(content) ??
      this.newThread(id);
    const message: StoredMessage = {
      ...content,
      id,
      threadId: thread.id,
      unread: state.inbox,
      starred: false,
      trashed: false,
      draft: state.draft === true,
      sent: state.sent,
    };
    this.messages.set(message.id, message);
    thread.messageIds.push(message.id);
    if (state.inbox) {
      thread.inInbox = true;
      thread.inSpam = false;
    }
    return message;
  }

  /** Takes a message out of the mailbox (a draft sent or deleted); an emptied thread goes too. */
  remove(messageId: string): void {
    const message = this.messages.get(messageId);
    if (!message) return;
    this.messages.delete(messageId);
    const thread = this.threads.get(message.threadId);
    if (!thread) return;
    thread.messageIds.splice(thread.messageIds.indexOf(messageId), 1);
    if (thread.messageIds.length === 0) this.threads.delete(thread.id);
  }

  messagesOf(thread: StoredThread): StoredMessage[] {
    return thread.messageIds.map(id => this.messages.get(id)!);
  }

  /** The most recent message's time: threads are listed newest first. */
  lastDate(thread: StoredThread): number {
    return Math.max(...this.messagesOf(thread).map(m => m.date));
  }

  private threadAnswered(content: MessageContent): StoredThread | undefined {
    const answered = [
      ...(content.headers['in-reply-to'] ?? '').split(/\s+/),
      ...(content.headers['references'] ?? '').split(/\s+/),
    ].filter(id => id !== '');
    if (answered.length === 0) return undefined;
    const subject = baseSubject(content.subject);
    for (const message of this.messages.values())
      if (
        answered.includes(rfcIdOf(message)) &&
        baseSubject(message.subject) === subject
      )
        return this.threads.get(message.threadId);
    return undefined;
  }

  private newThread(id: string): StoredThread {
    const thread: StoredThread = {
      id,
      messageIds: [],
      labels: new Set(),
      inInbox: false,
      inSpam: false,
      important: false,
    };
    this.threads.set(thread.id, thread);
    return thread;
  }
}
