import { Temporal } from '@js-temporal/polyfill';
import generated from './generated/holidays.json';
import type { HolidayData } from './holiday-data-code';
import { holidayNames, type HolidayName, type RawHoliday } from './holiday-names';

// The data is generated from @holiday-jp/holiday_jp by `npm run holidays:code`, limited to the
// years the calendar answers for (holiday-data-code.ts): the app does not ship the package's
// 1970–2011 holidays, and the package's isHoliday() (an Object.keys() scan per call, Date
// objects read in local time) is never used. Lookups are PlainDate strings into one Map.

// JSON types widen the [name, English name] pairs to string[]; the file is generated and
// compared with the package by tests/domain/calendar/holiday-data.test.ts.
const data = generated as unknown as HolidayData;
const raw = new Map<string, RawHoliday>(
  Object.entries(data.holidays).map(([day, [name, nameEn]]) => [day, { name, name_en: nameEn }]),
);
const names = holidayNames(raw);

/**
 * Dates for which the holiday data is known to be complete: from 1 January of the first year
 * the calendar answers for to the last listed holiday (with @holiday-jp/holiday_jp 2.5.1,
 * 2012-01-01 to 2050-11-23). The rest of 2050 is very likely holiday-free, but it is not
 * vouched for by the data, so it counts as uncovered. The CLI and the README state this range.
 */
export const HOLIDAY_COVERAGE: {
  readonly start: Temporal.PlainDate;
  readonly end: Temporal.PlainDate;
} = Object.freeze({
  start: Temporal.PlainDate.from(data.start),
  end: Temporal.PlainDate.from(data.end),
});

/**
 * Thrown for a date outside HOLIDAY_COVERAGE: treating an unknown day as open could put a
 * deadline on a holiday, so the calendar refuses to answer instead. The CLI prints the same
 * texts for an --as-of outside the range, so the app, the endpoint and the CLI say one thing.
 */
export class CalendarRangeError extends RangeError {
  override readonly name = 'CalendarRangeError';
  readonly date: string;
  readonly coverageStart: string;
  readonly coverageEnd: string;
  readonly en: string;
  readonly ja: string;

  constructor(date: Temporal.PlainDate) {
    const day = date.toString();
    const from = HOLIDAY_COVERAGE.start.toString();
    const to = HOLIDAY_COVERAGE.end.toString();
    const en = `${day} is outside the dates the open-day calendar covers (${from} to ${to})`;
    const ja = `${day} は開庁日カレンダーの対象期間（${from}〜${to}）外です`;
    super(`${en}. ${ja}。`);
    this.date = day;
    this.coverageStart = from;
    this.coverageEnd = to;
    this.en = en;
    this.ja = ja;
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
