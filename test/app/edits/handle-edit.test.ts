// The edit trigger as a dispatcher: each edit reaches the capability that owns the tab, and a tab
// nobody owns costs the trigger nothing.
import {
  activity,
  allCompleted,
  deskWithTwoTickets,
  reportProjectorDown,
  setConfig,
  sheetsRoundTrips,
  TEACHER,
} from '../../support/peer-desk';

const MAYA = 'maya.patel@students.example.org';

describe('handleEdit hands each edit to the capability that owns the tab', () => {
  it('leaves a school’s own tab alone: no line, no mail, no Sheets round trip', () => {
    const ws = deskWithTwoTickets();
    ws.spreadsheet.insertSheet('Lunch duty');
    const linesBefore = activity(ws).length;
    const mailBefore = ws.outbox.length;
    const records = ws.edit('Lunch duty', 'A2', 'Room 114 at noon', {as: MAYA});
    allCompleted(records);
    expect(records.map(sheetsRoundTrips)).toEqual([0]);
    expect(activity(ws)).toHaveLength(linesBefore);
    expect(ws.outbox).toHaveLength(mailBefore);
    expect(ws.sheet('Lunch duty').getRange('A2').getValue()).toBe(
      'Room 114 at noon'
    );
  });

  it('reloads the settings when Config changes: the next email carries the new desk name', () => {
    const ws = deskWithTwoTickets();
    setConfig(ws, 'Desk Name', 'Eagle Tech Crew');
    reportProjectorDown(ws);
    const confirmation = ws.outbox
      .filter(mail => mail.to.includes(TEACHER))
      .at(-1);
    expect(confirmation?.name).toBe('Eagle Tech Crew');
    expect(confirmation?.body).toContain('Eagle Tech Crew');
  });

  it('refreshes the Assignee dropdown when a tech joins the Techs tab', () => {
    const ws = deskWithTwoTickets();
    const techs = ws.sheet('Techs');
    const next = techs.getLastRow() + 1;
    allCompleted(
      ws.edit('Techs', `A${next}:C${next}`, [
        ['noor.haddad@students.example.org', 'Noor Haddad', 'Junior Tech'],
      ])
    );
    const headers = ws
      .sheet('Tickets')
      .getRange(1, 1, 1, ws.sheet('Tickets').getLastColumn())
      .getValues()[0];
    const assignee = ws
      .sheet('Tickets')
      .getRange(2, headers.indexOf('Assignee') + 1)
      .getDataValidation()
      ?.getCriteriaValues()[0];
    expect(assignee).toContain('Noor Haddad');
  });
});
