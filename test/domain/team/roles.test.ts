import {
  DEFAULT_ROLES,
  parseRoles,
  roleOf,
  roleRow,
} from '../../../src/domain/team/roles';
import {exampleReference} from '../../support/example-reference';

describe('the Roles tab', () => {
  const rows = (cells: readonly (readonly string[])[]) =>
    cells.map(([name, tier, responsibilities, hours]) => ({
      name,
      tier,
      responsibilities,
      hours,
    }));

  it('reads back the seeded roles, and maps each tech to the first role of their tier', () => {
    const {roles, problems} = parseRoles(rows(DEFAULT_ROLES.map(roleRow)));
    expect(problems).toEqual([]);
    expect(roles).toEqual(DEFAULT_ROLES);
    const [maya, , ava] = exampleReference().techs;
    expect(roleOf(maya, roles)?.name).toBe('Senior Mentor');
    expect(roleOf(ava, roles)?.name).toBe('Junior Tech Assistant');
  });

  it('names a role whose tier or hours it cannot read', () => {
    const {roles, problems} = parseRoles(
      rows([
        ['Helper', 'Wizard', 'Helps', '2'],
        ['Buddy', 'junior tech', 'Buddies', 'lots'],
      ])
    );
    expect(roles).toEqual([
      {
        name: 'Buddy',
        tier: 'Junior Tech',
        responsibilities: 'Buddies',
        hoursPerWeek: undefined,
      },
    ]);
    expect(problems).toEqual([
      'Roles row 2 (Helper): Tier must be one of Junior Tech, Senior Mentor, Level 2 Staff, not "Wizard"; this role is left out.',
      'Roles row 3 (Buddy): Expected Hours per Week must be a number, not "lots"; shown as blank.',
    ]);
  });
});
