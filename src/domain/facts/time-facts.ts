import type { Temporal } from '@js-temporal/polyfill';
import { ageOn, daysBetween, toDate } from '../time/tokyo-time';
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
  const today = asOf.toPlainDate();
  facts.set('asOfDate', today.toString());
  facts.set('asOfTime', asOf.toPlainTime().toString({ smallestUnit: 'minute' }));

  const open = calendar.isOpenDay(today);
  facts.set('isOpenDay', open);
  facts.set('closedReason', open ? null : (calendar.closedReason(today)?.[lang] ?? null));
  facts.set('nextOpenDay', calendar.nextOpenDay(today).toString());

  if (facts.requires('age', ['birthDate'])) {
    facts.set('age', ageOn(toDate(facts.get<string>('birthDate')!), today));
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
    const expires = toDate(expiry!);
    facts.set('isExpiryDay', expires.equals(today));
    facts.set('daysUntilExpiry', daysBetween(today, expires));
    facts.set('stayExpiresOnClosedDay', !calendar.isOpenDay(expires));
  } else {
    facts.requires('daysUntilExpiry', ['stayExpires']);
    facts.requires('stayExpiresOnClosedDay', ['stayExpires']);
  }
}
