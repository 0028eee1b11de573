// The daily summary a requester who chose it gets instead of step-by-step emails: each request that changed, in words.
import {infoOf, say} from '../languages/catalogue';
import {Language} from '../languages/language';
import {
  Block,
  EmailContent,
  emailHtml,
  emailText,
} from '../notifications/email-layout';
import {fill, OutgoingMessage, Sender} from '../notifications/messages';
import {statusLine} from '../notifications/status-line';
import {RequesterTicket} from './requester-tickets';

export function dailySummaryEmail(request: {
  readonly sender: Sender;
  readonly language: Language;
  readonly to: string;
  readonly tickets: readonly RequesterTicket[];
  /** The requester's own page; undefined before the web app is deployed. */
  readonly page: string | undefined;
}): OutgoingMessage {
  const {sender, language} = request;
  // In right-to-left text the desk's name and people's words keep their own direction.
  const rtl = infoOf(sender.catalogue, language).dir === 'rtl';
  const text = (key: Parameters<typeof say>[2], values = {}) =>
    fill(
      say(sender.catalogue, language, key),
      {deskName: sender.deskName, ...values},
      rtl
    );
  const blocks: Block[] = [
    {
      kind: 'list',
      heading: text('teacher.emailLinkLabel'),
      items: request.tickets.map(ticket => ({
        title: `${ticket.id}: ${ticket.summary}`,
        text:
          statusLine(sender.catalogue, language, ticket.standing) +
          ' ' +
          text(ticket.next, {assignee: ticket.onIt || sender.deskName}),
      })),
    },
  ];
  if (request.page)
    blocks.push({
      kind: 'link',
      text: text('teacher.emailLink'),
      link: {label: text('teacher.emailLinkLabel'), url: request.page},
    });
  const content: EmailContent = {
    language: infoOf(sender.catalogue, language),
    deskName: sender.deskName,
    colour: sender.colour,
    heading: text('summary.heading'),
    status: text('summary.intro'),
    blocks,
    footer: [text('email.signature'), text('email.why')],
  };
  return {
    to: request.to,
    subject: text('summary.subject', {count: String(request.tickets.length)}),
    body: emailText(content),
    htmlBody: emailHtml(content),
    name: sender.deskName,
  };
}
