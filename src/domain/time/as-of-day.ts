import type { Temporal } from '@js-temporal/polyfill';

export interface AsOfDay {
  date: Temporal.PlainDate;
  /** YYYY-MM-DD */
  iso: string;
  /** HH:MM */
  time: string;
  /** The instant as reports show it: 2026-11-24T10:00:00+09:00 */
  instant: string;
}

// A bulk run checks every draft at one instant: its day and time are worked out once.
const days = new WeakMap<Temporal.ZonedDateTime, AsOfDay>();

/** The Tokyo day and minute of an as-of instant, kept per instant object. */
export function asOfDay(asOf: Temporal.ZonedDateTime): AsOfDay {
  let day = days.get(asOf);
  if (!day) {
    const date = asOf.toPlainDate();
    day = {
      date,
      iso: date.toString(),
      time: asOf.toPlainTime().toString({ smallestUnit: 'minute' }),
      instant: asOf.toString({ timeZoneName: 'never' }),
    };
    days.set(asOf, day);
  }
  return day;
}
