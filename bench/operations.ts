import {
  budget,
  completes,
  flatCellsRead,
  flatRoundTrips,
  maxAllRoundTrips,
  maxCellsRead,
  maxModelledMs,
  maxRoundTrips,
  target,
} from './budget';
import {PROJECTOR_DOWN} from '../sandbox/simulation/requests';
import {
  connectChat,
  deskWithLedger,
  LIVE_ROWS,
  markCaughtUp,
  markResolved,
  mondayAt,
  startAt,
  submit,
  TEACHER,
} from './desk';
import {BenchOperation} from './operation';
import {FLAT_COST} from './flat-cost';
import {SCHOOL_DAY} from './school-day';

/** Leyden's ledger after three school years (20,500 tickets) is the headline size. */
const LEDGER_SIZES = [1_000, 20_500, 100_000];
const SIX_MINUTES = 6 * 60_000;

/**
 * A teacher submits the intake form into a ledger of N tickets (cache warm, as in a school day).
 * Five trips: the ledger's last rows (intake-window.ts), the Outbox row, the ticket row, its
 * record, the flush before the lock is released; its Activity lines are left to the sweep. The
 * window is 500 rows before the last ticket intake made, so the cells read do not grow with N.
 */
const formSubmission: BenchOperation = {
  name: 'form submission',
  sizes: LEDGER_SIZES,
  budgets: [
    budget(completes()),
    budget(maxRoundTrips('SpreadsheetApp', 5)),
    budget(flatRoundTrips('SpreadsheetApp')),
    budget(maxCellsRead(12_000)),
    budget(maxModelledMs(SIX_MINUTES)),
    target(maxAllRoundTrips(12)),
    target(maxRoundTrips('SpreadsheetApp', 4)),
    budget(flatCellsRead(1)),
    target(maxModelledMs(1_000)),
  ],
  async prepare(rows) {
    const ws = deskWithLedger(rows);
    submit(ws, {...PROJECTOR_DOWN, Room: '101', 'Short summary': 'Warm-up'});
    return () => {
      startAt(ws, mondayAt(30));
      return submit(ws, {
        ...PROJECTOR_DOWN,
        Room: '330',
        Category: 'Chromebook',
      });
    };
  },
};

/**
 * The assignee moves an open ticket to In Progress in a ledger of N tickets. Three trips: the row
 * read, the row written (owing its Activity line, which the sweep writes), the flush.
 */
const statusEdit: BenchOperation = {
  name: 'status edit',
  sizes: LEDGER_SIZES,
  budgets: [
    budget(completes()),
    budget(maxRoundTrips('SpreadsheetApp', 3)),
    budget(flatRoundTrips('SpreadsheetApp')),
    budget(maxModelledMs(SIX_MINUTES)),
  ],
  async prepare(rows) {
    const ws = deskWithLedger(rows);
    const header = ws.values('Tickets')[0];
    const [ticket] = ws.table('Tickets');
    const statusColumn = header.indexOf('Status') + 1;
    const a1 = ws.sheet('Tickets').getRange(2, statusColumn).getA1Notation();
    const tech = ws
      .table('Techs')
      .find(t => t['Display Name'] === ticket.Assignee);
    return () => {
      startAt(ws, mondayAt(30));
      return ws.edit('Tickets', a1, 'In Progress', {as: String(tech?.Email)});
    };
  },
};

/**
 * A sweep without its index of live rows (as after a sort or a deletion, or with more live rows
 * than a Script Property holds: here one ticket in ten is open) over a ledger of N tickets, on a
 * connected desk whose ladder has caught up (a sweep every 5 minutes keeps it so: the open
 * tickets, older than any target, are already escalated): every row read, every open ticket's
 * SLA clock and due times, the rungs and the outbox. With the index the sweeps read only live
 * rows ("sweep, N closed", "first sweep, N closed").
 */
const sweep: BenchOperation = {
  name: 'sweep',
  sizes: LEDGER_SIZES,
  budgets: [
    budget(completes()),
    budget(maxRoundTrips('SpreadsheetApp', 20)),
    budget(flatRoundTrips('SpreadsheetApp')),
    budget(maxModelledMs(SIX_MINUTES / 4)),
  ],
  async prepare(rows) {
    const ws = deskWithLedger(rows, connectChat);
    markCaughtUp(ws);
    startAt(ws, mondayAt(15));
    ws.run('sweep');
    return () => {
      ws.services.properties.script.delete(LIVE_ROWS);
      startAt(ws, mondayAt(20));
      return [ws.run('sweep')];
    };
  },
};

/**
 * The hourly metrics rebuild over a ledger of N tickets, nine in ten resolved and rated: one read
 * of Tickets, Activity and Recognition, one write of Metrics, Daily and the Dashboard. Its budget
 * was a minute of service time; since the bundle's own CPU counts too (about 19 s at 100,000
 * tickets, measured on an idle machine, service 40 s), it shares the sweep's quarter of the
 * 6-minute limit. The archive keeps a real ledger near one school year (about 7,000 tickets).
 */
const metricsRebuild: BenchOperation = {
  name: 'metrics rebuild',
  sizes: LEDGER_SIZES,
  budgets: [
    budget(completes()),
    budget(flatRoundTrips('SpreadsheetApp')),
    budget(maxModelledMs(SIX_MINUTES / 4)),
  ],
  async prepare(rows) {
    const ws = deskWithLedger(rows);
    markResolved(ws);
    // The first rebuild creates the tabs and records the badges the history earned; the measured
    // one comes an hour later, as the hourly trigger's would.
    startAt(ws, mondayAt(45));
    ws.run('rebuildMetrics');
    return () => {
      startAt(ws, mondayAt(105));
      return [ws.run('rebuildMetrics')];
    };
  },
};

/**
 * A teacher opens their page from the link in an email, in a ledger of N tickets that are all
 * theirs (the worst case: every clone has the same requester). The header row, one TextFinder
 * findAll over the Requester column, and at most two reads of their newest 40 hits: neither round
 * trips nor cells read grow with N. Besides Sheets: one cache read (the settings) and one read of
 * the Script Properties. The TextFinder's settings and the page's HtmlService calls are no round
 * trips (platform.md: what counts as a round trip): 10 before that count, 5 since.
 */
const teacherPage: BenchOperation = {
  name: 'teacher page',
  sizes: [1_000, 20_500],
  budgets: [
    budget(completes()),
    budget(maxRoundTrips('SpreadsheetApp', 6)),
    budget(maxCellsRead(2_500)),
    budget(flatRoundTrips('SpreadsheetApp')),
    budget(maxModelledMs(10_000)),
    budget(maxAllRoundTrips(6)),
  ],
  async prepare(rows) {
    const ws = deskWithLedger(rows);
    const mail = ws.outbox.filter(m => [m.to].flat().includes(TEACHER)).at(-1);
    const link = /^Your requests: (\S+)$/m.exec(mail?.body ?? '')?.[1];
    if (!link) throw new Error('No teacher-page link in the confirmation.');
    const query = new URL(link).search.slice(1);
    return () => {
      startAt(ws, mondayAt(30));
      const {record} = ws.webApp({query});
      return record ? [record] : [];
    };
  },
};

export const OPERATIONS: BenchOperation[] = [
  formSubmission,
  statusEdit,
  sweep,
  metricsRebuild,
  teacherPage,
  ...FLAT_COST,
  ...SCHOOL_DAY,
];
