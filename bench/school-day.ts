// A school day at Leyden's volume: every trigger execution of 24 hours, summed (the daily trigger-time quota).
import {ExecutionRecord} from '../sandbox/core/execution';
import {PROJECTOR_DOWN} from '../sandbox/simulation/requests';
import {Workspace} from '../sandbox/workspace/workspace';
import {completes, maxModelledMs} from './budget';
import {deskWithClosed, submit} from './desk';
import {BenchOperation} from './operation';

/** Leyden's volume (issue 20): 38 tickets a school day, over a year's ledger (the archive keeps one). */
const TICKETS_PER_DAY = 38;
const YEAR_OF_TICKETS = 7_000;
const OPEN = 60;
const STRAGGLERS = 4;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A third of a consumer account's 90 minutes of trigger time a day (platform.md: Quotas). */
const TRIGGER_MINUTES = 30;

/** The assignee's address, by the display name on the row (Techs tab). */
function assigneeEmail(ws: Workspace, row: number): string | undefined {
  const [header, ...rows] = ws.values('Tickets');
  const name = rows[row - 2]?.[header.indexOf('Assignee')];
  const tech = ws.table('Techs').find(t => t['Display Name'] === name);
  return tech ? String(tech.Email) : undefined;
}

function a1(ws: Workspace, row: number, field: string): string {
  const column = ws.values('Tickets')[0].indexOf(field) + 1;
  return ws.sheet('Tickets').getRange(row, column).getA1Notation();
}

/**
 * One ticket's life as its tech works it in the sheet: In Progress ten minutes after it came, the
 * resolution typed at thirty, Resolved at thirty-five (each an edit trigger).
 */
function worked(
  ws: Workspace,
  row: number,
  at: number
): Array<[number, () => void]> {
  const edit = (field: string, value: string) => () => {
    const tech = assigneeEmail(ws, row);
    if (tech) ws.edit('Tickets', a1(ws, row, field), value, {as: tech});
  };
  return [
    [at + 10 * MINUTE, edit('Status', 'In Progress')],
    [at + 30 * MINUTE, edit('Resolution', 'Reseated the cable')],
    [at + 35 * MINUTE, edit('Status', 'Resolved')],
  ];
}

/**
 * From the Monday morning the desk opens: 38 requests through the school day (about one every
 * nine minutes from 9:20), each worked in the sheet, while the 5-minute sweep, the hourly run and
 * every other installed trigger fire for 24 hours. Measures every execution of the day.
 */
const schoolDay: BenchOperation = {
  name: 'school day',
  sizes: [YEAR_OF_TICKETS],
  budgets: [completes(), maxModelledMs(TRIGGER_MINUTES * MINUTE)],
  async prepare(closed) {
    const ws = deskWithClosed(closed, OPEN, STRAGGLERS);
    return () => {
      const start = ws.now().getTime();
      const first = ws.executions.history.length;
      const pending: Array<[number, () => void]> = [];
      for (let n = 0; n < TICKETS_PER_DAY; n++) {
        const at = start + 5 * MINUTE + n * 9 * MINUTE;
        pending.push([
          at,
          () => {
            submit(ws, {...PROJECTOR_DOWN, Room: String(100 + n)});
            const row = ws.sheet('Tickets').getLastRow();
            pending.push(...worked(ws, row, at));
            pending.sort((a, b) => a[0] - b[0]);
          },
        ]);
      }
      while (pending.length > 0) {
        const [at, act] = pending.shift() as [number, () => void];
        ws.advanceTo(new Date(at));
        act();
      }
      ws.advanceTo(new Date(start + DAY));
      return ws.executions.history.slice(first) as ExecutionRecord[];
    };
  },
};

export const SCHOOL_DAY: BenchOperation[] = [schoolDay];
