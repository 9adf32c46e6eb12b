import { Temporal } from '@js-temporal/polyfill';
import type { OfficeCalendar } from '../calendar/office-calendar';
import { deadlineFor, formatMinute } from './deadline';
import { slotKey, type HeldSlot, type QuotaState } from './held-slots';
import type { ReservationParams } from './reservation-parameters';
import type { SlotAvailability } from './reservation-request';
import type { ReservationDeadlines, SlotOffer } from './reservation-reply';

export function deadlinesOf(
  date: string,
  params: ReservationParams,
  calendar: OfficeCalendar,
): ReservationDeadlines {
  const day = Temporal.PlainDate.from(date);
  const at = (kind: keyof ReservationDeadlines) =>
    formatMinute(deadlineFor(day, params.deadlines[kind], calendar));
  return { book: at('book'), change: at('change'), cancel: at('cancel') };
}

/** Every open slot of the bookable days, with what this booker may still put in it. */
export function slotOffers(
  days: readonly Temporal.PlainDate[],
  params: ReservationParams,
  calendar: OfficeCalendar,
  held: readonly HeldSlot[],
  quota: QuotaState,
  availability: readonly SlotAvailability[] = [],
): SlotOffer[] {
  const closed = new Set(params.closedSlots);
  const heldByKey = new Map(held.map((h) => [slotKey(h.date, h.time), h]));
  const reported = new Map(availability.map((a) => [slotKey(a.date, a.time), a.remaining]));
  return days.flatMap((day) => {
    const date = day.toString();
    const deadlines = deadlinesOf(date, params, calendar);
    return params.slotTimes
      .filter((time) => !closed.has(time))
      .map((time) => {
        const mine = heldByKey.get(slotKey(date, time));
        const ends = Temporal.PlainTime.from(time).add({ minutes: params.slotMinutes });
        return {
          date,
          time,
          ends: ends.toString({ smallestUnit: 'minute' }),
          remaining: reported.get(slotKey(date, time)) ?? null,
          casesAvailable: Math.max(0, params.casesPerSlot - (mine?.cases ?? 0)),
          withinQuota: mine !== undefined || quota.remaining > 0,
          deadlines,
        };
      });
  });
}
