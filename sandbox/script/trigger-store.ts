import {weekOfYear} from '../core/date-fields';
import {wallTimeOf} from '../core/zoned-time';
import {ClockSchedule, firingsBetween} from './clock-schedule';

export type TriggerEventType =
  'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_OPEN' | 'ON_CHANGE' | 'CLOCK';

export type TriggerSourceName = 'SPREADSHEETS' | 'FORMS' | 'CLOCK';

export interface TriggerRecord {
  readonly uid: string;
  readonly handlerFunction: string;
  readonly eventType: TriggerEventType;
  readonly triggerSource: TriggerSourceName;
  /** The spreadsheet or form id; null for clock triggers, as `getTriggerSourceId()` returns. */
  readonly sourceId: string | null;
  /** The user who installed it: executions of it run as this user. */
  readonly owner: string;
  readonly schedule?: ClockSchedule;
}

export interface ClockFiring {
  readonly trigger: TriggerRecord;
  readonly at: number;
}

/** PLATFORM.md: Trigger events, time-driven. */
export interface TimeDrivenEvent {
  authMode: 'FULL';
  year: number;
  month: number;
  'day-of-month': number;
  /** 1 = Monday … 7 = Sunday. */
  'day-of-week': number;
  hour: number;
  minute: number;
  second: number;
  timezone: string;
  'week-of-year': number;
  triggerUid: string;
}

/** The installed triggers of the script, for every user. Host-side; not counted. */
export class TriggerStore {
  private readonly records: TriggerRecord[] = [];
  private nextUid = 4_034_455;

  list(): TriggerRecord[] {
    return [...this.records];
  }

  ownedBy(user: string): TriggerRecord[] {
    return this.records.filter(record => record.owner === user);
  }

  byUid(uid: string): TriggerRecord | undefined {
    return this.records.find(record => record.uid === uid);
  }

  add(record: Omit<TriggerRecord, 'uid'>): TriggerRecord {
    const stored = {...record, uid: String(this.nextUid++)};
    this.records.push(stored);
    return stored;
  }

  delete(uid: string): void {
    const index = this.records.findIndex(record => record.uid === uid);
    if (index >= 0) this.records.splice(index, 1);
  }

  /** Installed triggers for a spreadsheet or form event, in creation order. */
  forSource(eventType: TriggerEventType, sourceId: string): TriggerRecord[] {
    return this.records.filter(
      record => record.eventType === eventType && record.sourceId === sourceId
    );
  }

  /**
   * Time-driven firings with `fromMs < at <= toMs`, in time order (creation order on ties).
   * One-shot triggers (`after`, `at`) are removed once returned: they fire only once.
   */
  dueBetween(fromMs: number, toMs: number): ClockFiring[] {
    const firings: ClockFiring[] = [];
    for (const trigger of this.records) {
      if (!trigger.schedule) continue;
      for (const at of firingsBetween(trigger.schedule, fromMs, toMs))
        firings.push({trigger, at});
    }
    for (const {trigger} of firings)
      if (trigger.schedule?.kind === 'once') this.delete(trigger.uid);
    return firings.sort((a, b) => a.at - b.at);
  }

  /** The event object a time-driven trigger receives, in the trigger's time zone. */
  timeEvent(trigger: TriggerRecord, at: number): TimeDrivenEvent {
    const timeZone = trigger.schedule?.timeZone ?? 'UTC';
    const p = wallTimeOf(at, timeZone);
    return {
      authMode: 'FULL',
      year: p.year,
      month: p.month,
      'day-of-month': p.day,
      'day-of-week': p.isoWeekday,
      hour: p.hour,
      minute: p.minute,
      second: p.second,
      timezone: timeZone,
      'week-of-year': weekOfYear(p),
      triggerUid: trigger.uid,
    };
  }
}
