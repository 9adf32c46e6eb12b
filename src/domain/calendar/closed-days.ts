import type { Temporal } from '@js-temporal/polyfill';
import type { CalendarData, LocalizedText } from './calendar-data';
import { nationalHoliday } from './holidays';
import { parseCalendarData, WEEKDAYS } from './parse-calendar-data';

export type ClosedKind = 'weekend' | 'holiday' | 'year_end' | 'extra';

export interface ClosedReason {
  readonly kind: ClosedKind;
  readonly ja: string;
  readonly en: string;
}

// Indexed by Temporal's dayOfWeek - 1 (Monday first), like WEEKDAYS.
const WEEKDAY_NAMES: readonly LocalizedText[] = [
  { ja: '月曜日', en: 'Monday' },
  { ja: '火曜日', en: 'Tuesday' },
  { ja: '水曜日', en: 'Wednesday' },
  { ja: '木曜日', en: 'Thursday' },
  { ja: '金曜日', en: 'Friday' },
  { ja: '土曜日', en: 'Saturday' },
  { ja: '日曜日', en: 'Sunday' },
];

function monthDayNumber(md: string): number {
  return Number(md.slice(0, 2)) * 100 + Number(md.slice(3, 5));
}

/**
 * Builds the closed-day test for one bureau. Extra closures without a bureau list apply
 * everywhere; with no bureau chosen, only those apply, because one bureau's closure must not
 * move anyone else's dates.
 *
 * When several reasons hold, the most specific one is reported: a national holiday first (Art.
 * 1(1)(iii) itself excludes holidays from the year-end range), then the year end (so that
 * 2 January on a Saturday reads as the new-year closure), then the weekend, then extras.
 */
export function compileClosedDays(
  input: CalendarData,
  bureau?: string,
): (date: Temporal.PlainDate) => ClosedReason | null {
  const data = parseCalendarData(input);
  const weekend = new Set(data.weekend.days.map((d) => WEEKDAYS.indexOf(d) + 1));
  const yearEndFrom = monthDayNumber(data.yearEnd.from);
  const yearEndTo = monthDayNumber(data.yearEnd.to);
  const yearEnd: ClosedReason = { kind: 'year_end', ...data.yearEnd.reason };
  const extras = new Map<string, ClosedReason>();
  for (const e of data.extra) {
    const applies = e.bureaus === undefined || (bureau !== undefined && e.bureaus.includes(bureau));
    if (applies && !extras.has(e.date)) extras.set(e.date, { kind: 'extra', ...e.reason });
  }

  const inYearEnd = (md: number): boolean =>
    yearEndFrom <= yearEndTo
      ? md >= yearEndFrom && md <= yearEndTo
      : md >= yearEndFrom || md <= yearEndTo;

  return (date) => {
    // Looked up first so that dates outside the holiday data throw even on weekends.
    const holiday = nationalHoliday(date);
    if (holiday) return { kind: 'holiday', ja: holiday.ja, en: holiday.en };
    if (inYearEnd(date.month * 100 + date.day)) return yearEnd;
    if (weekend.has(date.dayOfWeek)) {
      const name = WEEKDAY_NAMES[date.dayOfWeek - 1] ?? { ja: '', en: '' };
      return { kind: 'weekend', ja: name.ja, en: name.en };
    }
    return extras.get(date.toString()) ?? null;
  };
}
