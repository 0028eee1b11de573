import {ExecutionRecord} from '../core/execution';
import {instantOf, wallTimeOf} from '../core/zoned-time';
import {UserEditRejected} from '../spreadsheet/user-edit';
import {outOfOffice, replyTo} from '../mail/inbound';
import {hiddenFormBody} from '../web/page-form';
import {Workspace} from '../workspace/workspace';
import {SeededRandom} from './random';
import {Question, requestAnswers} from './requests';

export interface WeekOptions {
  days: number;
  perDay: number;
  seed: number;
  /**
   * The coordinator turns on Email Replies and Email Requests: teachers answer questions by
   * replying (one in five is away first) and one a day emails a request in. `npm start` does.
   */
  conversation?: boolean;
  /** Mix attack strings and huge answers into the requests (default); a demo turns it off. */
  hostile?: boolean;
  /** Hears each school day as the week reaches it: its date (YYYY-MM-DD) and its number. */
  onDay?: (date: string, day: number) => void;
}

export interface WeekResult {
  submissions: number;
  techEdits: number;
  rejectedEdits: string[];
  /** Ratings teachers gave through the links in resolution emails. */
  ratings: number;
  /** Weekdays the school's Config lists as No School Days: nobody submits or works on them. */
  noSchoolDays: string[];
  /** Articles techs proposed from resolved tickets, and those their reviewers published. */
  articlesProposed: number;
  articlesPublished: number;
  /** Tickets teachers resolved themselves with "This fixed it" on a suggested article. */
  deflections: number;
  /** Questions techs wrote to teachers (Message to Requester with Waiting on Requester). */
  questions: number;
  /** Teachers' answers by replying to the question's email, and out-of-office replies before them. */
  emailReplies: number;
  autoReplies: number;
  /** Requests teachers emailed to the desk instead of using the form. */
  emailRequests: number;
  executions: ExecutionRecord[];
}

/** What a tech asks a teacher before going on. */
const QUESTIONS = [
  'Which wall port is the cable plugged into?',
  'Does it happen with every login, or only yours?',
  'Can you leave the device on your desk at lunch so I can take it?',
  'What does the error message say, word for word?',
];

/** What a teacher answers by email. */
const ANSWERS = [
  'The one by the door, labelled B2.',
  'Only mine, the students can log in fine.',
  'Yes, it will be on my desk from 11:30.',
  'It says "Something went wrong, try again later".',
];

/** A request a teacher emails to the desk instead of filling in the form. */
const EMAILED_REQUESTS = [
  {
    subject: 'Printer in the library keeps jamming',
    body: 'The library printer jams on every second page. Can someone look at it?',
  },
  {
    subject: 'Projector will not turn on',
    body: 'The projector in my room shows no signal from the HDMI cable.',
  },
];

const MINUTE = 60_000;
/** The Resolver Role of a ticket the teacher resolved with "This fixed it". */
const SELF_SERVICE = 'Self-Service';
const SCHOOL_DAY = {startMinute: 7 * 60 + 40, endMinute: 15 * 60 + 20};
const TEACHERS = Array.from(
  {length: 40},
  (_, i) => `teacher${i + 1}@school.example`
);

