import type { Temporal } from '@js-temporal/polyfill';
import type { OfficeCalendar } from '../calendar/office-calendar';
import { deadlineFor, deadlinePassed } from './deadline';
import type { ReservationParams } from './reservation-parameters';

/**
 * The open days the calendar shows at `at`: the first `daysShown` open days whose booking
 * deadline has not passed. This reproduces the Tokyo example: 15 Dec 2020 appears at 12:00
 * on 7 Dec, when 8 Dec (deadline 7 Dec 11:59) drops off the front of the five days.
 */
export function bookableDays(
  at: Temporal.ZonedDateTime,
  params: ReservationParams,
  calendar: OfficeCalendar,
): Temporal.PlainDate[] {
  const days: Temporal.PlainDate[] = [];
  let day = calendar.nextOpenDay(at.toPlainDate());
  while (days.length < params.daysShown) {
    if (!deadlinePassed(at, deadlineFor(day, params.deadlines.book, calendar))) days.push(day);
    day = calendar.nextOpenDay(day, { inclusive: false });
  }
  return days;
}
