import {parseConfig} from '../../../src/domain/configuration/config';

describe('parseConfig', () => {
  it('gives the defaults for an empty Config tab, with no problems', () => {
    const {config, problems} = parseConfig([]);
    expect(problems).toEqual([]);
    expect(config.campuses).toEqual(['Main Campus']);
    expect(config.dayTypeMode).toBe('weekdays');
    expect(config.duplicateWindowMinutes).toBe(120);
  });

  it('reads the coordinator’s values', () => {
    const {config} = parseConfig([
      {key: 'Campuses', value: 'North Campus, South Campus'},
      {key: 'Day Types', value: 'A/B'},
      {key: 'Default Language', value: 'Español'},
    ]);
    expect(config.campuses).toEqual(['North Campus', 'South Campus']);
    expect(config.dayTypeMode).toBe('A/B');
    expect(config.defaultLanguage).toBe('es');
  });

  it('explains each unusable value and falls back to its default', () => {
    const {config, problems} = parseConfig([
      {key: 'Duplicate Window (minutes)', value: 'two hours'},
      {key: 'Day Types', value: 'odd/even'},
    ]);
    expect(config.duplicateWindowMinutes).toBe(120);
    expect(problems).toEqual([
      'Config "Day Types" must be "weekdays" or "A/B", not "odd/even"; using weekdays.',
      'Config "Duplicate Window (minutes)" must be a number of minutes (0 or more), not "two hours"; using 120.',
    ]);
  });
});
