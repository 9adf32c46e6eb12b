import type { Temporal } from '@js-temporal/polyfill';
import { shiftIso, type OverflowMode } from '../time/date-shift';
import { toDate } from '../time/tokyo-time';

/** One end of a filing window, as policy data (parameter filing_window.<channel>). */
export interface WindowBound {
  from: 'stayExpires' | 'groundsDate' | 'eventDate';
  shift?: string;
  overflow?: OverflowMode;
  /** Deadline on a closed day: Act No. 91 of 1988 Art. 2 moves it to the next open day. */
  closedDay?: 'none' | 'next_open_day' | 'previous_open_day';
}

export interface WindowSpec {
  opens: WindowBound | null;
  closes: WindowBound | null;
}

export type WindowSpecs = Record<string, WindowSpec>;

export interface DayCalendar {
  isOpenDay(date: Temporal.PlainDate): boolean;
  nextOpenDay(date: Temporal.PlainDate, options?: { inclusive?: boolean }): Temporal.PlainDate;
  previousOpenDay(date: Temporal.PlainDate, options?: { inclusive?: boolean }): Temporal.PlainDate;
}

// Bounds are parameter values and calendars live as long as their pack: a bound resolved for
// one anchor date is kept, since thousands of drafts share a few hundred expiry dates.
const resolved = new WeakMap<DayCalendar, WeakMap<WindowBound, Map<string, string>>>();

/** Resolves a bound against the draft's dates; undefined when its anchor is unknown. */
export function resolveBound(
  bound: WindowBound,
  anchors: Record<string, string | undefined>,
  calendar: DayCalendar,
): string | undefined {
  const anchor = anchors[bound.from];
  if (anchor === undefined) return undefined;
  let byBound = resolved.get(calendar);
  if (!byBound) resolved.set(calendar, (byBound = new WeakMap()));
  let byAnchor = byBound.get(bound);
  if (!byAnchor) byBound.set(bound, (byAnchor = new Map()));
  let date = byAnchor.get(anchor);
  if (date === undefined) {
    if (byAnchor.size >= 50_000) byAnchor.clear();
    byAnchor.set(anchor, (date = shiftBound(bound, anchor, calendar)));
  }
  return date;
}

function shiftBound(bound: WindowBound, anchor: string, calendar: DayCalendar): string {
  const shifted = bound.shift ? shiftIso(anchor, bound.shift, bound.overflow) : anchor;
  if (bound.closedDay === 'next_open_day') return calendar.nextOpenDay(toDate(shifted)).toString();
  if (bound.closedDay === 'previous_open_day') {
    return calendar.previousOpenDay(toDate(shifted)).toString();
  }
  return shifted;
}
