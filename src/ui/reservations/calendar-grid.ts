import { Temporal } from '@js-temporal/polyfill';
import type { Localized } from '../../domain/model/localized';
import type { SlotOffer } from '../../domain/reservation/reservation-reply';

/** One cell of a day: a slot that can be booked, or a lunch / closed slot shown as such. */
export type CalendarCell =
  | { kind: 'open'; time: string; ends: string; offer: SlotOffer }
  | { kind: 'closed'; time: string; ends: string };

export interface CalendarDay {
  date: string;
  label: Localized;
  cells: CalendarCell[];
}

export interface SlotLayout {
  slotTimes: readonly string[];
  closedSlots: readonly string[];
  slotMinutes: number;
}

const WEEKDAYS_JA = ['月', '火', '水', '木', '金', '土', '日'];
const WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

export function dayLabel(date: string): Localized {
  const d = Temporal.PlainDate.from(date);
  const i = d.dayOfWeek - 1;
  return {
    ja: `${d.month}月${d.day}日（${WEEKDAYS_JA[i]}）`,
    en: `${WEEKDAYS_EN[i]} ${d.day} ${MONTHS_EN[d.month - 1]}`,
  };
}

/**
 * The calendar as the office shows it: every slot time of each bookable day, the planner's
 * offers where reception takes place and the lunch slots marked closed (they are not offers).
 */
export function calendarDays(
  days: readonly string[],
  offers: readonly SlotOffer[],
  layout: SlotLayout,
): CalendarDay[] {
  const closed = new Set(layout.closedSlots);
  return days.map((date) => ({
    date,
    label: dayLabel(date),
    cells: layout.slotTimes.flatMap((time): CalendarCell[] => {
      const ends = Temporal.PlainTime.from(time)
        .add({ minutes: layout.slotMinutes })
        .toString({ smallestUnit: 'minute' });
      if (closed.has(time)) return [{ kind: 'closed', time, ends }];
      const offer = offers.find((o) => o.date === date && o.time === time);
      return offer ? [{ kind: 'open', time, ends, offer }] : [];
    }),
  }));
}
