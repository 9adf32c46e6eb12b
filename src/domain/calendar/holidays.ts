import holidayJp from '@holiday-jp/holiday_jp';
import { Temporal } from '@js-temporal/polyfill';
import { holidayNames, type HolidayName, type RawHoliday } from './holiday-names';

// The package's own isHoliday() scans Object.keys() on every call and converts Date objects
// through local time, which shifts the day outside Japan. Its plain data object, keyed by
// YYYY-MM-DD, is read once into a Map instead, and all lookups use PlainDate strings.

const raw = new Map<string, RawHoliday>(Object.entries(holidayJp.holidays));
const names = holidayNames(raw);

function bound(pick: (a: string, b: string) => boolean): Temporal.PlainDate {
  let found: string | undefined;
  for (const key of raw.keys()) if (found === undefined || pick(key, found)) found = key;
  if (found === undefined) throw new Error('@holiday-jp/holiday_jp holds no holidays');
  return Temporal.PlainDate.from(found);
}

/**
 * Dates for which the holiday data is known to be complete. Taken from the first and last
 * listed holiday rather than hard-coded, so a package upgrade widens it: with 2.5.1 this is
 * 1970-01-01 (元日) to 2050-11-23 (勤労感謝の日). The rest of 2050 is very likely holiday-free,
 * but it is not vouched for by the data, so it counts as uncovered.
 */
export const HOLIDAY_COVERAGE: {
  readonly start: Temporal.PlainDate;
  readonly end: Temporal.PlainDate;
} = Object.freeze({ start: bound((a, b) => a < b), end: bound((a, b) => a > b) });

/**
 * Thrown for a date outside HOLIDAY_COVERAGE: treating an unknown day as open could put a
 * deadline on a holiday, so the calendar refuses to answer instead.
 */
export class CalendarRangeError extends RangeError {
  override readonly name = 'CalendarRangeError';
  readonly date: string;
  readonly coverageStart: string;
  readonly coverageEnd: string;

  constructor(date: Temporal.PlainDate) {
    const from = HOLIDAY_COVERAGE.start.toString();
    const to = HOLIDAY_COVERAGE.end.toString();
    super(
      `${date.toString()} is outside the national holiday data, which covers ${from} to ${to}. ` +
        `${date.toString()} は祝日データの対象期間（${from}〜${to}）外です。`,
    );
    this.date = date.toString();
    this.coverageStart = from;
    this.coverageEnd = to;
  }
}

export function isInHolidayCoverage(date: Temporal.PlainDate): boolean {
  return (
    Temporal.PlainDate.compare(date, HOLIDAY_COVERAGE.start) >= 0 &&
    Temporal.PlainDate.compare(date, HOLIDAY_COVERAGE.end) <= 0
  );
}

export function assertInHolidayCoverage(date: Temporal.PlainDate): void {
  if (!isInHolidayCoverage(date)) throw new CalendarRangeError(date);
}

/**
 * The national holiday (including 振替休日 and 国民の休日) on this date, or null.
 * @throws CalendarRangeError outside HOLIDAY_COVERAGE.
 */
export function nationalHoliday(date: Temporal.PlainDate): HolidayName | null {
  assertInHolidayCoverage(date);
  return names.get(date.toString()) ?? null;
}

export function isNationalHoliday(date: Temporal.PlainDate): boolean {
  return nationalHoliday(date) !== null;
}

export type { HolidayName };
