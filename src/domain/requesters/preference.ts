// How often a requester hears from the desk: every step, only when resolved, or a daily summary.
import {RequesterStep} from '../notifications/messages';
import {normalised} from '../text';

export const PREFERENCES = ['every', 'resolved', 'daily'] as const;
export type Preference = (typeof PREFERENCES)[number];
/**
 * By default a requester hears of their request twice (the receipt, the resolution) and of any
 * question the desk asks them: the desk's notification budget (issue 20).
 */
export const DEFAULT_PREFERENCE: Preference = 'resolved';

/** How the Requesters tab's Notifications column names each choice (the coordinator reads it). */
export const PREFERENCE_WORDS: Readonly<Record<Preference, string>> = {
  every: 'Every step',
  resolved: 'Only when resolved',
  daily: 'Daily summary',
};

/**
 * Which requester emails go out under each choice. The confirmation (the receipt, with this page's
 * link), "we need something from you" and what a tech writes to them always do: the desk cannot
 * go on without the answer.
 */
const SENT: Readonly<Record<Preference, ReadonlySet<RequesterStep>>> = {
  every: new Set<RequesterStep>([
    'confirmation',
    'assigned',
    'waiting',
    'message',
    'escalated',
    'resolved',
  ]),
  resolved: new Set<RequesterStep>([
    'confirmation',
    'waiting',
    'message',
    'resolved',
  ]),
  daily: new Set<RequesterStep>(['confirmation', 'waiting', 'message']),
};

export function sendsStep(
  preference: Preference,
  step: RequesterStep
): boolean {
  return SENT[preference].has(step);
}

export function isPreference(value: string): value is Preference {
  return (PREFERENCES as readonly string[]).includes(value);
}

/** A Notifications cell read back: its words (or the code), else the default. */
export function preferenceFrom(cell: string): Preference {
  const text = normalised(cell);
  return (
    PREFERENCES.find(
      p => p === text || normalised(PREFERENCE_WORDS[p]) === text
    ) ?? DEFAULT_PREFERENCE
  );
}
