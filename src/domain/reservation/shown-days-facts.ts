import { Temporal } from '@js-temporal/polyfill';
import type { FactTable } from '../facts/fact-table';
import { TIME_ZONE } from '../time/tokyo-time';
import { slotKey, type HeldSlot } from './held-slots';
import type { ProposedBooking } from './reservation-request';

/**
 * Facts for rules whose source can be read two ways (docs/adr/0008):
 * - slotsAfterShownDays: the slots held after the booking counting only the open days shown,
 *   the literal reading of Osaka's "５開庁日のうち２枠まで". slotsAfter counts every slot until
 *   it ends (the Tokyo worked example); it is never smaller, so a limit exceeded here is
 *   exceeded in both readings.
 * - reservedSlotEnded: the slot is over at the time of the request, so it cannot be booked
 *   whatever the booking deadline is (arriving after the slot ends the reservation, seed 004
 *   ６(3)); a slot that has begun is still within its hour.
 */
export function deriveShownDayFacts(
  facts: FactTable,
  booking: ProposedBooking | undefined,
  at: Temporal.ZonedDateTime,
  held: readonly HeldSlot[],
  shown: readonly Temporal.PlainDate[],
  slotMinutes: number,
): void {
  if (!booking) {
    for (const name of ['slotsAfterShownDays', 'reservedSlotEnded']) {
      facts.markUnknown(name, ['/booking'], 'not_checked');
    }
    return;
  }
  const days = new Set(shown.map((d) => d.toString()));
  const key = slotKey(booking.date, booking.time);
  const others = held.filter((h) => days.has(h.date) && slotKey(h.date, h.time) !== key);
  facts.set('slotsAfterShownDays', others.length + 1);
  const ends = Temporal.PlainDate.from(booking.date)
    .toZonedDateTime({ timeZone: TIME_ZONE, plainTime: booking.time })
    .add({ minutes: slotMinutes });
  facts.set('reservedSlotEnded', Temporal.ZonedDateTime.compare(ends, at) <= 0);
}
