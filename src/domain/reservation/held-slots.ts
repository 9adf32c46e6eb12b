import { Temporal } from '@js-temporal/polyfill';
import { TIME_ZONE } from '../time/tokyo-time';
import { formatMinute } from './deadline';
import type { ExistingReservation } from './reservation-request';

export interface HeldSlot {
  date: string;
  time: string;
  cases: number;
  endsAt: Temporal.ZonedDateTime;
}

export interface QuotaState {
  limit: number;
  held: number;
  remaining: number;
  /** When the booker may take another slot (2020-12-10T10:30+09:00), if the quota is full. */
  freesAt: string | null;
}

export function slotKey(date: string, time: string): string {
  return `${date}T${time}`;
}

/**
 * The slots a booker still holds at `at`. A reservation counts against the quota until its
 * slot has ended, which is how the Tokyo example frees the 10 Dec slot "from 10 Dec"
 * (docs/adr/0005). Two reservations in one slot are one slot with their cases added up.
 */
export function heldSlots(
  existing: readonly ExistingReservation[],
  at: Temporal.ZonedDateTime,
  slotMinutes: number,
  excludeId?: string,
): HeldSlot[] {
  const byKey = new Map<string, HeldSlot>();
  for (const r of existing) {
    if (r.id === excludeId) continue;
    const endsAt = Temporal.PlainDate.from(r.date)
      .toZonedDateTime({ timeZone: TIME_ZONE, plainTime: r.time })
      .add({ minutes: slotMinutes });
    if (Temporal.ZonedDateTime.compare(endsAt, at) <= 0) continue;
    const key = slotKey(r.date, r.time);
    const slot = byKey.get(key) ?? { date: r.date, time: r.time, cases: 0, endsAt };
    slot.cases += r.cases.length;
    byKey.set(key, slot);
  }
  return [...byKey.values()].sort((a, b) => Temporal.ZonedDateTime.compare(a.endsAt, b.endsAt));
}

export function quotaState(held: readonly HeldSlot[], limit: number): QuotaState {
  const over = held.length - limit;
  return {
    limit,
    held: held.length,
    remaining: Math.max(0, -over),
    freesAt: over >= 0 ? formatMinute(held[over]!.endsAt) : null,
  };
}
