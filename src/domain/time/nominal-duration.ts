import { Temporal } from '@js-temporal/polyfill';

/**
 * Periods of stay mix units (P1Y, P6M, P90D). To compare them without a start date we
 * count a month as 30 days and a year as 365, so "90 days" equals "3 months", as the
 * Immigration Services Agency treats a 90-day stay as a stay of 3 months or less.
 */
export function nominalDays(iso: string): number {
  const d = Temporal.Duration.from(iso);
  return d.years * 365 + d.months * 30 + d.weeks * 7 + d.days;
}

export function isDuration(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    Temporal.Duration.from(value);
    return true;
  } catch {
    return false;
  }
}
