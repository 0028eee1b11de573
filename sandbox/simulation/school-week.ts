import {ExecutionRecord} from '../core/execution';
import {instantOf, wallTimeOf} from '../core/zoned-time';
import {UserEditRejected} from '../spreadsheet/user-edit';
import {hiddenFormBody} from '../web/page-form';
import {Workspace} from '../workspace/workspace';
import {SeededRandom} from './random';
import {Question, requestAnswers} from './requests';

export interface WeekOptions {
  days: number;
  perDay: number;
  seed: number;
}

export interface WeekResult {
  submissions: number;
  techEdits: number;
  rejectedEdits: string[];
  /** Ratings teachers gave through the links in resolution emails. */
  ratings: number;
  /** Articles techs proposed from resolved tickets, and those their reviewers published. */
  articlesProposed: number;
  articlesPublished: number;
  /** Tickets teachers resolved themselves with "This fixed it" on a suggested article. */
  deflections: number;
  executions: ExecutionRecord[];
}

const MINUTE = 60_000;
/** The Resolver Role of a ticket the teacher resolved with "This fixed it". */
const SELF_SERVICE = 'Self-Service';
const SCHOOL_DAY = {startMinute: 7 * 60 + 40, endMinute: 15 * 60 + 20};
const TEACHERS = Array.from(
  {length: 40},
  (_, i) => `teacher${i + 1}@school.example`
);

const RESOLUTIONS = [
  'Reseated the HDMI cable and reset the input; projector working.',
  'Power-washed the Chromebook and re-enrolled it.',
  'Replaced the charger; battery charging again.',
  'Reset the password and walked the student through sign-in.',
  'Cleared the print queue and removed the paper jam.',
  'Moved the room to the other access point; connection stable.',
];

type Action = {at: number; run: () => void};

/**
 * A school week on the emulator, as people and Google would play it: teachers submit the form
 * through the day, assigned techs pick tickets up, sometimes wait on the teacher, then resolve or
 * escalate them by editing the Tickets sheet; time-driven triggers fire as the clock passes.
 * Some techs propose an article from a fix and their reviewer publishes it; some teachers find
 * a suggested article fixed it and say so.
 */
export class SchoolWeek {
  private readonly random: SeededRandom;
  private readonly actions: Action[] = [];
  private readonly planned = new Set<string>();
  private readonly signOffsPlanned = new Set<string>();
  private readonly result: WeekResult = {
    submissions: 0,
    techEdits: 0,
    rejectedEdits: [],
    ratings: 0,
    articlesProposed: 0,
    articlesPublished: 0,
    deflections: 0,
    executions: [],
  };
  private emailsSeen = 0;
  private readonly questions: Question[];
  private readonly recent: Array<Record<string, string>> = [];

  constructor(
    private readonly ws: Workspace,
    private readonly options: WeekOptions
  ) {
    this.random = new SeededRandom(options.seed);
    this.questions = ws.intakeForm().items.map(item => ({
      title: item.title,
      required: item.required,
      choices: item.choices,
    }));
  }

  play(): WeekResult {
    // The school keeps its hours in the spreadsheet's zone, which the desk follows.
    const timeZone = this.ws.spreadsheet.getSpreadsheetTimeZone();
    const today = wallTimeOf(this.ws.clock.now(), timeZone);
    let day = withWeekday(today.year, today.month, today.day);
    for (let played = 0; played < this.options.days; day = nextDay(day)) {
      if (day.weekday === 0 || day.weekday === 6) continue;
      played++;
      for (let i = 0; i < this.options.perDay; i++) {
        const minute = this.random.int(
          SCHOOL_DAY.startMinute,
          SCHOOL_DAY.endMinute
        );
        const at = instantOf(
          {
            ...day,
            hour: Math.floor(minute / 60),
            minute: minute % 60,
            second: this.random.int(0, 59),
            millisecond: 0,
          },
          timeZone
        );
        this.schedule(at, () => this.teacherSubmits());
      }
    }
    const end = instantOf(
      {...day, hour: 17, minute: 0, second: 0, millisecond: 0},
      timeZone
    );
    this.schedule(end, () => undefined);
    for (let action = this.takeNext(); action; action = this.takeNext()) {
      if (action.at > this.ws.clock.now())
        this.record(this.ws.advanceTo(new Date(action.at)));
      action.run();
      this.planWork();
      this.planSignOffs();
      this.planFromEmails();
    }
    return this.result;
  }

  private schedule(at: number, run: () => void): void {
    this.actions.push({at, run});
  }

  private takeNext(): Action | undefined {
    if (this.actions.length === 0) return undefined;
    let first = 0;
    for (let i = 1; i < this.actions.length; i++) {
      if (this.actions[i].at < this.actions[first].at) first = i;
    }
    return this.actions.splice(first, 1)[0];
  }

  private record(records: ExecutionRecord[]): void {
    this.result.executions.push(...records);
  }

