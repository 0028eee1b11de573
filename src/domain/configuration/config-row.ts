/** One row of the Config tab: a setting's key, its value and what it does. */
export interface ConfigRow {
  readonly key: string;
  readonly value: string;
  readonly description: string;
}
