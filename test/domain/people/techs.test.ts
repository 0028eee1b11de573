import {
  assigneeEmail,
  firstNameOf,
  parseTechs,
  TechRow,
} from '../../../src/domain/people/techs';

function row(email: string, name: string): TechRow {
  return {
    email,
    name,
    tier: 'Junior Tech',
    skills: 'All',
    campus: 'North',
    mentor: '',
    active: 'yes',
  };
}

describe('the Techs tab', () => {
  const {techs, problems} = parseTechs([
    row('maya.patel@students.example.org', 'Maya Patel'),
    row('sam.lee@students.example.org', 'Sam Lee'),
    row('sam.lee2@students.example.org', 'sam lee'),
  ]);

  it('finds the address an Assignee cell names, by display name or address', () => {
    expect(assigneeEmail(techs, ' maya patel ')).toBe(
      'maya.patel@students.example.org'
    );
    expect(assigneeEmail(techs, 'MAYA.PATEL@students.example.org')).toBe(
      'maya.patel@students.example.org'
    );
    expect(assigneeEmail(techs, 'old.tech@example.org')).toBe(
      'old.tech@example.org'
    );
    expect(assigneeEmail(techs, '')).toBe('');
  });

  it('reports two techs with one display name, since tickets name techs by it', () => {
    expect(problems).toEqual([
      'Techs row 4 (sam.lee2@students.example.org): the display name "sam lee" is also sam.lee@students.example.org\'s; the Tickets tab names techs by display name, so give each a different one (a ticket naming it goes to sam.lee@students.example.org).',
    ]);
    expect(assigneeEmail(techs, 'Sam Lee')).toBe(
      'sam.lee@students.example.org'
    );
  });
});

describe("a tech's Emails choice", () => {
  const parsed = (emails: string | undefined) =>
    parseTechs([{...row('ava@students.example.org', 'Ava'), emails}]);

  it('is Daily when blank or absent (a desk set up before the column existed)', () => {
    expect(parsed('').techs[0].emails).toBe('Daily');
    expect(parsed(undefined).techs[0].emails).toBe('Daily');
    expect(parsed('').problems).toEqual([]);
  });

  it('reads every event, daily and none, in any case', () => {
    expect(parsed(' every EVENT ').techs[0].emails).toBe('Every event');
    expect(parsed('none').techs[0].emails).toBe('None');
    expect(parsed('Daily').techs[0].emails).toBe('Daily');
  });

  it('flags a typo like other Techs problems and keeps the default', () => {
    const {techs, problems} = parsed('dialy');
    expect(techs[0].emails).toBe('Daily');
    expect(problems).toEqual([
      'Techs row 2 (ava@students.example.org): Emails must be one of Every event, Daily, None, not "dialy"; treated as Daily.',
    ]);
  });
});

describe('a first name, for what people outside the desk see', () => {
  it('is the part after the comma of "Surname, First", never the surname', () => {
    expect(firstNameOf('Chen, Ava')).toBe('Ava');
    expect(firstNameOf("O'Brien,  Liam James")).toBe('Liam');
    expect(firstNameOf('Ava Chen')).toBe('Ava');
    expect(firstNameOf('Chen,')).toBe('Chen,');
    expect(firstNameOf('maya.patel@students.example.org')).toBe('Maya');
  });
});