  private teacherSubmits(): void {
    const repeat =
      this.recent.length > 0 && this.random.chance(0.08)
        ? this.random.pick(this.recent)
        : undefined;
    const answers = requestAnswers(this.questions, this.random, repeat);
    this.recent.push(answers);
    if (this.recent.length > 10) this.recent.shift();
    this.result.submissions++;
    this.record(this.ws.submitForm(answers, {as: this.random.pick(TEACHERS)}));
  }

  /** Every assigned ticket nobody has planned yet gets its tech's plan. */
  private planWork(): void {
    for (const ticket of this.ws.table('Tickets')) {
      const id = String(ticket['Ticket ID']);
      const tech = String(ticket['Assignee'] ?? '');
      if (
        !id ||
        !tech ||
        ticket['Status'] !== 'Assigned' ||
        this.planned.has(id)
      )
        continue;
      this.planned.add(id);
      if (ticket['Practice'] === 'yes') {
        this.planPractice(id, tech);
        continue;
      }
      // Some techs forget a ticket: the SLA ladder nudges, warns and escalates it.
      if (this.random.chance(0.1)) continue;
      let at = this.ws.clock.now() + this.random.int(3, 30) * MINUTE;
      this.schedule(at, () =>
        this.techEdits(id, tech, {Status: 'In Progress'})
      );
      if (this.random.chance(0.12)) {
        at += this.random.int(5, 20) * MINUTE;
        this.schedule(at, () =>
          this.techEdits(id, tech, {Status: 'Waiting on Requester'})
        );
        at += this.random.int(30, 180) * MINUTE;
        this.schedule(at, () =>
          this.techEdits(id, tech, {Status: 'In Progress'})
        );
      }
      at += this.random.int(5, 90) * MINUTE;
      const escalate = this.random.chance(0.08);
      const resolution = escalate
        ? 'Needs Level 2: suspected hardware fault after reseat and reset.'
        : this.random.pick(RESOLUTIONS);
      this.schedule(at, () =>
        this.techEdits(id, tech, {
          Resolution: resolution,
          'Time Spent (min)': this.random.int(5, 45),
          Status: escalate ? 'Escalated' : 'Resolved',
        })
      );
      if (!escalate && this.random.chance(0.15))
        this.schedule(at + this.random.int(5, 60) * MINUTE, () =>
          this.techProposes(id, tech)
        );
    }
  }

  /** A junior works a practice ticket in a free period: picks it up, then resolves it. */
  private planPractice(id: string, tech: string): void {
    const start = this.ws.clock.now() + this.random.int(30, 240) * MINUTE;
    this.schedule(start, () =>
      this.techEdits(id, tech, {Status: 'In Progress'})
    );
    this.schedule(start + this.random.int(10, 40) * MINUTE, () =>
      this.techEdits(id, tech, {
        Resolution: this.random.pick(RESOLUTIONS),
        'Time Spent (min)': this.random.int(10, 30),
        Status: 'Resolved',
      })
    );
  }

  /**
   * A mentor reviews each resolved ticket their junior was paired or supervised on (and each
   * practice ticket) and signs it off on the row, as themselves.
   */
  private planSignOffs(): void {
    const mentors = new Map(
      this.ws.table('Techs').map(t => [String(t['Email']), String(t['Mentor'])])
    );
    for (const ticket of this.ws.table('Tickets')) {
      const id = String(ticket['Ticket ID']);
      const mentor = mentors.get(String(ticket['Assignee'] ?? '')) ?? '';
      const asked =
        ticket['Practice'] === 'yes' ||
        String(ticket['Assignment Note']).includes('signs off');
      if (
        !asked ||
        !mentor ||
        ticket['Status'] !== 'Resolved' ||
        ticket['Mentor Sign-off'] !== '' ||
        this.signOffsPlanned.has(id)
      )
        continue;
      this.signOffsPlanned.add(id);
      this.schedule(
        this.ws.clock.now() + this.random.int(10, 60) * MINUTE,
        () => this.techEdits(id, mentor, {'Mentor Sign-off': 'yes'})
      );
    }
  }

  /** The tech selects the resolved ticket's row and picks "Propose article from selected ticket". */
  private techProposes(id: string, tech: string): void {
    const row = this.rowOf(id);
    if (row === undefined) return;
    const before = this.ws.table('Knowledge Base').length;
    this.record(this.ws.open({as: tech}));
    this.ws.select('Tickets', `A${row}`, {as: tech});
    this.record([
      this.ws.clickMenu('Peer Desk', 'Propose article from selected ticket', {
        as: tech,
      }),
    ]);
    if (this.ws.table('Knowledge Base').length > before)
      this.result.articlesProposed++;
  }

