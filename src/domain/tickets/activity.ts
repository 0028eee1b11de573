/** One line of the append-only Activity tab. */
export interface ActivityEntry {
  readonly when: Date;
  readonly ticketId: string;
  readonly field: string;
  readonly oldValue: string;
  readonly newValue: string;
  readonly who: string;
}

export function activityRow(entry: ActivityEntry): (string | Date)[] {
  return [
    entry.when,
    entry.ticketId,
    entry.field,
    entry.oldValue,
    entry.newValue,
    entry.who,
  ];
}
