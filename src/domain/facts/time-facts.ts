import type { Temporal } from '@js-temporal/polyfill';
import { asOfDay } from '../time/as-of-day';
import { ageOnIso, daysFromTo } from '../time/day-numbers';
import { calendarDays } from './calendar-days';
import type { FactTable } from './fact-table';
import type { DayCalendar } from './filing-window';

export interface ClosedDayCalendar extends DayCalendar {
  closedReason(date: Temporal.PlainDate): { ja: string; en: string } | null;
}

/** Facts about the as-of day, the applicant's age and the expiry day. */
export function deriveTimeFacts(
  facts: FactTable,
  asOf: Temporal.ZonedDateTime,
  calendar: ClosedDayCalendar,
  lang: 'ja' | 'en',
): void {
  // Dates as ISO strings and day numbers: Temporal answers each distinct date once.
  const today = asOfDay(asOf).iso;
  const days = calendarDays(calendar);
  facts.set('asOfDate', today);
  facts.set('asOfTime', asOfDay(asOf).time);

  const open = days.isOpen(today);
  facts.set('isOpenDay', open);
  facts.set('closedReason', open ? null : (days.closedReason(today)?.[lang] ?? null));
  facts.set('nextOpenDay', days.nextOpen(today));

  if (facts.requires('age', ['birthDate'])) {
    facts.set('age', ageOnIso(facts.get<string>('birthDate')!, today));
  }
  if (facts.requires('isExpiryDay', ['stayExpires'])) {
    const expiry = facts.get<string | null>('stayExpires');
    // Null: the status has no period of stay (see applicability-facts.ts), so no expiry day.
    if (expiry === null) {
      facts.set('isExpiryDay', false);
      facts.set('daysUntilExpiry', null);
      facts.set('stayExpiresOnClosedDay', false);
      return;
    }
    facts.set('isExpiryDay', expiry === today);
    facts.set('daysUntilExpiry', daysFromTo(today, expiry!));
    facts.set('stayExpiresOnClosedDay', !days.isOpen(expiry!));
  } else {
    facts.requires('daysUntilExpiry', ['stayExpires']);
    facts.requires('stayExpiresOnClosedDay', ['stayExpires']);
  }
}
