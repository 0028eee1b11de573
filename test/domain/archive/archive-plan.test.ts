import {
  activityToMove,
  planArchive,
} from '../../../src/domain/archive/archive-plan';
import {graduating} from '../../../src/domain/archive/roster-rollover';
import {schoolYearOf} from '../../../src/domain/archive/school-year';

describe('school years', () => {
  it('start on the rollover month-day', () => {
    expect(schoolYearOf('2027-06-30', '07-01')).toEqual({
      label: '2026-27',
      start: '2026-07-01',
      end: '2027-07-01',
    });
    expect(schoolYearOf('2027-07-01', '07-01').label).toBe('2027-28');
    expect(schoolYearOf('2099-12-31', '08-15').label).toBe('2099-00');
  });
});

describe('what the archive moves', () => {
  const current = schoolYearOf('2028-09-01', '07-01');
  it('takes closed tickets of past years, oldest year first, and leaves open, undated and this year’s', () => {
    const plan = planArchive(
      [
        {id: 'T-1', status: 'Closed', createdDate: '2026-11-23'},
        {id: 'T-2', status: 'In Progress', createdDate: '2026-11-24'},
        {id: 'T-3', status: 'Closed', createdDate: '2027-09-01'},
        {id: 'T-4', status: 'Closed', createdDate: ''},
        {id: 'T-5', status: 'Closed', createdDate: '2028-07-01'},
        {id: 'T-6', status: 'Resolved', createdDate: '2027-09-02'},
        {id: 'T-7', status: 'Closed', createdDate: '2027-09-03'},
      ],
      current,
      '07-01'
    );
    expect(plan.years.map(y => [y.year.label, y.rows])).toEqual([
      ['2026-27', [0]],
      ['2027-28', [2, 6]],
    ]);
    expect([...plan.ids]).toEqual(['T-1', 'T-3', 'T-7']);
    expect(plan.ledgerRows).toEqual([0, 2, 6]);
  });

  it('takes the moving tickets’ Activity lines, in order', () => {
    expect(
      activityToMove(
        ['T-1', 'T-1', 'T-2', 'T-3', 'T-1'],
        new Set(['T-1', 'T-3'])
      )
    ).toEqual([0, 1, 3, 4]);
  });
});

describe('the roster rollover', () => {
  it('graduates active techs of this class or earlier; staff and later classes stay', () => {
    expect(
      graduating(
        [
          {email: 'a', classOf: '2027', active: 'yes'},
          {email: 'b', classOf: '2028', active: 'yes'},
          {email: 'c', classOf: '', active: 'yes'},
          {email: 'd', classOf: '2026', active: 'yes'},
          {email: 'e', classOf: '2026', active: 'no'},
        ],
        2027
      )
    ).toEqual([0, 3]);
  });
});
