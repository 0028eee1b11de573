import {chooseAssignee} from '../../../src/domain/people/assignment';
import {onDuty} from '../../../src/domain/people/rota';
import {entry, exampleReference} from '../../support/example-reference';

describe('auto-assignment', () => {
  const reference = exampleReference();
  const slot = {dayType: 'A', period: '1'};
  // The example rota puts Maya Patel and Diego Ramírez on North Campus, A day, period 1.
  const maya = 'maya.patel@students.example.org';
  const diego = 'diego.ramirez@students.example.org';

  it('reads who is on duty from the Rota', () => {
    expect(onDuty(reference.rota, 'North Campus', 'A', '1')).toEqual([
      maya,
      diego,
    ]);
  });

  it('gives the ticket to the on-duty tech with the fewest open tickets', () => {
    const result = chooseAssignee({
      campus: 'North Campus',
      category: 'Chromebook',
      slot,
      techs: reference.techs,
      rota: reference.rota,
      away: new Set<string>(),
      ledger: [
        entry({id: 'T-000001', assignee: maya}),
        entry({id: 'T-000002', assignee: diego, status: 'Closed'}),
      ],
    });
    expect(result.tech?.email).toBe(diego);
    expect(result.note).toBe(
      'Assigned to Diego Ramírez: on duty (North Campus, A day period 1), 0 open tickets.'
    );
  });

  it('breaks ties by round robin: whoever was given a ticket longest ago', () => {
    const ledger = [
      entry({
        id: 'T-000001',
        assignee: maya,
        status: 'Closed',
        createdMs: 1000,
      }),
      entry({
        id: 'T-000002',
        assignee: diego,
        status: 'Closed',
        createdMs: 2000,
      }),
    ];
    const request = {
      campus: 'North Campus',
      category: 'Chromebook',
      slot,
      techs: reference.techs,
      rota: reference.rota,
      away: new Set<string>(),
    };
    expect(chooseAssignee({...request, ledger}).tech?.email).toBe(maya);
    expect(
      chooseAssignee({
        ...request,
        ledger: [
          ...ledger,
          entry({
            id: 'T-000003',
            assignee: maya,
            status: 'Closed',
            createdMs: 3000,
          }),
        ],
      }).tech?.email
    ).toBe(diego);
  });

  it('only considers techs whose skills cover the category', () => {
    // Diego has no Printer skill; Maya has All.
    const result = chooseAssignee({
      campus: 'North Campus',
      category: 'Printer',
      slot,
      techs: reference.techs,
      rota: reference.rota,
      away: new Set<string>(),
      ledger: [
        entry({assignee: maya}),
        entry({id: 'T-000002', assignee: maya}),
      ],
    });
    expect(result.tech?.email).toBe(maya);
  });

  it('leaves the ticket waiting with the reason when nobody can take it', () => {
    expect(
      chooseAssignee({
        campus: 'North Campus',
        category: 'Chromebook',
        slot: {
          dayType: undefined,
          period: undefined,
          reason:
            '07:30 on A day 2026-08-17 is outside the bell periods in Schedule.',
        },
        techs: reference.techs,
        rota: reference.rota,
        away: new Set<string>(),
        ledger: [],
      })
    ).toEqual({
      tech: undefined,
      note: 'Waiting: nobody on duty. 07:30 on A day 2026-08-17 is outside the bell periods in Schedule.',
    });
    expect(
      chooseAssignee({
        campus: 'East Campus',
        category: 'Chromebook',
        slot,
        techs: reference.techs,
        rota: reference.rota,
        away: new Set<string>(),
        ledger: [],
      }).note
    ).toBe(
      'Waiting: no active tech is on the Rota for East Campus, A day period 1.'
    );
  });
});

describe('auto-assignment and leave', () => {
  const reference = exampleReference();
  const maya = 'maya.patel@students.example.org';
  const diego = 'diego.ramirez@students.example.org';
  const request = {
    campus: 'North Campus',
    category: 'Chromebook',
    slot: {dayType: 'A', period: '1'},
    techs: reference.techs,
    rota: reference.rota,
    ledger: [entry({id: 'T-000001', assignee: diego})],
  };

  it('passes over a tech on leave to the next on duty', () => {
    expect(chooseAssignee({...request, away: new Set()}).tech?.email).toBe(
      maya
    );
    expect(
      chooseAssignee({...request, away: new Set([maya])}).tech?.email
    ).toBe(diego);
  });

  it('waits, saying why, when everyone on the Rota is on leave', () => {
    expect(chooseAssignee({...request, away: new Set([maya, diego])})).toEqual({
      tech: undefined,
      note: 'Waiting: everyone on the Rota for North Campus, A day period 1 is on leave.',
    });
  });
});
