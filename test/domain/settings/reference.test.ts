import {
  buildReference,
  ReferenceRows,
} from '../../../src/domain/settings/reference';
import {exampleReferenceRows} from '../../support/example-reference';

type Rows = ReferenceRows[keyof ReferenceRows];

/** The example school with one typo: `change` edits the rows of one tab. */
function problemsWith(
  tab: keyof ReferenceRows,
  change: (rows: Record<string, string>[]) => void
): readonly string[] {
  const rows = exampleReferenceRows();
  const copy = ((rows[tab] ?? []) as Rows & object).map(row => ({...row}));
  change(copy);
  return buildReference({...rows, [tab]: copy}).problems;
}

function configValue(key: string, value: string) {
  return (rows: Record<string, string>[]) => {
    const row = rows.find(r => r.Key === key);
    if (!row) throw new Error(`No Config row ${key}`);
    row.Value = value;
  };
}

describe('configuration checks: the typos a coordinator makes are named', () => {
  it('finds nothing wrong with the example school', () => {
    expect(buildReference(exampleReferenceRows()).problems).toEqual([]);
  });

  it('a tech row with a blank email', () => {
    expect(
      problemsWith('techs', rows => {
        rows[2].Email = '';
      })
    ).toContain(
      'Techs row 4 (Ava Chen) has no Email; that tech gets no tickets until one is filled in.'
    );
  });

  it('Active "maybe"', () => {
    expect(
      problemsWith('techs', rows => {
        rows[0].Active = 'maybe';
      })
    ).toContain(
      'Techs row 2 (maya.patel@students.example.org): Active must be yes or no, not "maybe"; treated as yes.'
    );
  });

  it('a Rota period "two" the Schedule does not have', () => {
    const rows = exampleReferenceRows();
    expect(
      problemsWith('rota', rota => {
        rota[0].Period = 'two';
      })
    ).toEqual([
      `Rota row 2: period "two" is not on the Schedule tab for day type "${rows.rota[0]['Day Type']}", so nobody is on duty from this line.`,
    ]);
  });

  it('an A/B cycle start that is no date, or no school day', () => {
    expect(
      problemsWith('config', configValue('A/B Cycle Start', '2026-02-30'))
    ).toEqual([
      'Config "A/B Cycle Start" must be a date like 2026-08-17, not "2026-02-30"; using 2026-08-17.',
    ]);
    expect(
      problemsWith('config', configValue('A/B Cycle Start', '2026-08-16'))
    ).toEqual([
      'Config "A/B Cycle Start" must be a school day (Monday to Friday), and 2026-08-16 is a Sun; using 2026-08-17.',
    ]);
  });

  it('Campuses emptied', () => {
    expect(problemsWith('config', configValue('Campuses', ''))).toEqual([
      'Config "Campuses" has no items; using the default list.',
    ]);
  });

  it('a Rota tech who is not on the Techs tab', () => {
    const problems = problemsWith('rota', rows => {
      rows[0].Tech = 'Jordan Smith';
    });
    expect(problems).toEqual([
      'Rota row 2: "Jordan Smith" is not on the Techs tab; use a tech\'s Email from there.',
    ]);
  });
});
