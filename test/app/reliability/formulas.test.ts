import {
  allCompleted,
  exampleDesk,
  reportProjectorDown,
  sheetsRoundTrips,
  tickets,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const LINK = '=HYPERLINK("https://support.example.org/hdmi","HDMI guide")';

function a1(ws: ReturnType<typeof exampleDesk>, field: string, row = 2) {
  const column = ws.values('Tickets')[0].indexOf(field) + 1;
  return ws.sheet('Tickets').getRange(row, column).getA1Notation();
}

// Rewriting a row with setValues replaces a person's formula (platform.md: Spreadsheets): the
// desk writes only the cells whose value it changes.
describe("the desk keeps a tech's formula", () => {
  it('in Resolution through a status change, a resolution and its stamps', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    allCompleted(ws.edit('Tickets', a1(ws, 'Resolution'), LINK, {as: LIAM}));
    const [inProgress] = ws.edit('Tickets', a1(ws, 'Status'), 'In Progress', {
      as: LIAM,
    });
    allCompleted([inProgress]);
    expect(sheetsRoundTrips(inProgress)).toBeLessThanOrEqual(4);
    allCompleted(ws.edit('Tickets', a1(ws, 'Status'), 'Resolved', {as: LIAM}));
    expect(ws.sheet('Tickets').hostCell(a1(ws, 'Resolution')).formula).toBe(
      LINK
    );
    expect(tickets(ws)[0]).toMatchObject({
      Status: 'Resolved',
      Resolution: 'HDMI guide',
      'Resolved By': LIAM,
    });
  });

  it('in Details while the sweep hands a waiting ticket to the tech on duty', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws, '2026-11-23 07:40');
    allCompleted(ws.edit('Tickets', a1(ws, 'Details'), LINK, {as: LIAM}));
    ws.advanceTo(new Date('2026-11-23T14:06:00Z'));
    expect(tickets(ws)[0]).toMatchObject({Status: 'Assigned'});
    expect(ws.sheet('Tickets').hostCell(a1(ws, 'Details')).formula).toBe(LINK);
  });
});
