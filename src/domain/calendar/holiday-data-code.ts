import type { RawHoliday } from './holiday-names';

/**
 * The first year the open-day calendar answers for. Every procedure checked here concerns a
 * residence card, and the card system began on 2012-07-09 (改正入管法, 平成21年法律第79号):
 * an earlier expiry or event date cannot belong to an application still to be filed. Holidays
 * before this year are left out of the app (1970–2011 were 42 % of the package's data).
 * The last year is the package's: its data ends with the last listed holiday.
 */
export const FIRST_CALENDAR_YEAR = 2012;

/** Where `npm run holidays:code` writes the data the calendar reads. */
export const GENERATED_HOLIDAYS = 'src/domain/calendar/generated/holidays.json';

export interface HolidayData {
  /** The package and version the data was taken from. */
  readonly source: string;
  /** First and last day the data vouches for (YYYY-MM-DD). */
  readonly start: string;
  readonly end: string;
  /** Japanese and English name by YYYY-MM-DD, in date order. */
  readonly holidays: Readonly<Record<string, readonly [string, string]>>;
}

/**
 * The holiday data file for the calendar's years: one holiday a line, so that a package
 * upgrade shows in review as the days it adds or changes.
 */
export function holidayDataCode(
  all: Readonly<Record<string, RawHoliday>>,
  source: string,
  firstYear = FIRST_CALENDAR_YEAR,
): string {
  const start = `${String(firstYear).padStart(4, '0')}-01-01`;
  const days = Object.keys(all)
    .filter((day) => day >= start)
    .sort();
  const end = days.at(-1);
  if (end === undefined) throw new Error(`${source} lists no holiday from ${start} on`);
  const lines = days.map((day) => {
    const h = all[day]!;
    return `    ${JSON.stringify(day)}: [${JSON.stringify(h.name)}, ${JSON.stringify(h.name_en)}]`;
  });
  return [
    '{',
    `  "source": ${JSON.stringify(source)},`,
    `  "start": ${JSON.stringify(start)},`,
    `  "end": ${JSON.stringify(end)},`,
    '  "holidays": {',
    lines.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}
