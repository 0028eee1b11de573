import {TIERS} from '../../../src/domain/people/techs';
import {exampleReference} from '../../support/example-reference';

describe('the example school', () => {
  const reference = exampleReference();

  it('parses without a single problem', () => {
    expect(reference.problems).toEqual([]);
  });

  it('has two campuses, about twelve techs across all tiers, and mentors who are techs', () => {
    expect(reference.config.campuses).toEqual(['North Campus', 'South Campus']);
    expect(reference.techs).toHaveLength(12);
    expect(new Set(reference.techs.map(t => t.tier))).toEqual(
      new Set(Object.values(TIERS))
    );
    const emails = new Set(reference.techs.map(t => t.email));
    for (const junior of reference.techs.filter(t => t.tier === TIERS.junior))
      expect(emails.has(junior.mentor)).toBe(true);
  });

  it('puts only listed techs on the rota, with someone on duty in every period', () => {
    const emails = new Set(reference.techs.map(t => t.email));
    expect(reference.rota.every(slot => emails.has(slot.tech))).toBe(true);
    for (const campus of reference.config.campuses)
      for (const period of reference.periods)
        expect(
          reference.rota.some(
            s =>
              s.campus === campus &&
              s.dayType === period.dayType &&
              s.period === period.period
          )
        ).toBe(true);
  });
});
