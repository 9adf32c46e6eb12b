import { isoCivilDay } from '../time/civil-day';
import type { CaseState } from './case-state';

/** Why a case is on the "this week" list: its window opens, closes soon, or has closed. */
export type ThisWeekReason = 'opens' | 'closes' | 'overdue';

export interface ThisWeekCase {
  id: string;
  reason: ThisWeekReason;
  /** The day that puts it there (opening or closing day, ISO). */
  day: string;
  /** Days from today to that day: 1..7 for 'opens', 0..N for 'closes', negative for 'overdue'. */
  days: number;
}

export interface ThisWeekInput {
  id: string;
  state: CaseState | null;
}

export interface ThisWeek {
  opens: ThisWeekCase[];
  closes: ThisWeekCase[];
  overdue: ThisWeekCase[];
}

/** "This week": the seven days from tomorrow, in which a window that opens makes a case fileable. */
export const WEEK_DAYS = 7;
export const DEFAULT_CLOSE_WITHIN_DAYS = 14;
export const MAX_CLOSE_WITHIN_DAYS = 365;

/** A setting read from storage, made a whole number of days within bounds (else the default). */
export function closeWithinDays(value: unknown): number {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= MAX_CLOSE_WITHIN_DAYS
    ? value
    : DEFAULT_CLOSE_WITHIN_DAYS;
}

/**
 * The cases that need the agent this week, from cached dashboard states. Days are counted
 * from the window's own dates against `today`, not from the state's day counts: a state cached
 * yesterday still has the right dates, so the list is right before any re-check. One pass,
 * integers only (no Temporal on the first screen): instant for ten thousand cases.
 * Each group is ordered by its day, nearest first; ties keep the input order.
 */
export function thisWeek(
  cases: Iterable<ThisWeekInput>,
  today: string,
  closeWithin: number = DEFAULT_CLOSE_WITHIN_DAYS,
): ThisWeek {
  const now = isoCivilDay(today);
  if (now === undefined) throw new Error(`thisWeek: today must be YYYY-MM-DD, got "${today}"`);
  const out: ThisWeek = { opens: [], closes: [], overdue: [] };
  for (const { id, state } of cases) {
    // A draft with errors has no window to speak of; it is the list's "has errors" filter's.
    if (!state || state.kind === 'invalid') continue;
    const closes = state.closes === null ? undefined : isoCivilDay(state.closes);
    const opens = state.opens === null ? undefined : isoCivilDay(state.opens);
    const toClose = closes === undefined ? undefined : closes - now;
    const toOpen = opens === undefined ? undefined : opens - now;
    if (toClose !== undefined && toClose < 0) {
      out.overdue.push({ id, reason: 'overdue', day: state.closes!, days: toClose });
    } else if (toOpen !== undefined && toOpen > 0) {
      if (toOpen <= WEEK_DAYS)
        out.opens.push({ id, reason: 'opens', day: state.opens!, days: toOpen });
    } else if (toClose !== undefined && toClose <= closeWithin) {
      out.closes.push({ id, reason: 'closes', day: state.closes!, days: toClose });
    }
  }
  const byDay = (a: ThisWeekCase, b: ThisWeekCase) => a.days - b.days;
  out.opens.sort(byDay);
  out.closes.sort(byDay);
  // The most recently missed first: an old miss is known, yesterday's is news.
  out.overdue.sort((a, b) => b.days - a.days);
  return out;
}