  /** The reviewer opens the Knowledge Base tab, finds the draft by its source ticket and publishes it. */
  private reviewerPublishes(sourceTicket: string, reviewer: string): void {
    const [header, ...rows] = this.ws.values('Knowledge Base');
    const index = rows.findIndex(
      row =>
        row[header.indexOf('Source Ticket')] === sourceTicket &&
        row[header.indexOf('Status')] === 'Draft'
    );
    if (index < 0) return;
    const a1 = this.ws
      .sheet('Knowledge Base')
      .getRange(index + 2, header.indexOf('Status') + 1)
      .getA1Notation();
    this.record(
      this.ws.edit('Knowledge Base', a1, 'Published', {as: reviewer})
    );
    this.result.articlesPublished++;
  }

  /** Reacts to new emails: rating links, "This fixed it" links, articles to review. */
  private planFromEmails(): void {
    const emails = this.ws.outbox.slice(this.emailsSeen);
    this.emailsSeen = this.ws.outbox.length;
    for (const email of emails) {
      this.planRating(email.body);
      this.planSelfHelp(email.body);
      const review = email.subject.match(/^Article to review/)
        ? email.body.match(/from (T-\d+)/)?.[1]
        : undefined;
      if (review && email.to[0])
        this.schedule(
          this.ws.clock.now() + this.random.int(30, 240) * MINUTE,
          () => this.reviewerPublishes(review, email.to[0])
        );
    }
  }

  /** Some teachers find a suggested article fixed it: they open its link and press the button. */
  private planSelfHelp(body: string): void {
    const links = [
      ...body.matchAll(/^ {2}[^:\n]+: (https?:\/\/\S+p=fixed\S+)$/gm),
    ];
    if (links.length === 0 || !this.random.chance(0.2)) return;
    const link = this.random.pick(links)[1];
    const ticketId = new URL(link).searchParams.get('t') ?? '';
    this.schedule(this.ws.clock.now() + this.random.int(2, 20) * MINUTE, () => {
      const shown = this.ws.webApp({query: new URL(link).search.slice(1)});
      const page = this.ws.webApp({
        method: 'POST',
        body: hiddenFormBody(shown.content),
      });
      this.record(
        [shown.record, page.record].filter(
          (r): r is ExecutionRecord => r !== undefined
        )
      );
      const ticket = this.ws
        .table('Tickets')
        .find(t => t['Ticket ID'] === ticketId);
      if (ticket?.['Resolver Role'] === SELF_SERVICE) this.result.deflections++;
    });
  }

  private rowOf(id: string): number | undefined {
    const [header, ...rows] = this.ws.values('Tickets');
    const index = rows.findIndex(
      row => row[header.indexOf('Ticket ID')] === id
    );
    return index < 0 ? undefined : index + 2;
  }

  /** Most teachers follow a rating link in their resolution email within the hour. */
  private planRating(body: string): void {
    const links = [...body.matchAll(/^([1-5])[^:\n]*: (https?:\/\/\S+)$/gm)];
    if (links.length !== 5 || !this.random.chance(0.7)) return;
    const link = links[this.random.int(2, 4)][2];
    this.schedule(this.ws.clock.now() + this.random.int(2, 60) * MINUTE, () => {
      // The link shows the stars; the teacher presses the button, which posts them.
      const shown = this.ws.webApp({query: new URL(link).search.slice(1)});
      const page = this.ws.webApp({
        method: 'POST',
        body: hiddenFormBody(shown.content),
      });
      this.record(
        [shown.record, page.record].filter(
          (r): r is ExecutionRecord => r !== undefined
        )
      );
      if (
        page.content.includes('You rated') ||
        page.content.includes('Calificó')
      )
        this.result.ratings++;
    });
  }

  /** The tech finds the ticket's row by ID (rows move when people sort) and types each field. */
  private techEdits(
    id: string,
    tech: string,
    fields: Record<string, string | number>
  ): void {
    const [header, ...rows] = this.ws.values('Tickets');
    const index = rows.findIndex(
      row => row[header.indexOf('Ticket ID')] === id
    );
    if (index < 0) return;
    // The teacher fixed it with an article and the tech was told: nothing left to do.
    if (rows[index][header.indexOf('Resolver Role')] === SELF_SERVICE) return;
    for (const [field, value] of Object.entries(fields)) {
      const column = header.indexOf(field);
      if (column < 0) continue;
      const a1 = this.ws
        .sheet('Tickets')
        .getRange(index + 2, column + 1)
        .getA1Notation();
      try {
        this.result.techEdits++;
        this.record(this.ws.edit('Tickets', a1, value, {as: tech}));
      } catch (error) {
        if (!(error instanceof UserEditRejected)) throw error;
        this.result.rejectedEdits.push(
          `${id} ${field}=${value}: ${error.message}`
        );
      }
    }
  }
}

interface LocalDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

function nextDay(day: LocalDay): LocalDay {
  const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  return withWeekday(
    next.getUTCFullYear(),
    next.getUTCMonth() + 1,
    next.getUTCDate()
  );
}

function withWeekday(year: number, month: number, day: number): LocalDay {
  return {
    year,
    month,
    day,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}
