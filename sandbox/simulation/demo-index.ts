// out/index.html: what the demo wrote, in the order to open it: the workbook, the emails, Chat, the screenshots.
import {existsSync, readdirSync} from 'node:fs';
import {SentMessage} from '../mail/outbox';

export interface DemoOutput {
  readonly outbox: readonly SentMessage[];
  /** Each email's file name in mail/ (`0001.eml`), its HTML beside it (`0001.html`). */
  readonly mail: readonly string[];
  /** How many Chat messages chat/ holds, `0001.json` on. */
  readonly chat: number;
  /** The screenshots' folder. */
  readonly screens: string;
}

function escaped(text: string): string {
  return text.replace(
    /[&<>"']/g,
    c =>
      ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[
        c
      ] as string
  );
}

const link = (href: string, text: string) =>
  `<a href="${escaped(href)}">${escaped(text)}</a>`;

/** The demo's index page, linking by relative paths from the output folder. */
export function demoIndex(output: DemoOutput): string {
  const emails = output.outbox.map((message, i) => {
    const name = output.mail[i];
    const html = name.replace(/\.eml$/, '.html');
    return `<li>${link(`mail/${html}`, message.subject)} <span>to ${escaped(message.to.join(', '))}</span> (${link(`mail/${name}`, '.eml')})</li>`;
  });
  const chat = Array.from({length: output.chat}, (_, i) => {
    const name = `${String(i + 1).padStart(4, '0')}.json`;
    return `<li>${link(`chat/${name}`, `Chat message ${i + 1}`)}</li>`;
  });
  const screens = existsSync(output.screens)
    ? readdirSync(output.screens)
        .filter(name => name.endsWith('.png'))
        .sort()
        .map(name => `<li>${link(`screens/${name}`, name)}</li>`)
    : [];
  const section = (title: string, intro: string, items: string[]) =>
    `<h2>${escaped(title)} (${items.length})</h2><p>${escaped(intro)}</p><ul>${items.join('')}</ul>`;
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>Peer Desk demo: a week at the example school</title>' +
    '<style>body{font-family:Arial,Helvetica,sans-serif;max-width:960px;margin:24px auto;padding:0 16px;line-height:1.5;color:#1f2933}li{margin:2px 0}span{color:#4b5563}</style>' +
    '</head><body><main><h1>Peer Desk demo: a week at the example school</h1>' +
    `<p>Open ${link('peer-desk.xlsx', 'the workbook')} first (in Excel, LibreOffice or Google Sheets): the Tickets tab a tech works, the Dashboard leaders read, and the tabs the coordinator sets up. Then the emails people got, the desk's Chat posts, and a screenshot of every email and page at phone and desktop width.</p>` +
    section(
      'Emails',
      'Every email the desk sent during the week, in the order it sent them.',
      emails
    ) +
    section(
      'Chat messages',
      "The desk's posts to its Google Chat space.",
      chat
    ) +
    section(
      'Screenshots',
      'Every email and page, in every shipped language.',
      screens
    ) +
    '</main></body></html>\n'
  );
}
