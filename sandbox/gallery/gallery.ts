// One sample of every requester email, tech email and rating page state, in every shipped language.
import {SHIPPED_CATALOGUE} from '../../src/domain/languages/catalogue';
import {DEFAULT_DESK_COLOUR} from '../../src/domain/notifications/colour';
import {SHIPPED_LANGUAGES} from '../../src/domain/languages/language';
import {
  assignedEmail,
  assigneeEmail,
  confirmationEmail,
  escalatedEmail,
  resolvedEmail,
  Sender,
  staffEmail,
  waitingEmail,
} from '../../src/domain/notifications/messages';
import {PageOutcome, ratingPage} from '../../src/domain/ratings/rating-page';

export interface Sample {
  /** `<template>-<language>`, the screenshot's name. */
  readonly name: string;
  readonly html: string;
}

const sender: Sender = {
  deskName: 'Lincoln High Tech Desk',
  colour: DEFAULT_DESK_COLOUR,
  catalogue: SHIPPED_CATALOGUE,
};

const ticket = {
  id: 'T-000042',
  summary: 'Projector shows "No signal" <HDMI>',
  details: 'Tried another cable. Error on https://support.example.org/hdmi',
  priority: 'P2',
  campus: 'North Campus',
  room: '214',
  category: 'Projector or Display',
  assetTag: '',
  requester: 'r.garcia@example.org',
};

const article = {
  category: 'Projector or Display',
  keywords: ['hdmi'],
  title: 'Projector shows "No signal"',
  steps: 'Check both ends of the HDMI cable, then press Input on the remote.',
  language: 'en',
};

const RATING_LINKS = [1, 2, 3, 4, 5].map(
  n => `https://script.google.com/macros/s/EXAMPLE/exec?t=T-000042&r=${n}`
);

function requesterSamples(language: string): Sample[] {
  const base = {sender, language, ticket};
  const emails = {
    confirmation: confirmationEmail({
      ...base,
      standing: {kind: 'assigned', assignee: 'Maya'},
      duplicateOf: '',
      articles: [article],
    }),
    'confirmation-next-duty': confirmationEmail({
      ...base,
      standing: {
        kind: 'nextDuty',
        duty: {date: '2026-11-24', weekday: 'Tue', time: '10:50', today: false},
      },
      duplicateOf: 'T-000041',
      articles: [],
    }),
    assigned: assignedEmail({...base, assignee: 'Maya'}),
    waiting: waitingEmail({
      ...base,
      assigneeName: 'Maya',
      assigneeEmail: 'maya.patel@students.example.org',
    }),
    escalated: escalatedEmail(base),
    resolved: resolvedEmail({
      ...base,
      resolution: 'Replaced the HDMI cable; the picture is back.',
      resolver: 'Maya',
      ratingLinks: RATING_LINKS,
    }),
  };
  return Object.entries(emails).map(([template, mail]) => ({
    name: `${template}-${language}`,
    html: mail.htmlBody,
  }));
}

function techSamples(): Sample[] {
  const rowUrl =
    'https://docs.google.com/spreadsheets/d/EXAMPLE/edit#gid=0&range=A5';
  return [
    {
      name: 'tech-assigned-en',
      html: assigneeEmail({
        sender,
        ticket,
        to: 'maya.patel@students.example.org',
        assignmentNote: 'Assigned to Maya Patel: on duty, 1 open ticket(s).',
        sheetUrl: 'https://docs.google.com/spreadsheets/d/EXAMPLE/edit',
      }).htmlBody,
    },
    {
      name: 'tech-escalated-en',
      html: staffEmail({
        notice: 'escalatedByHand',
        sender,
        ticket,
        to: 'it.staff@example.org',
        values: {
          editor: 'Maya Patel',
          rowUrl,
          resolution: 'Swapped the cable; still no signal.',
          activity: '2026-11-23 10:02 Status: New → Assigned',
        },
      }).htmlBody,
    },
  ];
}

const PAGE_STATES: Readonly<Record<string, PageOutcome>> = {
  confirm: {
    kind: 'confirm',
    rating: 4,
    action: 'https://example.org/exec',
    fields: {f: 'rate'},
  },
  rated: {
    kind: 'rated',
    rating: 4,
    commentAction: 'https://example.org/exec',
    commentFields: {f: 'comment'},
  },
  commented: {kind: 'commented'},
  forged: {kind: 'refused', reason: 'forged'},
  used: {kind: 'refused', reason: 'used'},
  stale: {kind: 'refused', reason: 'stale'},
};

function pageSamples(language: string): Sample[] {
  const look = {
    catalogue: SHIPPED_CATALOGUE,
    language,
    deskName: sender.deskName,
    colour: sender.colour,
  };
  return Object.entries(PAGE_STATES).map(([state, outcome]) => ({
    name: `rating-page-${state}-${language}`,
    html: ratingPage(look, 'T-000042', outcome).html,
  }));
}

/** Every email template and rating page state, in every shipped language. */
export function gallery(): Sample[] {
  return [
    ...SHIPPED_LANGUAGES.flatMap(l => [
      ...requesterSamples(l.code),
      ...pageSamples(l.code),
    ]),
    ...techSamples(),
  ];
}
