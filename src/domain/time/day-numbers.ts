import { Temporal } from '@js-temporal/polyfill';
import { civilDay } from './civil-day';
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

/**
 * Days since 1970-01-01 of a valid ISO date (YYYY-MM-DD), counted in the proleptic Gregorian
 * calendar as Temporal counts them (days-from-civil); day-numbers.test.ts compares it with
 * Temporal for every day from 1964 to 2052. Anything else is left to Temporal, which throws.
 */
export function epochDay(iso: string): number {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return temporalEpochDay(iso);
  return civilDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

function temporalEpochDay(iso: string): number {
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
