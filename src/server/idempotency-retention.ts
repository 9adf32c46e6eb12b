import { Temporal } from '@js-temporal/polyfill';
import type { IdempotencyRecord } from './reservation-store';

/**
 * How long an Idempotency-Key's answer is kept. A write replayed later than this could only
 * concern a day whose booking, change and cancel deadlines have long passed (days shown are
 * about a week ahead), so the rules refuse it instead of booking twice.
 */
export const KEEP_KEYS = Temporal.Duration.from({ days: 30 });

const cutoffAt = (now: Temporal.Instant) => now.subtract({ hours: KEEP_KEYS.days * 24 });

export function isExpired(record: IdempotencyRecord, now: Temporal.Instant): boolean {
  return Temporal.Instant.compare(Temporal.Instant.from(record.at), cutoffAt(now)) < 0;
}

/** The records younger than KEEP_KEYS at `now`; the same object when none is dropped. */
export function pruneRecords(
  records: Record<string, IdempotencyRecord>,
  now: Temporal.Instant,
): Record<string, IdempotencyRecord> {
  const kept = Object.entries(records).filter(([, r]) => !isExpired(r, now));
  return kept.length === Object.keys(records).length ? records : Object.fromEntries(kept);
}
