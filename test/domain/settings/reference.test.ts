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

  describe('the newer tabs, each naming the cell, the value and what the desk does instead', () => {
    it('a Leave row with a blank Tech, and one whose To is before its From', () => {
      const leave = (rows: Record<string, string>[]) => {
        rows.push(
          {Tech: '', From: '2026-12-07', To: '2026-12-08', Reason: 'Trip'},
          {
            Tech: 'maya.patel@students.example.org',
            From: '2026-12-08',
            To: '2026-12-07',
            Reason: '',
          }
        );
      };
      expect(problemsWith('leave', leave)).toEqual([
        'Leave row 2: Tech is blank, so this leave (From "2026-12-07", To "2026-12-08") applies to nobody; type a tech\'s Email from the Techs tab.',
        'Leave row 3 (maya.patel@students.example.org): To (2026-12-07) is before From (2026-12-08), so this leave covers no time.',
      ]);
    });

    it('an emptied Roles tab', () => {
      expect(problemsWith('roles', rows => rows.splice(0))).toContain(
        "The Roles tab lists no roles; the team page and monthly reports show each tech's tier instead."
      );
    });

    it('a Knowledge Base row with an unknown Status or Language', () => {
      const problems = problemsWith('knowledgeBase', rows => {
        rows[0].Status = 'Publshed';
        rows[1].Language = 'Klingon';
      });
      const rows = exampleReferenceRows().knowledgeBase;
      expect(problems).toEqual([
        `Knowledge Base row 2 ("${rows[0].Title}"): Status must be Draft or Published, not "Publshed"; the article is not suggested.`,
        `Knowledge Base row 3 ("${rows[1].Title}"): Language "Klingon" is not one the desk speaks; the article is read as English.`,
      ]);
    });

    it('a Skills cell naming a category Config does not list', () => {
      const problems = problemsWith('techs', rows => {
        rows[0].Skills = 'Projecter, Chromebook: expert';
      });
      expect(problems).toEqual([
        'Techs row 2 (maya.patel@students.example.org): level "expert" for Chromebook is not one of learning, supervised, certified; treated as learning.',
        'Techs (maya.patel@students.example.org): Skills names "Projecter", which is not one of Config\'s Categories; no ticket is routed to maya.patel@students.example.org by it.',
      ]);
    });
  });
});
