// A dropdown a capability asks setup to put on one of its tab's columns.

/** Lists that come from the desk's settings, filled in by setup when it lays the dropdown. */
export type SettingsList =
  'categories from Config' | 'active techs by name' | 'techs by email';

/**
 * One column's dropdown: a fixed list, or a list from the settings. Dropdowns warn rather than
 * reject, so a value typed another way still reaches the edit trigger, which decides.
 */
export interface ColumnDropdown {
  readonly tab: string;
  readonly header: string;
  readonly values: readonly string[] | SettingsList;
  readonly help: string;
}
