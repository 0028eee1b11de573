// One sample of every requester email, tech email, rating, Knowledge Base and team page state, and monthly report, in every shipped language.
import {SHIPPED_CATALOGUE} from '../../src/domain/languages/catalogue';
import {DEFAULT_DESK_COLOUR} from '../../src/domain/configuration/colour';
import {SHIPPED_LANGUAGES} from '../../src/domain/languages/language';
import {Sender} from '../../src/domain/notifications/messages';
import {
  assignedEmail,
  confirmationEmail,
  escalatedEmail,
  resolvedEmail,
  messageEmail,
  waitingEmail,
} from '../../src/domain/notifications/requester-emails';
import {
  answeredEmail,
  assigneeEmail,
  selfServiceEmail,
  staffEmail,
} from '../../src/domain/notifications/tech-emails';
import {PageOutcome, ratingPage} from '../../src/domain/ratings/rating-page';
import {RequesterTicket} from '../../src/domain/requesters/requester-tickets';
import {dailySummaryEmail} from '../../src/domain/requesters/summary-email';
import {
  teacherPage,
  TeacherPageView,
} from '../../src/domain/requesters/teacher-page';
import {monthlyReportEmail} from '../../src/domain/team/monthly-report';
import {dailyEmail} from '../../src/domain/notifications/daily-email';
import {teamPage} from '../../src/domain/team/team-page';
import {TeamView} from '../../src/domain/team/team-view';
import {Tech, TIERS} from '../../src/domain/people/techs';
import {DEFAULT_EMAIL_CHOICE} from '../../src/domain/people/email-choice';
import {LEVELS} from '../../src/domain/people/skill-levels';
import {
  FixedOutcome,
  fixedPage,
  knowledgeBasePage,
} from '../../src/domain/knowledge/knowledge-pages';
import {PageLook} from '../../src/domain/web/page';
import {threadSidebar} from '../../src/domain/conversation/thread-view';
import {weeklyDigest} from '../../src/domain/metrics/digest';
import {WeekFigures} from '../../src/domain/metrics/leader-figures';
import {proposalEmail} from '../../src/domain/knowledge/proposal';
import {chatOffEmail} from '../../src/domain/notifications/chat-off-notice';

export interface Sample {
  /** `<template>-<language>`, the screenshot's name. */
  readonly name: string;
  readonly html: string;
}

const sender: Sender = {
  deskName: 'Lincoln High Tech Desk',
  colour: DEFAULT_DESK_COLOUR,
  catalogue: SHIPPED_CATALOGUE,
  requesterPage: () =>
    'https://script.google.com/macros/s/EXAMPLE/exec?p=teacher&q=5e41&d=20780&s=EXAMPLE',
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
  screenshots: 'https://drive.google.com/open?id=1AbCdEfGhIjKlMnOp',
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
      links: {
        fixed: () =>
          'https://script.google.com/macros/s/EXAMPLE/exec?p=fixed&t=T-000042',
        knowledgeBase: `https://script.google.com/macros/s/EXAMPLE/exec?p=kb&l=${language}`,
      },
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
      question: {
        assigneeName: 'Maya',
        text: 'Is the projector on the left or the right of the board?',
      },
    }),
    message: messageEmail({
      ...base,
      message: {assigneeName: 'Maya', text: 'I will come by at 10:50.'},
      standing: {kind: 'assigned', assignee: 'Maya'},
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
        assignmentNote: 'Assigned to Maya Patel: on duty, 1 open ticket.',
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
    {
      name: 'tech-self-service-en',
      html: selfServiceEmail({
        sender,
        ticket,
        to: 'maya.patel@students.example.org',
        article: article.title,
        rowUrl,
      }).htmlBody,
    },
    {
      name: 'tech-answered-en',
      html: answeredEmail({
        resumed: true,
        sender,
        ticket,
        to: 'maya.patel@students.example.org',
        answer: 'It is the wall port by the door, not the desk one.',
        rowUrl,
      }).htmlBody,
    },
    {name: 'tech-daily-en', html: dailySample().htmlBody},
  ];
}

