import { Temporal } from '@js-temporal/polyfill';
import { toDate } from './tokyo-time';

// Bulk checks meet the same few thousand dates over and over; Temporal answers each question
// once and the answer is kept, so hot paths compare integers and strings. Bounded, because a
// long-running app may see any number of dates.
const LIMIT = 100_000;
const EPOCH = Temporal.PlainDate.from('1970-01-01');
const epochDays = new Map<string, number>();

function remember<V>(memo: Map<string, V>, key: string, compute: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= LIMIT) memo.clear();
    memo.set(key, (value = compute()));
  }
  return value;
}

/** Days since 1970-01-01 of an ISO date (schema-valid YYYY-MM-DD), as Temporal counts them. */
export function epochDay(iso: string): number {
  return remember(epochDays, iso, () => EPOCH.until(toDate(iso), { largestUnit: 'days' }).days);
}

/** Whole days from a to b, negative when b is earlier: daysBetween() on ISO strings. */
export function daysFromTo(a: string, b: string): number {
  return epochDay(b) - epochDay(a);
}

/**
 * ageOn() on ISO strings: completed years, -1 before birth. Temporal (polyfill 0.5.1) counts a
 * year complete once the month and day are reached, so a 29 February birthday completes on
 * 1 March in common years; "MM-DD" strings order the same way. day-numbers.test.ts checks
 * this against Temporal for every birth date of six years and every leap-day birth.
 */
export function ageOnIso(birth: string, on: string): number {
  if (on < birth) return -1;
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}