/** What a tech writes when the fix worked, by the ticket's category. */
export const RESOLUTIONS: Record<string, readonly string[]> = {
  Chromebook: [
    'Replaced the charger; battery charging again.',
    'Powerwashed the Chromebook and re-enrolled it.',
    'Swapped in a loaner and sent the cracked unit for repair.',
    'Hard reset (refresh + power); boots to sign-in now.',
  ],
  'Projector or Display': [
    'Reseated the HDMI cable and reset the input; projector working.',
    'Replaced the worn HDMI adapter; no more flicker.',
    'Recalibrated the smart board and changed the pen battery.',
  ],
  'Wi-Fi or Network': [
    'Moved the room to the other access point; connection stable.',
    'Forgot and rejoined the school network; Classroom loads.',
    'Power-cycled the access point in the hallway; signal back.',
  ],
  Printer: [
    'Cleared the paper jam and the print queue.',
    'Re-added the printer on the print server; it is online.',
    'Replaced the empty toner cartridge; prints are dark again.',
  ],
  'Account or Password': [
    'Reset the password and walked the student through sign-in.',
    'Unlocked the account after too many attempts.',
    'Re-registered the phone for two-step codes.',
  ],
  'Device Wipe or Re-enrolment': [
    'Powerwashed the Chromebook and re-enrolled it in the school domain.',
    'Wiped the returned laptop and reinstalled the school image.',
  ],
  'Audio or Video': [
    'Unmuted the output and set the speakers as the default device.',
    'Reconnected the document camera by USB; image back.',
    'Allowed the microphone in Chrome settings.',
  ],
  Software: [
    'Reinstalled the app from the admin console; it opens now.',
    'Cleared the browser cache and signed in again.',
  ],
  Other: ['Restarted the device and checked it with the teacher.'],
};
const GENERIC_RESOLUTION =
  'Restarted the device and checked it with the teacher.';

/** What Level 2 writes when it closes an escalated ticket. */
export const LEVEL_2_RESOLUTIONS: Record<string, string> = {
  Chromebook: 'Level 2: replaced the failed motherboard under warranty.',
  'Projector or Display':
    'Level 2: replaced the projector lamp and updated firmware.',
  'Wi-Fi or Network': 'Level 2: re-patched the room switch port; link up.',
  Printer: 'Level 2: replaced the fuser unit; printer back in service.',
  'Account or Password': 'Level 2: fixed the account in the admin console.',
  'Device Wipe or Re-enrolment':
    'Level 2: re-enrolled the device from the admin console.',
  'Audio or Video': 'Level 2: replaced the amplifier in the ceiling speakers.',
  Software: 'Level 2: pushed a fixed version of the app to the device.',
  Other: 'Level 2: replaced the faulty part.',
};

