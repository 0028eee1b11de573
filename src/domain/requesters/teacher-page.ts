// A teacher's own page: their open and recent requests, an answer box while the desk waits on them, how often they hear from us.
import {say, sayHtml} from '../languages/catalogue';
import {MessageKey} from '../languages/shipped-texts';
import {statusLine} from '../notifications/status-line';
import {escapeHtml, isolatedHtml} from '../text';
import {hiddenFields, PageLook, webPage} from '../web/page';
import {Preference, PREFERENCES} from './preference';
import {RequesterTicket, standingOf} from './requester-tickets';

/** What the teacher just did, said at the top of the page. */
export type PageNotice =
  | {
      readonly kind: 'answered';
      readonly ticketId: string;
      readonly assignee: string;
    }
  | {readonly kind: 'answerStale'; readonly ticketId: string}
  | {readonly kind: 'answerEmpty'}
  | {readonly kind: 'saved'; readonly preference: Preference};

export type TeacherPageView =
  | {
      readonly kind: 'page';
      readonly open: readonly RequesterTicket[];
      readonly recent: readonly RequesterTicket[];
      readonly preference: Preference;
      /** Where the page's forms post. */
      readonly action: string;
      /** The signed link's fields, carried by every form so each POST is checked again. */
      readonly link: Readonly<Record<string, string>>;
      /** Each waiting ticket's signed answer fields, by ticket ID. */
      readonly answers: Readonly<
        Record<string, Readonly<Record<string, string>>>
      >;
      readonly notice?: PageNotice;
    }
  | {readonly kind: 'refused'; readonly reason: 'forged' | 'stale'};

const NOTICE_TITLE: Readonly<Record<PageNotice['kind'], MessageKey>> = {
  answered: 'teacher.answeredTitle',
  answerStale: 'page.refusedTitle',
  answerEmpty: 'teacher.title',
  saved: 'teacher.title',
};

export function teacherPage(
  look: PageLook,
  view: TeacherPageView
): {title: string; html: string} {
  const {catalogue, language} = look;
  const text = (key: MessageKey, values: Record<string, string> = {}) =>
    sayHtml(catalogue, language, key, values);
  if (view.kind === 'refused')
    return webPage(
      look,
      say(catalogue, language, 'page.refusedTitle'),
      `<p id="message">${text(`teacher.${view.reason}`)}</p>`
    );
  const form = (fields: Readonly<Record<string, string>>, inner: string) =>
    `<form method="post" action="${escapeHtml(view.action)}" target="_top">` +
    hiddenFields({...view.link, ...fields}) +
    inner +
    '</form>';

  const ticketHtml = (ticket: RequesterTicket) => {
    const anchor = `ticket-${ticket.id.replace(/[^\w-]/g, '')}`;
    const status = statusLine(catalogue, ticket.language, ticket.standing);
    const answer = view.answers[ticket.id];
    const assignee = {assignee: ticket.onIt || look.deskName};
    return (
      `<section class="ticket" aria-labelledby="${anchor}">` +
      `<h3 id="${anchor}">${isolatedHtml(ticket.id)}: ${isolatedHtml(ticket.summary)}</h3>` +
      `<p class="status">${escapeHtml(status)}</p>` +
      `<p><strong>${text('teacher.onIt')}:</strong> ${ticket.onIt ? isolatedHtml(ticket.onIt) : text('teacher.nobody')}</p>` +
      `<p><strong>${text('teacher.nextLabel')}:</strong> ${text(ticket.next, assignee)}</p>` +
      (ticket.articles.length === 0
        ? ''
        : `<p><strong>${text('teacher.selfHelp')}:</strong></p><ul>` +
          ticket.articles
            .map(
              a =>
                `<li><strong>${isolatedHtml(a.title)}</strong>: ${isolatedHtml(a.steps)}</li>`
            )
            .join('') +
          '</ul>') +
      threadHtml(ticket, look, anchor) +
      (ticket.waiting && answer
        ? form(
            answer,
            `<label for="answer-${anchor}">${text('teacher.answerLabel', assignee)}</label>` +
              `<textarea id="answer-${anchor}" name="answer" rows="4" maxlength="2000" required></textarea>` +
              `<button type="submit">${text('teacher.answerSend')}</button>`
          )
        : '') +
      '</section>'
    );
  };
  const list = (heading: MessageKey, tickets: readonly RequesterTicket[]) =>
    `<h2>${text(heading)}</h2>` +
    (tickets.length === 0
      ? `<p>${text('teacher.none')}</p>`
      : tickets.map(ticketHtml).join(''));

  const choices = PREFERENCES.map(
    p =>
      `<p class="choice"><input type="radio" id="pref-${p}" name="pref" value="${p}"${p === view.preference ? ' checked' : ''}>` +
      ` <label for="pref-${p}">${text(`teacher.pref.${p}`)}</label></p>`
  ).join('');
  const preference = form(
    {f: 'preference'},
    `<fieldset><legend>${text('teacher.preference')}</legend>${choices}</fieldset>` +
      `<p>${text('teacher.prefNote')}</p>` +
      `<button type="submit">${text('teacher.prefSave')}</button>`
  );
  const notice = view.notice ? noticeHtml(view.notice, look) : '';
  const title = view.notice ? NOTICE_TITLE[view.notice.kind] : 'teacher.title';
  return webPage(
    look,
    say(catalogue, language, title),
    notice +
      list('teacher.open', view.open) +
      list('teacher.recent', view.recent) +
      `<h2>${text('teacher.preference')}</h2>` +
      preference,
    'wide'
  );
}

