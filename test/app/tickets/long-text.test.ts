import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  activity,
  allCompleted,
  chicago,
  completed,
  connectChat,
  exampleDesk,
  PROJECTOR_DOWN,
  SPACE,
  TEACHER,
  tickets,
  ticketCell,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const LEVEL_TWO = 'r.carter@example.org';
// platform.md: Spreadsheets: a cell holds at most 50,000 characters.
const CELL_MAX = 50_000;
const MARKER = /… \[shortened: [\d,]+ more characters in the ticket\]/;

/** A long text as a person might paste it: words and line breaks, `length` characters. */
function longText(length: number, seed = 'Tried'): string {
  const words = `${seed} the HDMI cable, the adapter & "input" <switch>.\n`;
  return words.repeat(Math.ceil(length / words.length)).slice(0, length);
}

/** The longest cell of every tab, as Sheets holds it. */
function longestCell(ws: Workspace): number {
  return Math.max(
    ...ws.spreadsheet.getSheets().flatMap(sheet =>
      ws
        .values(sheet.getName())
        .flat()
        .map(v => String(v).length)
    )
  );
}

function columnA1(ws: Workspace, header: string, row = 2): string {
  const column = ws.values('Tickets')[0].indexOf(header) + 1;
  return ws.sheet('Tickets').getRange(row, column).getA1Notation();
}

function deskWithReport(details: string): Workspace {
  const ws = exampleDesk();
  connectChat(ws);
  allCompleted(
    ws.submitForm(
      {...PROJECTOR_DOWN, Details: details},
      {as: TEACHER, at: chicago('2026-11-23 09:10')}
    )
  );
  return ws;
}

/** The Outbox's delivery states once the next sweep has folded in the receipts. */
function outboxAfterSweep(ws: Workspace): unknown[] {
  completed(ws.run('sweep'));
  return ws.table('Outbox').map(r => r.Status);
}

function chatTexts(ws: Workspace): string {
  return JSON.stringify(ws.services.chat.messages(SPACE));
}

describe.each([49_990, 50_000])('a %d-character text', length => {
  it('from the form stays whole in the ticket; the emails and the Outbox carry it shortened', () => {
    const details = longText(length);
    const ws = deskWithReport(details);
    expect(tickets(ws)[0].Details).toBe(details);
    const assigned = ws.outbox.find(m => m.to.includes(LIAM));
    expect(assigned?.body).toMatch(MARKER);
    expect(assigned?.htmlBody).toMatch(MARKER);
    expect(outboxAfterSweep(ws)).toEqual(['Sent']);
    expect(longestCell(ws)).toBeLessThanOrEqual(CELL_MAX);
  });

  it('typed as a Resolution stays whole, and every later edit of the ticket still works', () => {
    const ws = deskWithReport('HDMI plugged in, still blue screen');
    const notes = longText(length);
    allCompleted(
      ws.edit('Tickets', columnA1(ws, 'Resolution'), notes, {as: LIAM})
    );
    expect(tickets(ws)[0].Resolution).toBe(notes);
    expect(String(tickets(ws)[0].Tracked).length).toBeLessThan(5_000);
    allCompleted(
      ws.edit('Tickets', columnA1(ws, 'Time Spent (min)'), '20', {as: LIAM})
    );
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status'), 'Resolved', {as: LIAM})
    );
    expect(tickets(ws)[0]).toMatchObject({
      Status: 'Resolved',
      'Time Spent (min)': 20,
      Resolution: notes,
    });
    const resolved = ws.outbox.find(m => m.subject.includes('Resolved'));
    expect(resolved?.body).toMatch(MARKER);
    // A change near the end of the long text is still seen and logged.
    const changed = `${notes.slice(0, -1)}!`;
    allCompleted(
      ws.edit('Tickets', columnA1(ws, 'Resolution'), changed, {as: LIAM})
    );
    expect(activity(ws).filter(l => l.includes(' Resolution: '))).toHaveLength(
      2
    );
    expect(longestCell(ws)).toBeLessThanOrEqual(CELL_MAX);
  });

  it('in Details and Resolution escalates by hand: Level 2 gets it shortened by email and in Chat', () => {
    const ws = deskWithReport(longText(length, 'Details'));
    allCompleted(
      ws.edit('Tickets', columnA1(ws, 'Resolution'), longText(length), {
        as: LIAM,
      })
    );
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status'), 'Escalated', {as: LIAM})
    );
    expect(tickets(ws)[0].Status).toBe('Escalated');
    const staff = ws.outbox.find(m => m.to.includes(LEVEL_TWO));
    expect(staff?.body).toMatch(MARKER);
    expect(chatTexts(ws)).toMatch(MARKER);
    expect(outboxAfterSweep(ws)).toEqual(['Sent', 'Sent']);
    expect(longestCell(ws)).toBeLessThanOrEqual(CELL_MAX);
  });

  it('in a forgotten ticket goes up the SLA ladder in the sweep', () => {
    const ws = deskWithReport(longText(length, 'Details'));
    allCompleted(
      ws.edit('Tickets', columnA1(ws, 'Resolution'), longText(length), {
        as: LIAM,
      })
    );
    ws.advanceTo(chicago('2026-11-23 13:00')).forEach(completed);
    expect(tickets(ws)[0].Status).toBe('Escalated');
    expect(ws.outbox.some(m => m.to.includes(LEVEL_TWO))).toBe(true);
    expect(new Set(outboxAfterSweep(ws))).toEqual(new Set(['Sent']));
    expect(longestCell(ws)).toBeLessThanOrEqual(CELL_MAX);
  });
});
