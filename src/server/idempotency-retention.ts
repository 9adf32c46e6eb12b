import { Temporal } from '@js-temporal/polyfill';
import type { IdempotencyRecord } from './store/store-port';

/**
 * How long an Idempotency-Key's answer is kept. A write replayed later than this could only
 * concern a day whose booking, change and cancel deadlines have long passed (days shown are
 * about a week ahead), so the rules refuse it instead of booking twice.
 */
export const KEEP_KEYS = Temporal.Duration.from({ days: 30 });

/**
 * How long a past reservation stays in the live table (and in the filer's list) before it
 * moves to the archive. No rule looks at past days; a week lets a filer still see last week's.
 */
export const KEEP_PAST_RESERVATIONS = Temporal.Duration.from({ days: 7 });

const cutoffAt = (now: Temporal.Instant) => now.subtract({ hours: KEEP_KEYS.days * 24 });

export function isExpired(record: IdempotencyRecord, now: Temporal.Instant): boolean {
  return Temporal.Instant.compare(Temporal.Instant.from(record.at), cutoffAt(now)) < 0;
}

/** What the store drops or archives at `now`: answers decided before, reservations of days before. */
export function pruneCutoffs(now: Temporal.ZonedDateTime) {
  return {
    keysBefore: cutoffAt(now.toInstant()).toString(),
    reservationsBefore: now.toPlainDate().subtract(KEEP_PAST_RESERVATIONS).toString(),
  };
}
