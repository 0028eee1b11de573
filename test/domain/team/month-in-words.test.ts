import {monthInWords} from '../../../src/domain/team/monthly-report';

describe('the month a monthly report names', () => {
  it('is said in words in each language, not as 2026-11', () => {
    expect(monthInWords('2026-11', 'en')).toBe('November 2026');
    expect(monthInWords('2026-11', 'es')).toBe('noviembre de 2026');
    expect(monthInWords('2026-12', 'zh')).toBe('2026年12月');
  });

  it('stays as given for a language code Intl does not take', () => {
    expect(monthInWords('2026-11', 'not a code!')).toBe('2026-11');
  });
});
