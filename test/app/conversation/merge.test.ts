import {Workspace} from '../../../sandbox/workspace/workspace';
import {killAtEveryCall} from '../../support/kill-matrix';
import {
  requesterPage,
  techSidebar,
  threadItems,
} from '../../support/thread-views';
import {
  activity,
  allCompleted,
  cellOf,
  completed,
  deskWithTwoTickets,
  TEACHER,
  ticket,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const LOPEZ = 'm.lopez@school.example';

/** Liam types T-000001 into T-000002's Merge Into: the second request repeats the first. */
function markDuplicate(ws: Workspace, typed = 'T-000001', id = 'T-000002') {
  allCompleted(
    ws.edit('Tickets', cellOf(ws, id, 'Merge Into'), typed, {as: LIAM})
  );
}

function mergeLines(ws: Workspace): string[] {
  return activity(ws).filter(l => /Merged|Duplicate Of/.test(l));
}

function noteOn(ws: Workspace, id: string): string {
  return ws
    .sheet('Tickets')
    .getRange(cellOf(ws, id, 'Merge Into'))
    .getNote();
}

function resolveFirst(ws: Workspace): void {
  allCompleted(
    ws.edit('Tickets', cellOf(ws, 'T-000001', 'Resolution'), 'New cable.', {
      as: LIAM,
    })
  );
  allCompleted(
    ws.edit('Tickets', cellOf(ws, 'T-000001', 'Status'), 'Resolved', {
      as: LIAM,
    })
  );
}

function resolvedMail(ws: Workspace) {
  return ws.outbox
    .filter(
      m =>
        m.subject.includes('T-000001') && /resolved|resuelto/i.test(m.subject)
    )
    .map(m => [m.to, m.subject]);
}

describe('merging a duplicate ticket', () => {
  it('closes the duplicate as Merged, naming the ticket it joined, and logs both sides', () => {
    const ws = deskWithTwoTickets();
    markDuplicate(ws, ' t-1 ');
    completed(ws.run('sweep'));
    completed(ws.run('sweep'));
    const duplicate = ticket(ws, 'T-000002');
    expect(duplicate.Status).toBe('Merged');
    expect(duplicate['Duplicate Of']).toBe('T-000001');
    expect(duplicate['Merge Into']).toBe('');
    expect(duplicate.Resolution).toBe('Merged into T-000001.');
    expect(ticket(ws, 'T-000001').Status).not.toBe('Merged');
    expect(mergeLines(ws)).toEqual([
      'T-000001 Merged:  → T-000002 (Peer Desk (merge))',
      'T-000002 Status: Assigned → Merged (Peer Desk (merge))',
      'T-000002 Duplicate Of:  → T-000001 (Peer Desk (merge))',
    ]);
  });

  it('tells both requesters once when the survivor is resolved, each in their language', () => {
    const ws = deskWithTwoTickets();
    markDuplicate(ws);
    completed(ws.run('sweep'));
    resolveFirst(ws);
    completed(ws.run('sweep'));
    completed(ws.run('sweep'));
    expect(resolvedMail(ws)).toEqual([
      [[TEACHER], '[T-000001] Resolved: Projector shows no signal'],
      [[LOPEZ], '[T-000001] Resuelto: Projector shows no signal'],
    ]);
  });

  it("joins the duplicate's thread for techs, never for the other requester", () => {
    const ws = deskWithTwoTickets();
    allCompleted(
      ws.edit(
        'Tickets',
        cellOf(ws, 'T-000002', 'Message to Requester'),
        'Is the charging light on?',
        {as: LIAM}
      )
    );
    markDuplicate(ws);
    completed(ws.run('sweep'));
    expect(threadItems(techSidebar(ws, 'T-000001', LIAM), 'T-000001')).toEqual([
      'Liam wrote to the requester: (on T-000002, merged in) Is the charging light on?',
    ]);
    resolveFirst(ws);
    expect(requesterPage(ws, TEACHER)).not.toContain('charging light');
    const theirs = requesterPage(ws, LOPEZ);
    expect(threadItems(theirs, 'T-000002')).toEqual([
      'Liam escribió: Is the charging light on?',
    ]);
    expect(theirs).toContain(
      'Su solicitud trata del mismo problema que el ticket T-000001'
    );
  });

  it('leaves the merged ticket out of the resolved figures', () => {
    const ws = deskWithTwoTickets();
    markDuplicate(ws);
    completed(ws.run('sweep'));
    resolveFirst(ws);
    completed(ws.run('rebuildMetrics'));
    const [header, ...rows] = ws.values('Metrics');
    const of = (id: string) => {
      const row = rows.find(r => r[0] === id)!;
      return {
        status: row[header.indexOf('status')],
        resolved: row[header.indexOf('resolution_wall_min')],
        duplicateOf: row[header.indexOf('duplicate_of')],
      };
    };
    expect(of('T-000002')).toEqual({
      status: 'Merged',
      resolved: '',
      duplicateOf: 'T-000001',
    });
    expect(of('T-000001').resolved).not.toBe('');
  });

  it.each([
    [
      'itself',
      'T-000002',
      'Not merged: a ticket cannot be merged into itself.',
    ],
    [
      'a missing ticket',
      'T-000099',
      'Not merged: "T-000099" is not an open ticket.',
    ],
  ])(
    'refuses a merge into %s with a note, and changes nothing else',
    (_, typed, note) => {
      const ws = deskWithTwoTickets();
      markDuplicate(ws, typed);
      completed(ws.run('sweep'));
      expect(ticket(ws, 'T-000002').Status).toBe('Assigned');
      expect(ticket(ws, 'T-000002')['Merge Into']).toBe('');
      expect(noteOn(ws, 'T-000002')).toContain(note);
      expect(mergeLines(ws)).toEqual([]);
    }
  );

  it('refuses a merge into a resolved ticket', () => {
    const ws = deskWithTwoTickets();
    resolveFirst(ws);
    markDuplicate(ws);
    completed(ws.run('sweep'));
    expect(ticket(ws, 'T-000002').Status).toBe('Assigned');
    expect(noteOn(ws, 'T-000002')).toContain(
      'Not merged: "T-000001" is not an open ticket.'
    );
  });

  it('refuses Merged picked from the Status list, and says how to merge', () => {
    const ws = deskWithTwoTickets();
    allCompleted(
      ws.edit('Tickets', cellOf(ws, 'T-000002', 'Status'), 'Merged', {
        as: LIAM,
      })
    );
    expect(ticket(ws, 'T-000002').Status).toBe('Assigned');
    expect(
      ws
        .sheet('Tickets')
        .getRange(cellOf(ws, 'T-000002', 'Status'))
        .getNote()
    ).toContain('type the ID of the ticket it repeats in Merge Into');
  });

  it('loses and doubles nothing when the sweep that merges is killed at any call', () => {
    const {failures, calls} = killAtEveryCall({
      name: 'merge',
      prepare: () => {
        const ws = deskWithTwoTickets();
        markDuplicate(ws);
        return ws;
      },
      act: ws => [ws.run('sweep')],
      observe: ws => ({
        survivor: ticket(ws, 'T-000001').Merged,
        duplicate: ['Status', 'Duplicate Of', 'Merge Into', 'Resolution'].map(
          f => ticket(ws, 'T-000002')[f]
        ),
        lines: mergeLines(ws),
      }),
    });
    expect(calls).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});
