/**
 * Who an edit came from when Google withholds the editor's address (a person outside the school's
 * Workspace domains: platform.md, Who a script runs as): recorded as this, never guessed.
 */
export const UNKNOWN_EDITOR = 'unknown editor';

/** The Activity tab's "Who" for an editor's address, which may be blank. */
export function editorLabel(email: string): string {
  return email.trim() === '' ? UNKNOWN_EDITOR : email;
}

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
