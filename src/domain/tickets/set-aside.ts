// Poison inputs: a response or ticket that keeps failing is set aside instead of blocking the rest.

/** Tries before a response or ticket is set aside for the coordinator. */
export const TRIES_BEFORE_SET_ASIDE = 2;
/** Set-aside keys remembered (the newest), so the store stays far below its size limit. */
const REMEMBERED_SET_ASIDE = 200;
const ERROR_LENGTH = 500;

/** What failed so far and what was set aside, as kept between executions. */
export interface FailureLog {
  readonly failures: Readonly<Record<string, number>>;
  readonly setAside: readonly string[];
}

export const EMPTY_FAILURE_LOG: FailureLog = {failures: {}, setAside: []};

export function parseFailureLog(text: string | undefined): FailureLog {
  if (!text) return EMPTY_FAILURE_LOG;
  try {
    const parsed = JSON.parse(text) as Partial<FailureLog>;
    return {
      failures: parsed.failures ?? {},
      setAside: Array.isArray(parsed.setAside) ? parsed.setAside : [],
    };
  } catch {
    return EMPTY_FAILURE_LOG;
  }
}

export function isSetAside(log: FailureLog, key: string): boolean {
  return log.setAside.includes(key);
}

/** The log after one more failure of `key`; `setAside` says whether this one set it aside. */
export function afterFailure(
  log: FailureLog,
  key: string
): {log: FailureLog; setAside: boolean; tries: number} {
  const tries = (log.failures[key] ?? 0) + 1;
  if (tries < TRIES_BEFORE_SET_ASIDE)
    return {
      log: {...log, failures: {...log.failures, [key]: tries}},
      setAside: false,
      tries,
    };
  const failures = {...log.failures};
  delete failures[key];
  return {
    log: {
      failures,
      setAside: [...log.setAside, key].slice(-REMEMBERED_SET_ASIDE),
    },
    setAside: true,
    tries,
  };
}

/** The log once `key` went through: its earlier failure is forgotten. */
export function afterSuccess(log: FailureLog, key: string): FailureLog {
  if (log.failures[key] === undefined) return log;
  const failures = {...log.failures};
  delete failures[key];
  return {...log, failures};
}

/** The Needs Attention line the coordinator reads: what, which, why, and what to do. */
export interface AttentionEntry {
  readonly when: Date;
  readonly item: string;
  readonly key: string;
  readonly error: string;
  readonly whatToDo: string;
}

export function attentionEntry(
  when: Date,
  item: string,
  key: string,
  error: unknown,
  whatToDo: string
): AttentionEntry {
  const message = error instanceof Error ? error.message : String(error);
  return {
    when,
    item,
    key,
    error: message.slice(0, ERROR_LENGTH),
    whatToDo,
  };
}
