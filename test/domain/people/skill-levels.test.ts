import {
  formatSkills,
  levelIn,
  parseSkillEntry,
  withEntry,
} from '../../../src/domain/people/skill-levels';
import {parseTechs} from '../../../src/domain/people/techs';

describe('skill levels in the Skills cell', () => {
  it('reads a category alone as certified and "Category: level (n signed off)" as typed', () => {
    expect(parseSkillEntry('Printer')).toEqual({
      entry: {category: 'Printer', level: 'certified', signedOff: 0},
    });
    expect(
      parseSkillEntry(' Projector or Display : Learning (2 signed off)')
    ).toEqual({
      entry: {
        category: 'Projector or Display',
        level: 'learning',
        signedOff: 2,
      },
      problem: undefined,
    });
  });

  it('names a level it does not know and treats it as learning', () => {
    const {techs, problems} = parseTechs([
      {
        email: 'liam@students.example.org',
        name: 'Liam',
        tier: 'Junior Tech',
        skills: 'Chromebook, Printer: expert',
        campus: 'North',
        mentor: '',
        active: 'yes',
      },
    ]);
    expect(techs[0].skills).toEqual(['Chromebook', 'Printer']);
    expect(levelIn(techs[0].levels, 'printer')?.level).toBe('learning');
    expect(problems).toEqual([
      'Techs row 2 (liam@students.example.org): level "expert" for Printer is not one of learning, supervised, certified; treated as learning.',
    ]);
  });

  it('writes levels back the way a coordinator types them, "All" covering every category', () => {
    const entries = [
      parseSkillEntry('Chromebook').entry,
      parseSkillEntry('Printer: learning').entry,
    ];
    const counted = withEntry(entries, {
      category: 'Printer',
      level: 'learning',
      signedOff: 1,
    });
    expect(formatSkills(counted)).toBe(
      'Chromebook, Printer: learning (1 signed off)'
    );
    expect(
      formatSkills(
        withEntry(counted, {
          category: 'Audio or Video',
          level: 'supervised',
          signedOff: 0,
        })
      )
    ).toBe(
      'Chromebook, Printer: learning (1 signed off), Audio or Video: supervised'
    );
    expect(levelIn([parseSkillEntry('All').entry], 'Printer')?.level).toBe(
      'certified'
    );
  });
});
