import {creditOf} from '../../../src/domain/credentials/certification';
import {parseCredentialSettings} from '../../../src/domain/credentials/credential-settings';
import {parseSkillEntry} from '../../../src/domain/people/skill-levels';
import {Tech} from '../../../src/domain/people/techs';
import {DEFAULT_EMAIL_CHOICE} from '../../../src/domain/people/email-choice';

function tech(skills: string[]): Tech {
  const levels = skills.map(s => parseSkillEntry(s).entry);
  return {
    email: 'liam@students.example.org',
    name: 'Liam',
    tier: 'Junior Tech',
    skills: levels.map(l => l.category),
    levels,
    campus: 'North',
    mentor: 'maya@students.example.org',
    active: true,
    emails: DEFAULT_EMAIL_CHOICE,
  };
}

const settings = {signOffsToCertify: 3, practiceCounts: true};

describe('certification by sign-offs', () => {
  it('counts each sign-off and certifies at the Config number', () => {
    expect(
      creditOf(
        tech(['Printer: learning (1 signed off)']),
        'Printer',
        false,
        settings
      )
    ).toEqual({
      before: {category: 'Printer', level: 'learning', signedOff: 1},
      after: {category: 'Printer', level: 'learning', signedOff: 2},
      certified: false,
    });
    expect(
      creditOf(
        tech(['Printer: supervised (2 signed off)']),
        'Printer',
        false,
        settings
      )?.after
    ).toEqual({category: 'Printer', level: 'certified', signedOff: 0});
  });

  it('counts nothing for a certified tech, or for practice when practice does not count', () => {
    expect(
      creditOf(tech(['Printer']), 'Printer', false, settings)
    ).toBeUndefined();
    expect(
      creditOf(tech(['Printer: learning']), 'Printer', true, {
        ...settings,
        practiceCounts: false,
      })
    ).toBeUndefined();
  });

  it('reads its Config rows, naming a value it cannot use', () => {
    expect(
      parseCredentialSettings([
        {key: 'Sign-offs to Certify', value: 'two'},
        {key: 'Practice Counts Toward Certification', value: 'no'},
      ])
    ).toEqual({
      settings: {signOffsToCertify: 3, practiceCounts: false},
      problems: [
        'Config "Sign-offs to Certify" must be a whole number, 1 or more, not "two"; 3 is used.',
      ],
    });
  });
});
