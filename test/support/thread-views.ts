// Where people read a ticket's thread: the requester's page from their latest email, the techs' sidebar.
import {Workspace} from '../../sandbox/workspace/workspace';
import {allCompleted, cellOf, completed, TEACHER} from './peer-desk';

/** The page's HTML, opened from the page link in the latest email to `requester`. */
export function requesterPage(ws: Workspace, requester = TEACHER): string {
  const mail = ws.outbox.filter(m => [m.to].flat().includes(requester)).at(-1);
  const link = /(https?:\/\/\S+\?p=teacher\S*)/.exec(mail?.body ?? '');
  if (!link) throw new Error(`no requester-page link in ${mail?.subject}`);
  const page = ws.webApp({query: new URL(link[1]).search.slice(1)});
  completed(page.record);
  return page.content;
}

/** A ticket's thread on a page, oldest first: each item's text without tags. */
export function threadItems(html: string, ticketId: string): string[] {
  const section = html.split('<section').find(s => s.includes(ticketId));
  const list = /<ol class="thread"[^>]*>(.*?)<\/ol>/.exec(section ?? html);
  return (list?.[1] ?? '')
    .split('</li>')
    .filter(item => item !== '')
    .map(item =>
      item
        .replace(/<br>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    );
}

/** The techs' sidebar of a ticket's conversation, as `tech` opens it from the menu. */
export function techSidebar(
  ws: Workspace,
  ticketId: string,
  tech: string
): string {
  allCompleted(ws.open({as: tech}));
  ws.select('Tickets', cellOf(ws, ticketId, 'Summary'), {as: tech});
  completed(
    ws.clickMenu('Peer Desk', "Show the selected ticket's conversation", {
      as: tech,
    })
  );
  const shown = ws.services.spreadsheets.ui.dialogs.at(-1);
  if (shown?.kind !== 'sidebar') throw new Error('no sidebar shown');
  return (shown.output as {getContent(): string}).getContent();
}
