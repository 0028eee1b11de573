import MailComposer from 'nodemailer/lib/mail-composer';
import {SentMessage} from './outbox';

/** The message as an RFC 5322 .eml file, composed by nodemailer's MailComposer. */
export function toEml(message: SentMessage): Promise<Buffer> {
  const node = new MailComposer({
    from: message.name
      ? {name: message.name, address: message.from}
      : message.from,
    to: [...message.to],
    cc: [...message.cc],
    bcc: [...message.bcc],
    replyTo: message.replyTo,
    subject: message.subject,
    text: message.body,
    html: message.htmlBody,
    date: new Date(message.sentAt),
  }).compile();
  // The sender's copy of a message keeps its Bcc line.
  node.keepBcc = true;
  return new Promise((resolve, reject) =>
    node.build((error, eml) => (error ? reject(error) : resolve(eml)))
  );
}