/** Stars teachers give, mostly 4 and 5, like a desk that usually helps. */
const RATING_WEIGHTS: ReadonlyArray<[number, number]> = [
  [5, 0.55],
  [4, 0.28],
  [3, 0.1],
  [2, 0.04],
  [1, 0.03],
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
  /** The conversation's own draws, so a week without it plays as it always did. */
  private readonly talk: SeededRandom;
  private readonly actions: Action[] = [];
  private readonly planned = new Set<string>();
  private readonly signOffsPlanned = new Set<string>();
  private readonly result: WeekResult = {
    submissions: 0,
    techEdits: 0,
    rejectedEdits: [],
    ratings: 0,
    noSchoolDays: [],
    articlesProposed: 0,
    articlesPublished: 0,
    deflections: 0,
    questions: 0,
    emailReplies: 0,
    autoReplies: 0,
    emailRequests: 0,
    executions: [],
  };
  private readonly level2Planned = new Set<string>();
  private timeZone = '';
  private noSchool = new Set<string>();
  private endMs = Infinity;
  private emailsSeen = 0;
  private readonly questions: Question[];
  private readonly recent: Array<Record<string, string>> = [];

  constructor(
    private readonly ws: Workspace,
    private readonly options: WeekOptions
  ) {
    this.random = new SeededRandom(options.seed);
    this.talk = new SeededRandom(options.seed + 1);
    this.questions = ws.intakeForm().items.map(item => ({
      title: item.title,
      required: item.required,
      choices: item.choices,
    }));
  }

  play(): WeekResult {
    // The school keeps its hours in the spreadsheet's zone, which the desk follows.
    const timeZone = this.ws.spreadsheet.getSpreadsheetTimeZone();
    this.timeZone = timeZone;
    this.noSchool = configuredNoSchoolDays(this.ws);
    if (converses(this.options)) this.coordinatorTurnsOnMail();
    const today = wallTimeOf(this.ws.clock.now(), timeZone);
    let day = withWeekday(today.year, today.month, today.day);
    const schoolDays: string[] = [];
    for (let played = 0; played < this.options.days; day = nextDay(day)) {
      if (day.weekday === 0 || day.weekday === 6) continue;
      played++;
      if (this.noSchool.has(isoDate(day))) {
        this.result.noSchoolDays.push(isoDate(day));
        continue;
      }
      schoolDays.push(isoDate(day));
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
      // One teacher a day emails the desk rather than use the form.
      if (converses(this.options))
        this.schedule(
          instantOf(
            {
              ...day,
              hour: 12,
              minute: this.talk.int(0, 59),
              second: 0,
              millisecond: 0,
            },
            timeZone
          ),
          () => this.teacherEmailsRequest()
        );
    }
    const end = instantOf(
      {...day, hour: 17, minute: 0, second: 0, millisecond: 0},
      timeZone
    );
    this.schedule(end, () => undefined);
    this.endMs = end;
    const reached: string[] = [];
    for (let action = this.takeNext(); action; action = this.takeNext()) {
      const date = isoDate(wallTimeOf(action.at, timeZone));
      if (schoolDays.includes(date) && !reached.includes(date)) {
        reached.push(date);
        this.options.onDay?.(date, schoolDays.indexOf(date) + 1);
      }
      if (action.at > this.ws.clock.now())
        this.record(this.ws.advanceTo(new Date(action.at)));
      action.run();
      this.planWork();
      this.planLevel2();
      this.planSignOffs();
      this.planFromEmails();
    }
    return this.result;
  }

  private schedule(at: number, run: () => void): void {
    if (at <= this.endMs) this.actions.push({at, run});
  }

  /**
   * People act in school hours on school days: work planned for the evening, a weekend or a
   * no-school day waits for the next school morning (and past the week's end, for next week).
   */
  private inSchoolHours(at: number): number {
    const t = wallTimeOf(at, this.timeZone);
    let day = withWeekday(t.year, t.month, t.day);
    const minute = t.hour * 60 + t.minute;
    if (this.isSchoolDay(day) && minute < SCHOOL_DAY.endMinute)
      return minute >= SCHOOL_DAY.startMinute ? at : this.morningOf(day);
    do day = nextDay(day);
    while (!this.isSchoolDay(day));
    return this.morningOf(day);
  }

  private isSchoolDay(day: LocalDay): boolean {
    return (
      day.weekday !== 0 && day.weekday !== 6 && !this.noSchool.has(isoDate(day))
    );
  }

  private morningOf(day: LocalDay): number {
    const minute = SCHOOL_DAY.startMinute + this.random.int(0, 30);
    return instantOf(
      {
        ...day,
        hour: Math.floor(minute / 60),
        minute: minute % 60,
        second: 0,
        millisecond: 0,
      },
      this.timeZone
    );
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
    const answers = requestAnswers(
      this.questions,
      this.random,
      repeat,
      this.options.hostile ?? true
    );
    this.recent.push(answers);
    if (this.recent.length > 10) this.recent.shift();
    this.result.submissions++;
    this.record(this.ws.submitForm(answers, {as: this.random.pick(TEACHERS)}));
  }

  /** Each tech's address by the display name the Tickets tab shows. */
  private techEmails(): Map<string, string> {
    return new Map(
      this.ws
        .table('Techs')
        .map(t => [String(t['Display Name']), String(t['Email'])])
    );
  }

  /** Every assigned ticket nobody has planned yet gets its tech's plan. */
  private planWork(): void {
    const emails = this.techEmails();
    for (const ticket of this.ws.table('Tickets')) {
      const id = String(ticket['Ticket ID']);
      const assignee = String(ticket['Assignee'] ?? '');
      const tech = emails.get(assignee) ?? assignee;
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
      let at = this.inSchoolHours(
        this.ws.clock.now() + this.random.int(3, 30) * MINUTE
      );
      if (this.adultOnly(ticket)) {
        this.schedule(at, () => this.staffApproves(id, ticket));
        at += this.random.int(5, 15) * MINUTE;
      }
      this.schedule(at, () =>
        this.ifStillTheirs(id, tech, {Status: 'In Progress'})
      );
      if (this.random.chance(0.12)) {
        at += this.random.int(5, 20) * MINUTE;
        this.schedule(at, () => this.techAsks(id, tech));
        at = this.inSchoolHours(at + this.random.int(30, 180) * MINUTE);
        this.schedule(at, () =>
          this.ifStillTheirs(id, tech, {Status: 'In Progress'})
        );
      }
      at = this.inSchoolHours(at + this.random.int(5, 90) * MINUTE);
      const escalate = this.random.chance(0.08);
      const category = String(ticket['Category'] ?? '');
      const resolution = escalate
        ? 'Needs Level 2: tried the usual fixes, the fault is still there.'
        : this.random.pick(RESOLUTIONS[category] ?? [GENERIC_RESOLUTION]);
      this.schedule(at, () =>
        this.ifStillTheirs(id, tech, {
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

  /** The coordinator lets teachers answer by email and email requests in (Config). */
  private coordinatorTurnsOnMail(): void {
    const keys = this.ws.table('Config').map(row => row['Key']);
    for (const key of ['Email Replies', 'Email Requests']) {
      const row = keys.indexOf(key) + 2;
      if (row > 1) this.record(this.ws.edit('Config', `B${row}`, 'On'));
    }
  }

  /** The tech asks the teacher a question; the teacher answers by replying (one in five is away first). */
  private techAsks(id: string, tech: string): void {
    const question = this.talk.pick(QUESTIONS);
    const sent = this.ws.outbox.length;
    this.techEdits(id, tech, {
      Status: 'Waiting on Requester',
      'Message to Requester': question,
    });
    const asked = this.ws.outbox
      .slice(sent)
      .find(m => m.subject.startsWith(`[${id}]`) && m.body.includes(question));
    if (!asked) return;
    this.result.questions++;
    if (!converses(this.options)) return;
    const teacher = asked.to[0];
    // The first teacher asked is away: an out-of-office reply comes before the answer.
    if (this.result.autoReplies === 0 || this.talk.chance(0.2)) {
      this.ws.receiveMail(outOfOffice(asked, teacher));
      this.result.autoReplies++;
    }
    this.schedule(
      this.inSchoolHours(
        this.ws.clock.now() + this.random.int(10, 120) * MINUTE
      ),
      () => {
        this.ws.receiveMail(
          replyTo(asked, {
            from: teacher,
            body: this.talk.pick(ANSWERS),
            signature: teacher.split('@')[0],
          })
        );
        this.result.emailReplies++;
      }
    );
  }

  /** Whether Config's Adult-only Categories names the ticket's category (the tech reads Config). */
  private adultOnly(ticket: Record<string, unknown>): boolean {
    const row = this.ws
      .table('Config')
      .find(r => r['Key'] === 'Adult-only Categories');
    return String(row?.['Value'] ?? '')
      .split(',')
      .map(c => c.trim())
      .includes(String(ticket['Category'] ?? ''));
  }

  /** A Level 2 staff member of the ticket's campus approves it, as themselves, before the student starts. */
  private staffApproves(id: string, ticket: Record<string, unknown>): void {
    const staff = this.ws
      .table('Techs')
      .filter(t => t['Tier'] === 'Level 2 Staff' && t['Active'] === 'yes');
    const local = staff.filter(t => t['Campus'] === ticket['Campus']);
    const adult = (local.length > 0 ? local : staff)[0];
    if (!adult) return;
    this.techEdits(id, String(adult['Email']), {'Staff Approval': 'yes'});
  }

  private teacherEmailsRequest(): void {
    const request = this.talk.pick(EMAILED_REQUESTS);
    this.ws.receiveMail({from: this.talk.pick(TEACHERS), ...request});
    this.result.emailRequests++;
  }

  /**
   * Level 2 staff take over each escalated ticket (by hand or by the SLA ladder) on their campus,
   * if they can, and resolve it with a note on what they replaced.
   */
  private planLevel2(): void {
    const staff = this.ws
      .table('Techs')
      .filter(t => t['Tier'] === 'Level 2 Staff' && t['Active'] === 'yes');
    if (staff.length === 0) return;
    for (const ticket of this.ws.table('Tickets')) {
      const id = String(ticket['Ticket ID']);
      if (ticket['Status'] !== 'Escalated' || this.level2Planned.has(id))
        continue;
      this.level2Planned.add(id);
      const local = staff.filter(t => t['Campus'] === ticket['Campus']);
      const tech = String(
        this.random.pick(local.length > 0 ? local : staff)['Email']
      );
      const category = String(ticket['Category'] ?? '');
      // Level 2 are staff: they pick escalations up quickly and stay after the bell to finish.
      let at = this.inSchoolHours(
        this.ws.clock.now() + this.random.int(10, 40) * MINUTE
      );
      this.schedule(at, () =>
        this.techEdits(id, tech, {Assignee: tech, Status: 'In Progress'})
      );
      at += this.random.int(20, 60) * MINUTE;
      this.schedule(at, () =>
        this.techEdits(id, tech, {
          Resolution: LEVEL_2_RESOLUTIONS[category] ?? GENERIC_RESOLUTION,
          'Time Spent (min)': this.random.int(20, 90),
          Status: 'Resolved',
        })
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
        Resolution: this.random.pick(
          RESOLUTIONS['Printer'] ?? [GENERIC_RESOLUTION]
        ),
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
    const emails = this.techEmails();
    for (const ticket of this.ws.table('Tickets')) {
      const id = String(ticket['Ticket ID']);
      const assignee = String(ticket['Assignee'] ?? '');
      const mentor = mentors.get(emails.get(assignee) ?? assignee) ?? '';
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
        ? email.body.match(/from ticket (T-\d+)/)?.[1]
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
      this.followAndPress(link);
      const ticket = this.ws
        .table('Tickets')
        .find(t => t['Ticket ID'] === ticketId);
      if (ticket?.['Resolver Role'] === SELF_SERVICE) this.result.deflections++;
    });
  }

  /** The teacher opens an emailed link (a GET shows the page) and presses its button (a POST); returns what the POST shows. */
  private followAndPress(link: string): string {
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
    return page.content;
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
    const stars = this.random.weighted(
      RATING_WEIGHTS.map(([n]) => n),
      RATING_WEIGHTS.map(([, weight]) => weight)
    );
    const link = links.find(([, n]) => n === String(stars))?.[2] ?? '';
    this.schedule(this.ws.clock.now() + this.random.int(2, 60) * MINUTE, () => {
      // The link shows the stars; the teacher presses the button, which posts them.
      const page = this.followAndPress(link);
      if (page.includes('You rated') || page.includes('Calificó'))
        this.result.ratings++;
    });
  }

  /** The tech works the ticket only while it is still theirs: Level 2 may have taken it over. */
  private ifStillTheirs(
    id: string,
    tech: string,
    fields: Record<string, string | number>
  ): void {
    const ticket = this.ws.table('Tickets').find(t => t['Ticket ID'] === id);
    const assignee = String(ticket?.['Assignee'] ?? '');
    if ((this.techEmails().get(assignee) ?? assignee) !== tech) return;
    this.techEdits(id, tech, fields);
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

/** The example school's Config "No School Days" (yyyy-mm-dd, comma separated). */
function converses(options: WeekOptions): boolean {
  return options.conversation === true;
}

function configuredNoSchoolDays(ws: Workspace): Set<string> {
  const row = ws.table('Config').find(r => r['Key'] === 'No School Days');
  return new Set(
    String(row?.['Value'] ?? '')
      .split(',')
      .map(date => date.trim())
      .filter(date => date !== '')
  );
}

function isoDate(day: LocalDay): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day.year}-${two(day.month)}-${two(day.day)}`;
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
