// How often a tech or mentor hears from the desk by email: the Techs tab's Emails column.
import {normalised} from '../text';

/**
 * Every event: each notice at once. Daily (the default): one email a day listing what is theirs,
 * routine notices left out. None: no routine email at all, Chat only. P1 alerts and escalations
 * to Level 2 staff go at once whatever the choice.
 */
export const EMAIL_CHOICES = ['Every event', 'Daily', 'None'] as const;
export type EmailChoice = (typeof EMAIL_CHOICES)[number];
export const DEFAULT_EMAIL_CHOICE: EmailChoice = 'Daily';

export interface ParsedEmailChoice {
  readonly choice: EmailChoice;
  /** Set when the cell holds something else: the coordinator is told, the default applies. */
  readonly problem?: string;
}

/** An Emails cell read back: blank is the default; a typo is flagged and the default used. */
export function parseEmailChoice(cell: string): ParsedEmailChoice {
  const text = normalised(cell);
  if (text === '') return {choice: DEFAULT_EMAIL_CHOICE};
  const choice = EMAIL_CHOICES.find(
    c => normalised(c) === text || normalised(c).split(' ')[0] === text
  );
  return choice
    ? {choice}
    : {
        choice: DEFAULT_EMAIL_CHOICE,
        problem: `Emails must be one of ${EMAIL_CHOICES.join(', ')}, not "${cell.trim()}"; treated as ${DEFAULT_EMAIL_CHOICE}`,
      };
}

/** Whether a routine notice (not P1, not an escalation) goes to this person at once. */
export function hearsEveryEvent(choice: EmailChoice): boolean {
  return choice === 'Every event';
}

/** Whether this person gets the daily email listing what is theirs. */
export function getsDailyEmail(choice: EmailChoice): boolean {
  return choice === 'Daily';
}
