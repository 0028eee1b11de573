import {FakeRange, RangeSheet} from '../../../sandbox/spreadsheet/range';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  activity,
  allCompleted,
  chicago,
  exampleDesk,
  reportProjectorDown,
  tickets,
  cellOf,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const FIVE_MINUTES = 5 * 60_000;
const CLOSED = 300;
const DAY_MS = 24 * 60 * 60_000;
const RECORD_TAB = 'Ticket Record';

/**
 * T-000001 (open, assigned to Liam) below 300 tickets closed a month ago, written as a desk that
 * ran for a while leaves them (host writes); then the day's sweeps read every row once and index it.
 */
function deskWithClosedTickets(
  twinAtTop = false,
  closedCount = CLOSED
): Workspace {
  const ws = exampleDesk(chicago('2026-11-23 09:00'));
  reportProjectorDown(ws, '2026-11-23 09:10');
  allCompleted(ws.advance(FIVE_MINUTES));
  const [header, open] = ws.values('Tickets');
  const col = (name: string) => header.indexOf(name);
  const closed = Array.from({length: closedCount}, (_, n) => {
    const row = [...open];
    row[col('Ticket ID')] = `T-${String(500_001 + n)}`;
    row[col('Response Key')] = `old-${n}`;
    row[col('Status')] = 'Closed';
    row[col('Created')] = new Date(
      (open[col('Created')] as Date).getTime() - 30 * DAY_MS + n * 60_000
    );
    row[col('Tracked')] = JSON.stringify({
      ...JSON.parse(String(open[col('Tracked')])),
      Status: 'Closed',
    });
    return row;
  });
  if (twinAtTop) {
    // A second open ticket, reported with the first, sits at the top above the closed ones.
    closed[0] = [...open];
    closed[0][col('Ticket ID')] = 'T-000002';
    closed[0][col('Response Key')] = 'twin';
  }
  const sheet = ws.sheet('Tickets');
  sheet.insertRowsAfter(sheet.getMaxRows(), closedCount);
  sheet
    .getRange(2, 1, closedCount + 1, header.length)
    .setValues([...closed, open]);
  allCompleted(ws.advance(2 * FIVE_MINUTES));
  return ws;
}

/** Row numbers of a tab that sweeps read (values or display values) while `act` runs. */
function ticketRowsRead(
  ws: Workspace,
  act: () => void,
  tab = 'Tickets'
): number[] {
  const rows = new Set<number>();
  const proto = FakeRange.prototype;
  const {getValues, getDisplayValues} = proto;
  const note = (range: FakeRange) => {
    const {sheet} = range as unknown as {sheet: RangeSheet};
    if (
      ws.executions.current()?.functionName !== 'sweep' ||
      sheet.getName() !== tab
    )
      return;
    const area = range.area();
    for (let r = 0; r < area.numRows; r++) rows.add(area.row + r);
  };
  proto.getValues = function (this: FakeRange) {
    note(this);
    return getValues.call(this);
  };
  proto.getDisplayValues = function (this: FakeRange) {
    note(this);
    return getDisplayValues.call(this);
  };
  try {
    act();
  } finally {
    proto.getValues = getValues;
    proto.getDisplayValues = getDisplayValues;
  }
  return [...rows].sort((a, b) => a - b);
}

