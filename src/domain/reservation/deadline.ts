import { Temporal } from '@js-temporal/polyfill';
import type { OfficeCalendar } from '../calendar/office-calendar';
import { TIME_ZONE } from '../time/tokyo-time';
import type { DeadlineSpec } from './reservation-parameters';

/** The last minute an action is accepted for a reservation on `day`. */
export function deadlineFor(
  day: Temporal.PlainDate,
  spec: DeadlineSpec,
  calendar: OfficeCalendar,
): Temporal.ZonedDateTime {
  let date = day;
  if (spec.count === 'calendar_days') {
    date = day.subtract({ days: spec.before });
  } else {
    for (let i = 0; i < spec.before; i++) {
      date = calendar.previousOpenDay(date, { inclusive: false });
    }
  }
  return date.toZonedDateTime({ timeZone: TIME_ZONE, plainTime: spec.lastMinute });
}

/** Passed once the clock is beyond the deadline's minute (the whole minute still counts). */
export function deadlinePassed(at: Temporal.ZonedDateTime, last: Temporal.ZonedDateTime): boolean {
  const closes = last.add({ minutes: 1 });
  return Temporal.ZonedDateTime.compare(at, closes) >= 0;
}

/** For messages: "2020-12-14 11:59" (Japan time, as the notices write it). */
export function displayMinute(t: Temporal.ZonedDateTime): string {
  return `${t.toPlainDate().toString()} ${t.toPlainTime().toString({ smallestUnit: 'minute' })}`;
}

/** Deadlines are shown to the minute with the Tokyo offset: 2020-12-14T11:59+09:00. */
export function formatMinute(t: Temporal.ZonedDateTime): string {
  return t.toString({ smallestUnit: 'minute', timeZoneName: 'never' });
}
