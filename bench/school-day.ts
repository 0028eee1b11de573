// A school day at Leyden's volume, start to end of the day: the trigger minutes it costs the owner.
import {TRIGGER_CAUSES} from '../sandbox/core/execution';
import {wallTimeOf} from '../sandbox/core/zoned-time';
import {SchoolWeek} from '../sandbox/simulation/school-week';
import {budget, completes} from './budget';
import {connectChat, exampleDesk, MONDAY_0915} from './desk';
import {Measurement} from './measure';
import {BenchOperation} from './operation';

/** Leyden: about 6,800 tickets over a 180-day school year. */
const LEYDEN_PER_DAY = 38;
/** Issue 20: a third of a consumer account's 90 trigger minutes a day. */
const MAX_TRIGGER_MINUTES = 30;
const DAY_MS = 24 * 3600_000;

const minutes = (m: Measurement) => m.modelledMsBy.slow / 60_000;

/**
 * The simulated school (`npm start`'s week) over two school days at Leyden's volume; measured is
 * the second, Tuesday, midnight to midnight in the school's zone: every trigger execution of it
 * (the sweeps, the hourly runs, form submissions and edits), whose summed time is the owner's
 * trigger runtime that day.
 */
const schoolDay: BenchOperation = {
  name: 'school day, triggers',
  sizes: [LEYDEN_PER_DAY],
  budgets: [
    budget(completes()),
    budget({
      description: `≤ ${MAX_TRIGGER_MINUTES} trigger minutes a school day (slow profile)`,
      check: results => {
        const bad = results.find(r => minutes(r) > MAX_TRIGGER_MINUTES);
        return (
          bad &&
          `${bad.rows} tickets a day: ${minutes(bad).toFixed(1)} trigger minutes (typical ${(bad.modelledMsBy.typical / 60_000).toFixed(1)})`
        );
      },
    }),
  ],
  async prepare(perDay) {
    const ws = exampleDesk();
    connectChat(ws);
    return () => {
      new SchoolWeek(ws, {days: 2, perDay, seed: 1}).play();
      const dateOf = (ms: number) => {
        const t = wallTimeOf(ms, ws.env.timeZone);
        return `${t.year}-${t.month}-${t.day}`;
      };
      const tuesday = dateOf(MONDAY_0915.getTime() + DAY_MS);
      return ws.executions.history.filter(
        r => TRIGGER_CAUSES.has(r.cause) && dateOf(r.startedAt) === tuesday
      );
    };
  },
};

export const SCHOOL_DAY: BenchOperation[] = [schoolDay];
