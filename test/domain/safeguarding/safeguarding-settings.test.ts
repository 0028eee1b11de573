import {parseSafeguardingSettings} from '../../../src/domain/safeguarding/safeguarding-settings';
import {adultOnlyReason} from '../../../src/domain/safeguarding/staff-approval';

const CATEGORIES = ['Chromebook', 'Account or Password', 'Printer'];

describe('Config: work that needs an adult', () => {
  it('takes the adult-only categories as the Categories spell them, and names one that is not a category', () => {
    const {settings, problems} = parseSafeguardingSettings(
      [{key: 'Adult-only Categories', value: 'account or password, Wipes'}],
      CATEGORIES
    );
    expect(settings.adultOnlyCategories).toEqual(['Account or Password']);
    expect(problems).toEqual([
      'Config "Adult-only Categories" names "Wipes", which is not one of the Categories; it is ignored.',
    ]);
  });

  it('finds a word at the start of a word only: "wipe" in "wiped", not in "swiped"', () => {
    const {settings} = parseSafeguardingSettings([], CATEGORIES);
    const reason = (summary: string) =>
      adultOnlyReason(settings, {category: 'Chromebook', summary, details: ''});
    expect(reason('Chromebook was wiped by mistake')).toBe('wipe');
    expect(reason('Card swiped twice at the cafeteria')).toBeUndefined();
    expect(reason('Forgot my PASSWORD')).toBe('password');
    expect(
      adultOnlyReason(settings, {
        category: 'Account or Password',
        summary: 'Locked out',
        details: '',
      })
    ).toBe('Account or Password');
  });

  it('needs no adult for anything when the coordinator empties both lists', () => {
    const {settings, problems} = parseSafeguardingSettings(
      [
        {key: 'Adult-only Categories', value: ''},
        {key: 'Adult-only Words', value: ''},
      ],
      CATEGORIES
    );
    expect(problems).toEqual([]);
    expect(
      adultOnlyReason(settings, {
        category: 'Account or Password',
        summary: 'Forgot password',
        details: '',
      })
    ).toBeUndefined();
  });
});
