// The techs' view of a ticket's conversation (the sidebar "Show the selected ticket's conversation"), in English.
import {escapeHtml} from '../text';
import {PageLook, webPage} from '../web/page';
import {ThreadEntry} from './thread';

export interface ThreadView {
  readonly ticketId: string;
  readonly summary: string;
  readonly entries: readonly ThreadEntry[];
  readonly earlier: number;
}

function words(text: string): string {
  return `<p class="words"><bdi>${escapeHtml(text).replace(/\n/g, '<br>')}</bdi></p>`;
}

function entryHtml(entry: ThreadEntry): string {
  const from = entry.from ? ` (on ${escapeHtml(entry.from)}, merged in)` : '';
  return entryLine(entry).replace('</p>', `${from}</p>`);
}

function entryLine(entry: ThreadEntry): string {
  switch (entry.kind) {
    case 'tech':
      return `<li><p class="who"><bdi>${escapeHtml(entry.who)}</bdi> wrote to the requester:</p>${words(entry.text)}</li>`;
    case 'requester':
      return `<li><p class="who">The requester wrote:</p>${words(entry.text)}</li>`;
    case 'status':
      return `<li><p>Status: ${escapeHtml(entry.status)}</p></li>`;
  }
}

/** The ticket's conversation oldest first, every person's text escaped; a line when there is none. */
export function threadSidebar(
  look: PageLook,
  view: ThreadView
): {title: string; html: string} {
  const earlier =
    view.earlier > 0
      ? `<p>${view.earlier} earlier steps are in the Activity tab.</p>`
      : '';
  const body =
    `<p><bdi>${escapeHtml(view.summary)}</bdi></p>` +
    (view.entries.length === 0
      ? '<p>No messages yet. Write to the requester in Message to Requester.</p>'
      : `${earlier}<ol class="thread">${view.entries.map(entryHtml).join('')}</ol>`);
  return webPage(look, `Conversation on ${view.ticketId}`, body);
}
