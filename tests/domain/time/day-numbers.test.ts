import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { ageOnIso, daysFromTo, epochDay } from '../../../src/domain/time/day-numbers';
import { ageOn, daysBetween, toDate } from '../../../src/domain/time/tokyo-time';

// The integer and string shortcuts must answer exactly as Temporal does, leap days included.
const on = (iso: string) => Temporal.PlainDate.from(iso);
const births: string[] = [];
for (let d = on('1964-01-01'); d.year < 1970; d = d.add({ days: 1 })) births.push(d.toString());
for (const y of [1996, 2000, 2004, 2023, 2024, 2025, 2026, 2028]) {
  for (const md of ['01-01', '02-28', '02-29', '03-01', '12-31']) {
    const iso = `${y}-${md}`;
    if (md !== '02-29' || y % 4 === 0) births.push(iso);
  }
}
const days = [
  '2026-11-24',
  '2027-02-28',
  '2027-03-01',
  '2028-02-28',
  '2028-02-29',
  '2028-03-01',
  '1968-02-29',
  '1965-06-15',
  '2024-12-31',
];

describe('day numbers and ages from ISO strings', () => {
  it('gives the age Temporal gives for every birth date of six years and leap-day births', () => {
    let compared = 0;
    for (const birth of births) {
      for (const day of days) {
        expect(ageOnIso(birth, day), `${birth} on ${day}`).toBe(ageOn(toDate(birth), toDate(day)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(19_000);
  });

  it('numbers every day from 1964 to 2052 as Temporal counts them', () => {
    const epoch = on('1970-01-01');
    let day = on('1964-01-01');
    let expected = epoch.until(day, { largestUnit: 'days' }).days;
    for (; day.year < 2053; day = day.add({ days: 1 }), expected++) {
      expect(epochDay(day.toString())).toBe(expected);
    }
  });

  it('counts days between dates as Temporal does', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    for (const a of ['2024-02-28', '2026-11-24', '1965-03-01']) {
      for (const b of ['2024-03-01', '2050-11-23', '1964-12-31', '2026-11-24']) {
        expect(daysFromTo(a, b)).toBe(daysBetween(toDate(a), toDate(b)));
      }
    }
  });
});
