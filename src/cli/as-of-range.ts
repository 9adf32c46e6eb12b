import type { Temporal } from '@js-temporal/polyfill';
import { HOLIDAY_COVERAGE, isInHolidayCoverage } from '../domain/calendar/holidays';
import type { Lang } from '../domain/model/localized';
import { fail } from './cli-input';

/** An as-of instant the open-day calendar cannot answer for is an input error (exit 2). */
export function checkAsOf(asOf: Temporal.ZonedDateTime, lang: Lang): void {
  const day = asOf.toPlainDate();
  if (isInHolidayCoverage(day)) return;
  const from = HOLIDAY_COVERAGE.start.toString();
  const until = HOLIDAY_COVERAGE.end.toString();
  fail(
    lang === 'ja'
      ? `--as-of: ${day.toString()} は開庁日カレンダーの対象期間（${from}〜${until}）外です`
      : `--as-of: ${day.toString()} is outside the dates the open-day calendar covers (${from} to ${until})`,
  );
}