describe('the sweep reads only the tickets that can change', () => {
  it('writes the ladder of two open tickets far apart on their own rows, not on the closed rows between', () => {
    const ws = deskWithClosedTickets(true);
    const [header, ...rows] = ws.values('Tickets');
    const col = (name: string) => header.indexOf(name);
    const open = rows[CLOSED];
    const closedSteps = rows[1][col('SLA Steps')];
    allCompleted(ws.advance(6 * FIVE_MINUTES));
    const [, ...after] = ws.values('Tickets');
    expect(after[CLOSED][col('SLA Steps')]).not.toBe(open[col('SLA Steps')]);
    expect(after[0][col('SLA Steps')]).toBe(after[CLOSED][col('SLA Steps')]);
    expect(after[1][col('Ticket ID')]).toBe('T-500002');
    expect(after[1][col('SLA Steps')]).toBe(closedSteps);
  });

  it('settles what two open tickets far apart owe on their own rows, not on the closed rows between', () => {
    const ws = deskWithClosedTickets(true);
    const tracked = (id: string) =>
      String(tickets(ws).find(t => t['Ticket ID'] === id)?.Tracked);
    const between = tracked('T-500002');
    for (const id of ['T-000002', 'T-000001'])
      allCompleted(
        ws.edit('Tickets', cellOf(ws, id, 'Status'), 'In Progress', {as: LIAM})
      );
    allCompleted(ws.advance(FIVE_MINUTES));
    expect(tracked('T-500002')).toBe(between);
    for (const id of ['T-000002', 'T-000001']) {
      expect(activity(ws)).toContain(
        `${id} Status: Assigned → In Progress (${LIAM})`
      );
      expect(JSON.parse(tracked(id))).toMatchObject({Status: 'In Progress'});
      expect(tracked(id)).not.toContain('"owed"');
    }
  });

  it('reads the headers and the open ticket, no closed row, once the day has been read', () => {
    const ws = deskWithClosedTickets();
    const read = ticketRowsRead(ws, () =>
      allCompleted(ws.advance(FIVE_MINUTES))
    );
    // The new rows are read open-ended from the index's last row to the grid's end (blank ones too).
    expect(read.filter(row => row <= CLOSED + 2)).toEqual([1, CLOSED + 2]);
  });

  it('keeps the open ticket’s record in step with an edit without reading the record tab', () => {
    const ws = deskWithClosedTickets();
    const room = cellOf(ws, 'T-000001', 'Room');
    allCompleted(ws.edit('Tickets', room, '214', {as: LIAM}));
    const read = ticketRowsRead(
      ws,
      () => allCompleted(ws.advance(FIVE_MINUTES)),
      RECORD_TAB
    );
    expect(read).toEqual([]);
    const record = ws.sheet(RECORD_TAB).getDataRange().getValues();
    const [, text] = record.find(([id]) => id === 'T-000001') ?? [];
    expect(String(JSON.parse(String(text)).Room)).toBe('214');
  });

  it('still finishes an edit whose trigger died after someone sorted the ledger', () => {
    const ws = deskWithClosedTickets();
    // A person sorts the tab newest first: every row moves, the open ticket to row 2.
    const sheet = ws.sheet('Tickets');
    const [, ...rows] = ws.values('Tickets');
    sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows.reverse());
    allCompleted(
      ws.edit(
        'Tickets',
        cellOf(ws, 'T-000001', 'Resolution'),
        'Reseated the cable',
        {
          as: LIAM,
        }
      )
    );
    ws.faults.killAtCall(1);
    const [killed] = ws.edit(
      'Tickets',
      cellOf(ws, 'T-000001', 'Status'),
      'Resolved',
      {
        as: LIAM,
      }
    );
    expect(killed.outcome).toBe('killed');
    allCompleted(ws.advance(2 * FIVE_MINUTES));
    expect(activity(ws)).toContain(
      `T-000001 Status: Assigned → Resolved (${LIAM})`
    );
    expect(tickets(ws)[0]['Resolved At']).toBeInstanceOf(Date);
    expect(tickets(ws)).toHaveLength(CLOSED + 1);
    expect(activity(ws).filter(line => line.includes('restored'))).toEqual([]);
  });

  it('restores a closed ticket whose row was deleted, though no open row moved', () => {
    const ws = deskWithClosedTickets();
    ws.sheet('Tickets').deleteRow(CLOSED + 1);
    allCompleted(ws.advance(FIVE_MINUTES));
    expect(tickets(ws).map(t => t['Ticket ID'])).toContain(
      `T-${500_000 + CLOSED}`
    );
    expect(tickets(ws)).toHaveLength(CLOSED + 1);
  });

  it('reads every row again after someone edits a closed ticket, so its record follows', () => {
    const ws = deskWithClosedTickets();
    const id = `T-${500_000 + 9}`;
    allCompleted(
      ws.edit('Tickets', cellOf(ws, id, 'Resolution'), 'Replaced the bulb', {
        as: LIAM,
      })
    );
    const read = ticketRowsRead(ws, () =>
      allCompleted(ws.advance(FIVE_MINUTES))
    );
    expect(read).toContain(10);
    const record = ws.table('Ticket Record').find(r => r['Ticket ID'] === id);
    expect(String(record?.Record)).toContain('Replaced the bulb');
  });

  it('checks one slice of 2,000 closed rows at each day’s first sweep, round the whole tab', () => {
    const closed = 2_500;
    const ws = deskWithClosedTickets(false, closed);
    const firstSweepRows = (day: string) => {
      ws.advanceTo(new Date(chicago(`${day} 23:50`).getTime() - DAY_MS));
      return ticketRowsRead(ws, () =>
        allCompleted(ws.advanceTo(chicago(`${day} 00:10`)))
      ).filter(row => row <= closed + 2);
    };
    const span = (first: number, last: number) =>
      Array.from({length: last - first + 1}, (_, i) => first + i);
    expect(firstSweepRows('2026-11-24')).toEqual([
      1,
      ...span(2, 2001),
      closed + 2,
    ]);
    expect(firstSweepRows('2026-11-25')).toEqual([
      1,
      ...span(2002, closed + 2),
    ]);
    expect(firstSweepRows('2026-11-26')).toEqual([
      1,
      ...span(2, 2001),
      closed + 2,
    ]);
  });

  it('finds a pasted-over closed ticket at the first sweep of the next day, and finishes it', () => {
    const ws = deskWithClosedTickets();
    const header = ws.values('Tickets')[0];
    const resolution = ws
      .sheet('Tickets')
      .getRange(10, header.indexOf('Resolution') + 1)
      .getA1Notation();
    ws.faults.killAtCall(1);
    ws.edit('Tickets', resolution, [['Replaced the bulb']], {as: LIAM});
    allCompleted(ws.advance(FIVE_MINUTES));
    const id = `T-${500_000 + 9}`;
    expect(activity(ws).some(line => line.startsWith(`${id} Resolution`))).toBe(
      false
    );
    allCompleted(ws.advanceTo(chicago('2026-11-24 07:15')));
    expect(activity(ws).some(line => line.startsWith(`${id} Resolution`))).toBe(
      true
    );
  });
});
