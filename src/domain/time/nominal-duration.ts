import { Temporal } from '@js-temporal/polyfill';

/**
 * Periods of stay mix units (P1Y, P6M, P90D). To compare them without a start date we
 * count a month as 30 days and a year as 365, so "90 days" equals "3 months", as the
 * Immigration Services Agency treats a 90-day stay as a stay of 3 months or less.
 */
export function nominalDays(iso: string): number {
  const days = daysOf(iso);
  if (days === undefined) throw new RangeError(`"${iso}" is not an ISO 8601 duration`);
  return days;
}

export function isDuration(value: unknown): value is string {
  return typeof value === 'string' && daysOf(value) !== undefined;
}

// Rules compare the same few periods (P1Y, P3M) for every draft: each is parsed once.
const parsed = new Map<string, number | undefined>();

function daysOf(iso: string): number | undefined {
  if (parsed.has(iso)) return parsed.get(iso);
  let days: number | undefined;
  try {
    const d = Temporal.Duration.from(iso);
    days = d.years * 365 + d.months * 30 + d.weeks * 7 + d.days;
  } catch {
    days = undefined;
  }
  if (parsed.size >= 10_000) parsed.clear();
  parsed.set(iso, days);
  return days;
}
