// The teacher page of the web app (p=teacher): a requester's own requests, their answer box and notification choice.
import {
  isPreference,
  Preference,
  DEFAULT_PREFERENCE,
} from '../../domain/requesters/preference';
import {
  answerPayload,
  requesterKey,
  verifiedTeacherLink,
} from '../../domain/requesters/requester-link';
import {
  pageTickets,
  requesterTicket,
} from '../../domain/requesters/requester-tickets';
import {
  PageNotice,
  teacherPage,
  TeacherPageView,
} from '../../domain/requesters/teacher-page';
import {sameSignature} from '../../domain/ratings/rating';
import {cellText} from '../../domain/tickets/ticket-row';
import {STATUS} from '../../domain/tickets/workflow';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {findTicket} from '../../workspace/ledger/find-tickets';
import {
  requesterPreference,
  setRequesterPreference,
} from '../../workspace/ledger/requesters';
import {withScriptLock} from '../../workspace/services/lock';
import {webAppUrl} from '../../workspace/services/signing';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {TriggerOutbox} from '../notifications/notify';
import {deliverRecorded} from '../notifications/delivery';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {pageLook, servedPage, WebParameters} from '../pages/page-output';
import {linkKeys} from '../setup/teacher-links';
import {recordAnswer} from './requester-answer';
import {requesterRows} from './requester-rows';

type Output = GoogleAppsScript.HTML.HtmlOutput;

/** How the Activity tab names who answered: the requester, through their page. */
const VIA_PAGE = ' (teacher page)';
const ANSWER_MAX = 2000;

/** Which form a POST comes from. */
const FORM = {answer: 'answer', preference: 'preference'} as const;

/** The link's own fields, carried by each form the page shows. */
function linkFields(parameter: WebParameters): Record<string, string> {
  return {
    p: 'teacher',
    q: parameter.q ?? '',
    d: parameter.d ?? '',
    s: parameter.s ?? '',
  };
}

function refused(reason: 'forged' | 'stale'): Output {
  return servedPage(teacherPage(pageLook(''), {kind: 'refused', reason}));
}

/**
 * The page for a verified requester: their tickets found with one search of the Requester column
 * (never a read of the whole ledger), newest first, in the language of their latest ticket.
 */
function shownPage(
  parameter: WebParameters,
  requester: string,
  notice?: PageNotice,
  preference?: Preference
): Output {
  const ss = activeSpreadsheet();
  const reference = referenceOf(loadSnapshot(ss));
  const rows = requesterRows(ss, requester);
  const tickets = pageTickets(
    rows.map(r => r.ticket),
    reference,
    Date.now()
  );
  const sign = linkKeys().sign;
  const token = parameter.q ?? '';
  const answers = Object.fromEntries(
    tickets.open
      .filter(t => t.waiting)
      .map(t => [
        t.id,
        {
          f: FORM.answer,
          t: t.id,
          v: String(t.updatedMs),
          a: sign(answerPayload(token, t.id, t.updatedMs)),
        },
      ])
  );
  const latest = rows.at(-1)?.ticket;
  const view: TeacherPageView = {
    kind: 'page',
    ...tickets,
    preference:
      preference ?? requesterPreference(ss, requester) ?? DEFAULT_PREFERENCE,
    action: webAppUrl() ?? '',
    link: linkFields(parameter),
    answers,
    ...(notice ? {notice} : {}),
  };
  return servedPage(
    teacherPage(pageLook(latest ? cellText(latest.Language) : ''), view)
  );
}

/** The teacher link (GET): shows, never changes anything (mail scanners open links first). */
export function teacherLink(parameter: WebParameters): Output {
  const check = verifiedTeacherLink(parameter, Date.now(), linkKeys());
  if (!check.ok) return refused(check.reason);
  return shownPage(parameter, check.requester);
}

/** The page's forms (POST): the link checked again, then the answer or the choice recorded once. */
export function teacherPost(parameter: WebParameters): Output {
  const check = verifiedTeacherLink(parameter, Date.now(), linkKeys());
  if (!check.ok) return refused(check.reason);
  if (parameter.f === FORM.preference) {
    const choice = parameter.pref ?? '';
    if (!isPreference(choice)) return shownPage(parameter, check.requester);
    withScriptLock(() =>
      setRequesterPreference(
        activeSpreadsheet(),
        check.requester,
        choice,
        new Date()
      )
    );
    return shownPage(
      parameter,
      check.requester,
      {kind: 'saved', preference: choice},
      choice
    );
  }
  if (parameter.f === FORM.answer)
    return shownPage(
      parameter,
      check.requester,
      answer(parameter, check.requester)
    );
  return shownPage(parameter, check.requester);
}

/**
 * Records an answer on a ticket waiting on its requester: the reply on the ticket and in
 * Activity, the ticket back In Progress, and the tech told through the Outbox (held until the
 * change is written, as an edit's notices are). Signed per ticket and per version, so a second
 * press, or a page opened before the ticket changed, answers nothing.
 */
function answer(parameter: WebParameters, requester: string): PageNotice {
  const ticketId = parameter.t ?? '';
  const updatedMs = Number(parameter.v);
  const expected = linkKeys().sign(
    answerPayload(parameter.q ?? '', ticketId, updatedMs)
  );
  if (!sameSignature(expected, parameter.a ?? ''))
    return {kind: 'answerStale', ticketId};
  const text = (parameter.answer ?? '').trim().slice(0, ANSWER_MAX);
  if (text === '') return {kind: 'answerEmpty'};
  const ss = activeSpreadsheet();
  const outbox = new TriggerOutbox(ss);
  const notice = withScriptLock((): PageNotice => {
    const found = findTicket(ss, ticketId);
    if (!found) return {kind: 'answerStale', ticketId};
    const {row} = found;
    const snapshot = loadSnapshot(ss);
    const reference = referenceOf(snapshot);
    const shown = requesterTicket(row.ticket, reference);
    if (
      requesterKey(cellText(row.ticket.Requester)) !== requester ||
      cellText(row.ticket.Status) !== STATUS.waiting ||
      shown.updatedMs !== updatedMs
    )
      return {kind: 'answerStale', ticketId};
    const {activity} = recordAnswer(
      ss,
      found,
      {text, who: `${requester}${VIA_PAGE}`, now: new Date()},
      snapshot,
      outbox
    );
    appendActivity(ss, activity);
    return {
      kind: 'answered',
      ticketId,
      assignee: shown.onIt || reference.config.deskName,
    };
  });
  deliverRecorded(outbox.recorded);
  return notice;
}
