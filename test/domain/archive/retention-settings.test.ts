import {parseRetentionSettings} from '../../../src/domain/archive/retention-settings';

describe('record-keeping settings', () => {
  it('keeps delivered Outbox rows 30 days and rolls over on 1 July by default', () => {
    expect(parseRetentionSettings([]).settings).toEqual({
      outboxDaysKept: 30,
      rolloverMonthDay: '07-01',
      archivedThrough: 0,
    });
  });

  it('reads the coordinator’s values and explains the ones it cannot use', () => {
    const parsed = parseRetentionSettings([
      {key: 'Outbox Days Kept', value: '7'},
      {key: 'Rollover Date', value: 'June 30'},
    ]);
    expect(parsed.settings).toEqual({
      outboxDaysKept: 7,
      rolloverMonthDay: '07-01',
      archivedThrough: 0,
    });
    expect(parsed.problems).toEqual([
      'Config "Rollover Date" must be a month and day like 07-01, not "June 30"; using 07-01.',
    ]);
  });
});
