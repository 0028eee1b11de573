import {
  allCompleted,
  chicago,
  exampleDesk,
  PROJECTOR_DOWN,
  reportProjectorDown,
  TEACHER,
  tickets,
} from '../../support/peer-desk';

const OTHER = 'b.lee@school.example';
const MAYA = 'maya.patel@students.example.org';
const sweeps = (
  records: ReturnType<ReturnType<typeof exampleDesk>['advanceTo']>
) => records.filter(r => r.functionName === 'sweep');

describe('a poison input is set aside and never blocks the others', () => {
  it('a response that fails twice goes to Needs Attention with its error; the others get tickets', () => {
    const ws = exampleDesk();
    ws.advanceTo(chicago('2026-11-23 09:10'));
    ws.faults.failWritesContaining('POISON');
    const [failed] = ws.submitForm(
      {...PROJECTOR_DOWN, Details: 'POISON in the details'},
      {as: TEACHER}
    );
    expect(failed.outcome).toBe('failed');
    allCompleted(ws.submitForm({...PROJECTOR_DOWN, Room: '300'}, {as: OTHER}));
    // A third response whose trigger never ran waits behind the poison for the sweep.
    ws.faults.killAtCall(1);
    ws.submitForm({...PROJECTOR_DOWN, Room: '301'}, {as: 'c@school.example'});

    const runs = sweeps(ws.advanceTo(chicago('2026-11-23 10:10')));
    expect(runs.length).toBeGreaterThanOrEqual(10);
    allCompleted(runs);
    expect(tickets(ws).map(t => t.Room)).toEqual(['300', '301']);
    expect(ws.table('Needs Attention')).toEqual([
      {
        When: expect.any(Date),
        Item: `Form response from ${TEACHER}: Projector shows no signal`,
        Key: expect.stringMatching(/\S/),
        Error: expect.stringContaining(
          'Service Spreadsheets failed while accessing document with id'
        ),
        'What To Do': expect.stringContaining('Tried 2 times and set aside'),
      },
    ]);
    expect(ws.outbox.filter(m => m.to.includes(TEACHER))).toEqual([]);
  });

  it('a ticket row that fails twice is set aside; the queue behind it is assigned', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws, '2026-11-23 07:40');
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, Campus: 'South Campus', Room: '300'},
        {as: OTHER, at: chicago('2026-11-23 07:41')}
      )
    );
    // At 08:00 the North ticket goes to Maya Patel: every write naming her fails.
    ws.faults.failWritesContaining(MAYA);
    allCompleted(sweeps(ws.advanceTo(chicago('2026-11-23 08:30'))));
    expect(tickets(ws).map(t => [t['Ticket ID'], t.Status])).toEqual([
      ['T-000001', 'New'],
      ['T-000002', 'Assigned'],
    ]);
    expect(ws.table('Needs Attention').map(r => [r.Item, r.Key])).toEqual([
      ['Ticket T-000001', 'T-000001'],
    ]);
  });

  it('one 50,000-character answer never stops the sweep', () => {
    const ws = exampleDesk();
    ws.advanceTo(chicago('2026-11-23 09:10'));
    ws.submitForm(
      {...PROJECTOR_DOWN, Details: 'x'.repeat(50_000)},
      {as: TEACHER}
    );
    ws.faults.killAtCall(1);
    ws.submitForm({...PROJECTOR_DOWN, Room: '301'}, {as: OTHER});
    allCompleted(sweeps(ws.advanceTo(chicago('2026-11-23 10:10'))));
    expect(tickets(ws).map(t => t.Room)).toContain('301');
    const longOne =
      tickets(ws).filter(t => t.Requester === TEACHER).length +
      (ws.spreadsheet.getSheetByName('Needs Attention')
        ? ws.table('Needs Attention').length
        : 0);
    expect(longOne).toBe(1);
  });
});
