import type { Temporal } from '@js-temporal/polyfill';
import { CalendarRangeError, isInHolidayCoverage } from '../domain/calendar/holidays';
import type { Lang } from '../domain/model/localized';
import { fail } from './cli-input';

/**
 * An as-of instant the open-day calendar cannot answer for is an input error (exit 2), worded
 * as the calendar's own error so the CLI and the app say the same thing.
 */
export function checkAsOf(asOf: Temporal.ZonedDateTime, lang: Lang): void {
  const day = asOf.toPlainDate();
  if (isInHolidayCoverage(day)) return;
  fail(`--as-of: ${new CalendarRangeError(day)[lang]}`);
}
