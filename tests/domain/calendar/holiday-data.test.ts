import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import holidayJp from '@holiday-jp/holiday_jp';
import { Temporal } from '@js-temporal/polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkAsOf } from '../../../src/cli/as-of-range';
import { expectedHolidayData } from '../../../src/cli/holiday-source';
import { PROJECT_ROOT } from '../../../src/cli/project-root';
import {
  FIRST_CALENDAR_YEAR,
  GENERATED_HOLIDAYS,
} from '../../../src/domain/calendar/holiday-data-code';
import {
  CalendarRangeError,
  HOLIDAY_COVERAGE,
  nationalHoliday,
} from '../../../src/domain/calendar/holidays';
import { calendarRange } from '../../../src/domain/loading/draft-plausibility';

const d = (s: string) => Temporal.PlainDate.from(s);
const zoned = (s: string) => Temporal.PlainDate.from(s).toZonedDateTime('Asia/Tokyo');

/** What the CLI prints for an --as-of on this day (it exits with 2), or null when it accepts. */
function cliAsOf(day: string, lang: 'ja' | 'en'): string | null {
  const printed: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((m: string) => void printed.push(m));
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  try {
    checkAsOf(zoned(day), lang);
    return null;
  } catch (e) {
    expect((e as Error).message).toBe('exit 2');
    return printed.join('\n');
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('holiday data for the calendar years', () => {
  it('is the package data from the first calendar year on (run npm run holidays:code when this fails)', () => {
    const committed = readFileSync(join(PROJECT_ROOT, GENERATED_HOLIDAYS), 'utf8');
    expect(committed === expectedHolidayData()).toBe(true);
  });

  it('answers like the package for every listed day in the range and nothing before it', () => {
    const start = `${FIRST_CALENDAR_YEAR}-01-01`;
    expect(HOLIDAY_COVERAGE.start.toString()).toBe(start);
    const listed = Object.keys(holidayJp.holidays);
    expect(HOLIDAY_COVERAGE.end.toString()).toBe(listed.sort().at(-1));
    for (const day of listed.filter((k) => k >= start)) {
      expect(nationalHoliday(d(day)), day).not.toBeNull();
    }
    expect(nationalHoliday(d('2026-11-24'))).toBeNull();
    expect(nationalHoliday(d(start))).toEqual({ ja: '元日', en: "New Year's Day" });
    expect(() => nationalHoliday(d(start).subtract({ days: 1 }))).toThrow(CalendarRangeError);
  });

  it('is the range the README states for the CLI, and the draft dates a year inside it', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const from = HOLIDAY_COVERAGE.start.toString();
    const to = HOLIDAY_COVERAGE.end.toString();
    expect(readme).toContain(`The national holiday data covers ${from} to ${to}`);
    const { from: first, until } = calendarRange();
    expect(readme).toContain(`a year inside it (${first} to ${until})`);
  });

  it('refuses a day outside it with the error the CLI prints, in both languages', () => {
    const before = HOLIDAY_COVERAGE.start.subtract({ days: 1 });
    const after = HOLIDAY_COVERAGE.end.add({ days: 1 });
    for (const day of [before, after]) {
      let error: unknown;
      try {
        nationalHoliday(day);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CalendarRangeError);
      const range = error as CalendarRangeError;
      expect(range.en).toBe(
        `${day} is outside the dates the open-day calendar covers (${HOLIDAY_COVERAGE.start} to ${HOLIDAY_COVERAGE.end})`,
      );
      expect(cliAsOf(day.toString(), 'en')).toBe(`--as-of: ${range.en}`);
      expect(cliAsOf(day.toString(), 'ja')).toBe(`--as-of: ${range.ja}`);
      expect(range.message).toContain(range.ja);
    }
    expect(cliAsOf(HOLIDAY_COVERAGE.start.toString(), 'en')).toBeNull();
    expect(cliAsOf(HOLIDAY_COVERAGE.end.toString(), 'en')).toBeNull();
  });
});