/**
 * The ticket's conversation, oldest first: what the tech wrote (signed with their first name), the
 * requester's own replies, and each step in the words of the status line. Nothing when there is none.
 */
function threadHtml(
  ticket: RequesterTicket,
  look: PageLook,
  anchor: string
): string {
  if (ticket.thread.length === 0) return '';
  const {catalogue} = look;
  const {language} = ticket;
  const text = (key: MessageKey, values: Record<string, string> = {}) =>
    sayHtml(catalogue, language, key, values);
  const words = (raw: string) =>
    `<p class="words"><bdi>${escapeHtml(raw).replace(/\n/g, '<br>')}</bdi></p>`;
  const items = ticket.thread.map(entry => {
    switch (entry.kind) {
      case 'tech':
        return `<li class="from-desk"><p class="who">${text('teacher.threadTech', {name: entry.who})}</p>${words(entry.text)}</li>`;
      case 'requester':
        return `<li class="from-you"><p class="who">${text('teacher.threadYou')}</p>${words(entry.text)}</li>`;
      case 'status':
        return `<li class="step"><p>${escapeHtml(
          statusLine(
            catalogue,
            language,
            standingOf(entry.status, entry.who, look.deskName)
          )
        )}</p></li>`;
    }
  });
  const earlier =
    ticket.earlier > 0
      ? `<p>${text('teacher.threadEarlier', {count: String(ticket.earlier)})}</p>`
      : '';
  return (
    `<h4 id="thread-${anchor}">${text('teacher.thread')}</h4>` +
    earlier +
    `<ol class="thread" aria-labelledby="thread-${anchor}">${items.join('')}</ol>`
  );
}

function noticeHtml(notice: PageNotice, look: PageLook): string {
  const html = (key: MessageKey, values: Record<string, string> = {}) =>
    sayHtml(look.catalogue, look.language, key, values);
  const words = (() => {
    switch (notice.kind) {
      case 'answered':
        return html('teacher.answered', {
          ticketId: notice.ticketId,
          assignee: notice.assignee,
        });
      case 'answerStale':
        return html('teacher.answerStale', {ticketId: notice.ticketId});
      case 'answerEmpty':
        return html('teacher.answerEmpty');
      case 'saved': {
        const plain = (key: MessageKey, values = {}) =>
          say(look.catalogue, look.language, key, values);
        // The desk's own words only: nothing to isolate.
        return escapeHtml(
          plain('teacher.prefSaved', {
            choice: plain(`teacher.pref.${notice.preference}`),
          })
        );
      }
    }
  })();
  return `<p id="message" role="status">${words}</p>`;
}
