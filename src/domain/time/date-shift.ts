import { Temporal } from '@js-temporal/polyfill';

/**
 * How a month or year shift treats a day that does not exist in the target month
 * (3 months before 31 May): rule data names one of these, so the answer is a policy
 * choice written down, not a library default.
 * - constrain: the last day of the shorter month (31 May − 3 months = 28/29 Feb)
 * - forward: the first day of the following month (31 May − 3 months = 1 Mar)
 * - reject: the shift is an error for such a date
 */
export type OverflowMode = 'constrain' | 'forward' | 'reject';

export class DateShiftError extends Error {
  constructor(date: Temporal.PlainDate, shift: string) {
    super(`${date.toString()} shifted by ${shift} has no such day (overflow "reject")`);
    this.name = 'DateShiftError';
  }
}

/** Shifts a date by a signed ISO 8601 duration ("-P3M", "P30D", "-P1D"). */
export function shiftDate(
  date: Temporal.PlainDate,
  shift: string,
  overflow: OverflowMode = 'constrain',
): Temporal.PlainDate {
  const duration = Temporal.Duration.from(shift);
  const shifted = date.add(duration, { overflow: 'constrain' });
  if (duration.years === 0 && duration.months === 0) return shifted;
  const clamped = shifted.day !== date.day && shifted.day === shifted.daysInMonth;
  if (!clamped) return shifted;
  if (overflow === 'reject') throw new DateShiftError(date, shift);
  if (overflow === 'forward') return shifted.add({ days: 1 });
  return shifted;
}

const shifted = new Map<string, string>();

/**
 * shiftDate() on an ISO date, kept per date, shift and overflow: a bulk run shifts the same
 * few hundred expiry dates by the same few periods again and again.
 */
export function shiftIso(iso: string, shift: string, overflow: OverflowMode = 'constrain'): string {
  const key = `${iso}|${shift}|${overflow}`;
  let date = shifted.get(key);
  if (date === undefined) {
    // A rejected shift throws every time it is asked, never kept.
    date = shiftDate(Temporal.PlainDate.from(iso), shift, overflow).toString();
    if (shifted.size >= 100_000) shifted.clear();
    shifted.set(key, date);
  }
  return date;
}
