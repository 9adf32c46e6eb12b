import { toDate } from '../time/tokyo-time';
import type { DayCalendar } from './filing-window';
import type { ClosedDayCalendar } from './time-facts';

/** A calendar's answers by ISO date, each worked out once with Temporal and then kept. */
export interface CalendarDays {
  isOpen(iso: string): boolean;
  closedReason(iso: string): { ja: string; en: string } | null;
  nextOpen(iso: string): string;
}

const LIMIT = 50_000;
const memos = new WeakMap<DayCalendar, CalendarDays>();

function remembered<V>(compute: (iso: string) => V): (iso: string) => V {
  const memo = new Map<string, V>();
  return (iso) => {
    if (memo.has(iso)) return memo.get(iso)!;
    // A date outside the holiday data throws here, every time it is asked, never kept.
    const value = compute(iso);
    if (memo.size >= LIMIT) memo.clear();
    memo.set(iso, value);
    return value;
  };
}

/** The memo of one calendar instance; calendars are immutable once built. */
export function calendarDays(calendar: ClosedDayCalendar): CalendarDays {
  let days = memos.get(calendar);
  if (!days) {
    days = {
      isOpen: remembered((iso) => calendar.isOpenDay(toDate(iso))),
      closedReason: remembered((iso) => calendar.closedReason(toDate(iso))),
      nextOpen: remembered((iso) => calendar.nextOpenDay(toDate(iso)).toString()),
    };
    memos.set(calendar, days);
  }
  return days;
}
