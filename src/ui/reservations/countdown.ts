import { Temporal } from '@js-temporal/polyfill';
import { m, type Text } from '../i18n/messages';
import { parseInstant } from '../../domain/time/tokyo-time';

export interface Countdown {
  /** The deadline has passed (its last minute is over). */
  passed: boolean;
  text: Text;
}

/**
 * Time left until a deadline given as its last accepted minute (2020-12-14T11:59+09:00):
 * the action is possible until that minute ends, as the planner counts it.
 */
export function countdown(lastMinute: string, now: Temporal.ZonedDateTime): Countdown {
  const closes = parseInstant(lastMinute).add({ minutes: 1 });
  if (Temporal.ZonedDateTime.compare(now, closes) >= 0) {
    return { passed: true, text: m.reserve_countdownPassed };
  }
  const left = now.until(closes, { largestUnit: 'days', smallestUnit: 'seconds' });
  const hms = [left.hours, left.minutes, left.seconds].map((n) => String(n).padStart(2, '0'));
  const clock = hms.join(':');
  if (left.days === 0) return { passed: false, text: () => m.reserve_countdownClock({ clock }) };
  const days = left.days;
  return { passed: false, text: () => m.reserve_countdownDays({ days, clock }) };
}

/** An instant (any offset) shown in Japan time to the minute: "2020-12-14 11:59", as the notices write it. */
export function minuteLabel(instant: string): string {
  const t = parseInstant(instant);
  return `${t.toPlainDate().toString()} ${t.toPlainTime().toString({ smallestUnit: 'minute' })}`;
}