/** A mentor's daily email with every section filled: theirs, their juniors', sign-offs owed. */
function dailySample() {
  const at = (local: string) => Date.parse(`${local}:00-06:00`);
  const theirs = (id: string, status: string, summary: string) => ({
    ticket: {
      id,
      status,
      priority: 'P3',
      summary,
      category: 'Projector or Display',
      assignee: 'Maya Patel',
      createdMs: at('2026-11-23T09:10'),
      resolveDueMs: at('2026-11-24T14:00'),
      resolvedMs: undefined,
      signedOff: false,
    },
  });
  const juniors = (id: string, status: string, summary: string) => ({
    ...theirs(id, status, summary),
    techName: "Liam O'Brien",
  });
  return dailyEmail({
    sender,
    to: 'maya.patel@students.example.org',
    list: {
      dueSoon: [theirs('T-000041', 'In Progress', ticket.summary)],
      fresh: [theirs('T-000044', 'Assigned', 'Display flickers during class')],
      open: [theirs('T-000039', 'In Progress', 'Smart board pen not working')],
      waiting: [theirs('T-000035', 'Waiting on Requester', 'Printer offline')],
      juniors: [juniors('T-000045', 'Assigned', 'Printer jammed')],
      signOffs: [juniors('T-000030', 'Resolved', 'Printing comes out blank')],
    },
    dateWords: 'Tuesday 24 November 2026',
    nowMs: at('2026-11-24T08:30'),
    sheetUrl: 'https://docs.google.com/spreadsheets/d/EXAMPLE/edit',
  });
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

function lookIn(language: string): PageLook {
  return {
    catalogue: SHIPPED_CATALOGUE,
    language,
    deskName: sender.deskName,
    colour: sender.colour,
  };
}

function pageSamples(language: string): Sample[] {
  return Object.entries(PAGE_STATES).map(([state, outcome]) => ({
    name: `rating-page-${state}-${language}`,
    html: ratingPage(lookIn(language), 'T-000042', outcome).html,
  }));
}

const TEAM: TeamView = {
  members: [
    {firstName: 'Maya', role: 'Senior Mentor', skills: [{skill: 'All'}]},
    {
      firstName: 'Liam',
      role: 'Junior Tech Assistant',
      skills: [{skill: 'Projector or Display'}, {skill: 'Printer'}],
    },
  ],
  duty: [
    {
      campus: 'North Campus',
      now: {today: true, weekday: 'Mon', time: '08:55', firstNames: ['Liam']},
      next: {today: true, weekday: 'Mon', time: '09:50', firstNames: ['Maya']},
    },
    {
      campus: 'South Campus',
      now: undefined,
      next: {today: false, weekday: 'Tue', time: '08:00', firstNames: ['Zoe']},
    },
  ],
};

function teamSample(language: string): Sample {
  const look = {
    catalogue: SHIPPED_CATALOGUE,
    language,
    deskName: sender.deskName,
    colour: sender.colour,
  };
  return {
    name: `team-page-${language}`,
    html: teamPage(look, TEAM, {
      formUrl: 'https://docs.google.com/forms/d/e/EXAMPLE/viewform',
      pageUrl: 'https://script.google.com/macros/s/EXAMPLE/exec?p=team',
    }).html,
  };
}

const tech = (
  email: string,
  name: string,
  tier: Tech['tier'],
  mentor = ''
) => ({
  email,
  name,
  tier,
  skills: ['Projector or Display'],
  levels: [
    {category: 'Projector or Display', level: LEVELS.certified, signedOff: 0},
  ],
  campus: 'North Campus',
  mentor,
  active: true,
  emails: DEFAULT_EMAIL_CHOICE,
});

const MAYA = tech('maya@example.org', 'Maya Patel', TIERS.mentor);
const LIAM = tech('liam@example.org', "Liam O'Brien", TIERS.junior, MAYA.email);

function monthlySamples(language: string): Sample[] {
  const input = {
    month: '2026-11',
    techs: [MAYA, LIAM],
    tickets: [
      {resolverEmail: LIAM.email, resolvedDate: '2026-11-23', satisfaction: 5},
    ],
    practice: [{resolverEmail: LIAM.email, resolvedDate: '2026-11-24'}],
    badges: [
      {
        techEmail: LIAM.email,
        title: 'First 10 fixes',
        earnedDate: '2026-11-24',
      },
    ],
    dutyMinutes: new Map([
      [LIAM.email, 1250],
      [MAYA.email, 1500],
    ]),
  };
  return [LIAM, MAYA].map(who => ({
    name: `monthly-${who === MAYA ? 'mentor' : 'tech'}-${language}`,
    html: monthlyReportEmail({sender, language, input, tech: who}).htmlBody,
  }));
}

const FIXED_STATES: Readonly<Record<string, FixedOutcome>> = {
  confirm: {
    kind: 'confirm',
    ticketId: 'T-000042',
    title: article.title,
    steps: `${article.steps}\n\nStill nothing? Restart the projector.`,
    action: 'https://example.org/exec',
    fields: {p: 'fixed'},
  },
  done: {kind: 'done', ticketId: 'T-000042'},
  closed: {kind: 'closed', ticketId: 'T-000042'},
  forged: {kind: 'forged'},
};

/** The "This fixed it" states and the Knowledge Base page listing, searching and finding nothing. */
function knowledgePageSamples(language: string): Sample[] {
  const look = lookIn(language);
  const action = 'https://example.org/exec';
  const kb = (query: string, articles: (typeof article)[], inEnglish = false) =>
    knowledgeBasePage(look, {query, action, found: {articles, inEnglish}}).html;
  return [
    ...Object.entries(FIXED_STATES).map(([state, outcome]) => ({
      name: `fixed-page-${state}-${language}`,
      html: fixedPage(look, outcome).html,
    })),
    {name: `kb-page-all-${language}`, html: kb('', [article, article])},
    {
      name: `kb-page-search-${language}`,
      html: kb('hdmi <no signal>', [article], language !== 'en'),
    },
    {name: `kb-page-none-${language}`, html: kb('laminator', [])},
  ];
}

/** A tech's question, the teacher's answer and the steps between, with hostile words among them. */
const THREAD: RequesterTicket['thread'] = [
  {at: 1, kind: 'status', status: 'In Progress', who: 'Maya'},
  {at: 2, kind: 'status', status: 'Waiting on Requester', who: 'Maya'},
  {
    at: 3,
    kind: 'tech',
    who: 'Maya',
    text: 'Which wall port is the projector plugged into?\nThe label is <b>under</b> the socket.',
  },
  {at: 4, kind: 'requester', text: 'The left one, "B2" — مرحبا'},
  {at: 5, kind: 'status', status: 'In Progress', who: 'Maya'},
  {at: 6, kind: 'tech', who: 'Maya', text: 'Thanks! And is it on HDMI 1 or 2?'},
  {at: 7, kind: 'status', status: 'Waiting on Requester', who: 'Maya'},
];

function requesterTickets(language: string): RequesterTicket[] {
  const common = {
    language,
    articles: [article],
    updatedMs: 0,
    thread: [],
    earlier: 0,
  };
  return [
    {
      ...common,
      id: 'T-000042',
      summary: ticket.summary,
      open: true,
      standing: {kind: 'waiting', assignee: 'Maya'},
      onIt: 'Maya',
      next: 'teacher.next.waiting',
      waiting: true,
      thread: THREAD,
    },
    {
      ...common,
      id: 'T-000043',
      summary: 'Printer in room 118 jams',
      open: true,
      standing: {kind: 'queued'},
      onIt: '',
      next: 'teacher.next.queued',
      waiting: false,
      articles: [],
    },
    {
      ...common,
      id: 'T-000031',
      summary: 'Chromebook will not charge',
      open: false,
      standing: {kind: 'resolved', assignee: 'Liam'},
      onIt: 'Liam',
      next: 'teacher.next.resolved',
      waiting: false,
      thread: [
        {at: 1, kind: 'tech', who: 'Liam', text: 'I swapped the charger.'},
        {at: 2, kind: 'status', status: 'Resolved', who: 'Liam'},
      ],
      earlier: 3,
    },
    {
      ...common,
      id: 'T-000035',
      summary: 'Projector in 214 flickers',
      open: false,
      standing: {kind: 'merged', into: 'T-000031'},
      onIt: 'Liam',
      next: 'teacher.next.merged',
      waiting: false,
      articles: [],
    },
  ];
}

/** The teacher page's states: its requests with an answer box, after an answer or a choice, refused. */
function teacherSamples(language: string): Sample[] {
  const look = {
    catalogue: SHIPPED_CATALOGUE,
    language,
    deskName: sender.deskName,
    colour: sender.colour,
  };
  const tickets = requesterTickets(language);
  const page: TeacherPageView = {
    kind: 'page',
    open: tickets.filter(t => t.open),
    recent: tickets.filter(t => !t.open),
    preference: 'every',
    action: 'https://example.org/exec',
    link: {p: 'teacher', q: '5e41', d: '20780', s: 'EXAMPLE'},
    answers: {'T-000042': {f: 'answer', t: 'T-000042', v: '0', a: 'EXAMPLE'}},
  };
  const states: Readonly<Record<string, TeacherPageView>> = {
    requests: page,
    answered: {
      ...page,
      open: tickets.slice(1, 2),
      notice: {kind: 'answered', ticketId: 'T-000042', assignee: 'Maya'},
    },
    saved: {
      ...page,
      preference: 'daily',
      notice: {kind: 'saved', preference: 'daily'},
    },
    empty: {...page, open: [], recent: []},
    forged: {kind: 'refused', reason: 'forged'},
    stale: {kind: 'refused', reason: 'stale'},
  };
  return [
    ...Object.entries(states).map(([state, view]) => ({
      name: `teacher-page-${state}-${language}`,
      html: teacherPage(look, view).html,
    })),
    {
      name: `daily-summary-${language}`,
      html: dailySummaryEmail({
        sender,
        language,
        to: ticket.requester,
        tickets,
        page: sender.requesterPage?.(ticket.requester),
      }).htmlBody,
    },
  ];
}

/** A school week's figures as a leader reads them. */
function weekOf(
  weekStart: string,
  tickets: number,
  resolved: number
): WeekFigures {
  return {
    weekStart,
    tickets,
    resolved,
    medianResolutionMin: 42,
    p90ResolutionMin: 180,
    studentResolutionRate: 0.8,
    meanSatisfaction: 4.6,
    ratings: 12,
    slaCompliance: 0.92,
    breaches: 2,
    openBreaches: 0,
    escalations: 1,
    studentResolved: Math.round(resolved * 0.8),
    teacherMinutesSaved: 240,
    backlog: 4,
    classMinutesLost: 35,
    deflection: {offered: 14, deflected: 3, rate: 3 / 14},
  };
}

/** The week before a desk's first: nothing opened, resolved or open. */
const NO_WEEK: WeekFigures = {
  ...weekOf('2026-11-23', 0, 0),
  medianResolutionMin: undefined,
  p90ResolutionMin: undefined,
  studentResolutionRate: undefined,
  meanSatisfaction: undefined,
  ratings: 0,
  slaCompliance: undefined,
  breaches: 0,
  escalations: 0,
  studentResolved: 0,
  teacherMinutesSaved: 0,
  backlog: 0,
  classMinutesLost: 0,
  deflection: {offered: 0, deflected: 0, rate: undefined},
};

/** The leaders' weekly digest (a first week, and one with last week to compare), the reviewer's and the coordinator's emails. */
function staffSamples(): Sample[] {
  const sheetUrl = 'https://docs.google.com/spreadsheets/d/EXAMPLE/edit';
  const digest = (lastWeek: WeekFigures) =>
    weeklyDigest({
      deskName: sender.deskName,
      colour: sender.colour,
      to: 'principal@example.org',
      thisWeek: weekOf('2026-11-30', 23, 21),
      lastWeek,
      rooms: [{label: '214', tickets: 3}],
      assets: [{label: 'PRJ-0214', tickets: 3}],
      badges: [
        {
          id: 'resolved-10',
          techEmail: 'maya.patel@students.example.org',
          techName: 'Maya Patel',
          title: '10 tickets resolved',
          earnedMs: 0,
        },
      ],
      recognitionUrl: `${sheetUrl}#gid=7`,
      dashboardUrl: `${sheetUrl}#gid=3`,
      articles: [
        {title: article.title, suggested: 9, helped: 3, helpfulness: 1 / 3},
      ],
    }).htmlBody;
  return [
    {name: 'digest-first-week-en', html: digest(NO_WEEK)},
    {
      name: 'digest-en',
      html: digest({
        ...weekOf('2026-11-23', 19, 18),
        medianResolutionMin: 55,
        slaCompliance: 0.85,
        classMinutesLost: 80,
        backlog: 6,
      }),
    },
    {
      name: 'article-to-review-en',
      html: proposalEmail({
        deskName: sender.deskName,
        colour: sender.colour,
        to: 'mentor@example.org',
        proposer: MAYA,
        article: {
          Title: article.title,
          'Steps or Link': article.steps,
          'Source Ticket': 'T-000042',
        },
        sheetUrl: `${sheetUrl}#gid=2`,
      }).htmlBody,
    },
    {
      name: 'chat-off-en',
      html: chatOffEmail({
        to: 'coordinator@example.org',
        deskName: sender.deskName,
        colour: sender.colour,
        reason: 'Chat answered HTTP 403: webhooks are turned off',
      }).htmlBody,
    },
  ];
}

/** The techs' sidebar of a ticket's conversation: with messages, and before any. */
function threadSidebarSamples(): Sample[] {
  const view = {
    ticketId: 'T-000042',
    summary: ticket.summary,
    entries: THREAD,
    earlier: 2,
  };
  return [
    {
      name: 'tech-thread-sidebar-en',
      html: threadSidebar(lookIn('en'), view).html,
    },
    {
      name: 'tech-thread-sidebar-empty-en',
      html: threadSidebar(lookIn('en'), {...view, entries: [], earlier: 0})
        .html,
    },
  ];
}

/** Every email template, rating, Knowledge Base, teacher and team page state, and monthly report, in every shipped language. */
export function gallery(): Sample[] {
  return [
    ...SHIPPED_LANGUAGES.flatMap(l => [
      ...requesterSamples(l.code),
      ...pageSamples(l.code),
      ...teacherSamples(l.code),
      teamSample(l.code),
      ...monthlySamples(l.code),
      ...knowledgePageSamples(l.code),
    ]),
    ...techSamples(),
    ...threadSidebarSamples(),
    ...staffSamples(),
  ];
}
