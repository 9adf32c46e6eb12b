import type { Temporal } from '@js-temporal/polyfill';
import { CalendarDataError, type CalendarData } from './calendar-data';
import { compileClosedDays, type ClosedReason } from './closed-days';

// Over a year of consecutive closed days means the calendar data is broken, not the office.
const SEARCH_LIMIT = 400;

/**
 * Open days of one regional bureau: weekends, national holidays, the year-end closure and
 * extra closures from rules/calendar. Counter deadlines and reservation days are counted here.
 */
export class OfficeCalendar {
  private readonly reasonOf: (date: Temporal.PlainDate) => ClosedReason | null;

  constructor(data: CalendarData, bureau?: string) {
    this.reasonOf = compileClosedDays(data, bureau);
  }

  closedReason(date: Temporal.PlainDate): ClosedReason | null {
    return this.reasonOf(date);
  }

  isOpenDay(date: Temporal.PlainDate): boolean {
    return this.reasonOf(date) === null;
  }

  /** The first open day on or after `date` (after it, when `inclusive` is false). */
  nextOpenDay(date: Temporal.PlainDate, options: { inclusive?: boolean } = {}): Temporal.PlainDate {
    return this.walk(date, 1, options.inclusive ?? true);
  }

  /** The last open day on or before `date` (before it, when `inclusive` is false). */
  previousOpenDay(
    date: Temporal.PlainDate,
    options: { inclusive?: boolean } = {},
  ): Temporal.PlainDate {
    return this.walk(date, -1, options.inclusive ?? true);
  }

  /** `count` consecutive open days starting on or after `date`. */
  openDaysFrom(
    date: Temporal.PlainDate,
    count: number,
    options: { inclusive?: boolean } = {},
  ): Temporal.PlainDate[] {
    const days: Temporal.PlainDate[] = [];
    let day = this.nextOpenDay(date, options);
    while (days.length < count) {
      days.push(day);
      day = this.nextOpenDay(day, { inclusive: false });
    }
    return days;
  }

  private walk(date: Temporal.PlainDate, step: 1 | -1, inclusive: boolean): Temporal.PlainDate {
    let day = inclusive ? date : date.add({ days: step });
    for (let i = 0; i < SEARCH_LIMIT; i++) {
      if (this.isOpenDay(day)) return day;
      day = day.add({ days: step });
    }
    throw new CalendarDataError(`no open day within ${SEARCH_LIMIT} days of ${date.toString()}`);
  }
}

/** One calendar per bureau, built on first use. */
export class OfficeCalendars {
  private readonly byBureau = new Map<string, OfficeCalendar>();

  constructor(private readonly data: CalendarData) {}

  for(bureau?: string): OfficeCalendar {
    const key = bureau ?? '';
    let calendar = this.byBureau.get(key);
    if (!calendar) this.byBureau.set(key, (calendar = new OfficeCalendar(this.data, bureau)));
    return calendar;
  }
}
