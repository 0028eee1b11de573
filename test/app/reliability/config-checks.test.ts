import {allCompleted, exampleDesk} from '../../support/peer-desk';

const COORDINATOR = 'coordinator@school.example';

function cellOf(
  ws: ReturnType<typeof exampleDesk>,
  tab: string,
  row: number,
  header: string
): string {
  const column = ws.values(tab)[0].indexOf(header) + 1;
  return ws.sheet(tab).getRange(row, column).getA1Notation();
}

describe('a configuration typo is named at once, and by Set up or repair', () => {
  it('a Rota tech who is not on the Techs tab', () => {
    const ws = exampleDesk();
    allCompleted(
      ws.edit('Rota', cellOf(ws, 'Rota', 2, 'Tech'), 'Jordan Smith', {
        as: COORDINATOR,
      })
    );
    const check =
      'Check: Rota row 2: "Jordan Smith" is not on the Techs tab; use a tech\'s Email from there.';
    expect(ws.spreadsheet.toasts.at(-1)?.message).toContain(check);
    allCompleted([ws.run('setupDesk')]);
    expect(ws.spreadsheet.toasts.at(-1)).toMatchObject({
      title: 'Peer Desk setup',
      message: expect.stringContaining(check),
    });
  });

  it('Active "maybe" on the Techs tab', () => {
    const ws = exampleDesk();
    allCompleted(
      ws.edit('Techs', cellOf(ws, 'Techs', 2, 'Active'), 'maybe', {
        as: COORDINATOR,
      })
    );
    expect(ws.spreadsheet.toasts.at(-1)?.message).toContain(
      'Active must be yes or no, not "maybe"; treated as yes.'
    );
  });

  it('a Training scenario with an unknown category or no summary', () => {
    const ws = exampleDesk();
    allCompleted(
      ws.edit('Training', cellOf(ws, 'Training', 2, 'Category'), 'Printers', {
        as: COORDINATOR,
      })
    );
    expect(ws.spreadsheet.toasts.at(-1)).toMatchObject({
      title: 'Peer Desk Training tab',
      message: expect.stringContaining(
        'Check: Training row 2 ("Printer jam"): Category "Printers" is not one of Config\'s Categories, so a practice ticket issued from it counts towards no tech\'s level in any category; choose one of '
      ),
    });
    allCompleted(
      ws.edit('Training', cellOf(ws, 'Training', 3, 'Summary'), '', {
        as: COORDINATOR,
      })
    );
    expect(ws.spreadsheet.toasts.at(-1)?.message).toContain(
      'Check: Training row 3 ("Projector with no signal"): Summary is blank, so this scenario cannot be issued; type the problem as a requester would report it.'
    );
  });
});
