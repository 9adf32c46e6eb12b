import { describe, expect, it } from 'vitest';
import type { CaseState, CaseStateKind } from '../../../src/domain/cases-dashboard/case-state';
import {
  closeWithinDays,
  DEFAULT_CLOSE_WITHIN_DAYS,
  thisWeek,
} from '../../../src/domain/cases-dashboard/this-week';
import { civilDay, isoCivilDay } from '../../../src/domain/time/civil-day';
import { Temporal } from '@js-temporal/polyfill';

const state = (kind: CaseStateKind, opens: string | null, closes: string | null): CaseState => ({
  kind,
  opens,
  closes,
  daysToOpen: null,
  daysToClose: null,
  needs: 0,
  blocks: 0,
});

const TODAY = '2026-12-28';

describe('thisWeek', () => {
  it('sorts cases into overdue, opening within 7 days and closing within N days', () => {
    const week = thisWeek(
      [
        { id: 'closed-yesterday', state: state('too_late', '2026-10-01', '2026-12-27') },
        { id: 'closed-long-ago', state: state('too_late', '2026-01-01', '2026-03-31') },
        { id: 'opens-tomorrow', state: state('not_yet_open', '2026-12-29', '2027-03-29') },
        // across the new year: 7 days from 28 Dec is 4 Jan
        { id: 'opens-in-7', state: state('not_yet_open', '2027-01-04', '2027-04-04') },
        { id: 'opens-in-8', state: state('not_yet_open', '2027-01-05', '2027-04-05') },
        { id: 'closes-today', state: state('closes_soon', '2026-09-28', '2026-12-28') },
        { id: 'closes-in-14', state: state('needs_input', '2026-10-11', '2027-01-11') },
        { id: 'closes-in-15', state: state('fileable', '2026-10-12', '2027-01-12') },
        { id: 'no-window', state: state('fileable', null, null) },
        { id: 'unchecked', state: null },
        { id: 'invalid', state: state('invalid', null, null) },
      ],
      TODAY,
    );
    expect(week.overdue.map((c) => [c.id, c.days])).toEqual([
      ['closed-yesterday', -1],
      ['closed-long-ago', -272],
    ]);
    expect(week.opens.map((c) => [c.id, c.days])).toEqual([
      ['opens-tomorrow', 1],
      ['opens-in-7', 7],
    ]);
    expect(week.closes.map((c) => [c.id, c.days])).toEqual([
      ['closes-today', 0],
      ['closes-in-14', 14],
    ]);
  });

  it('counts days from the dates, not from a state cached on an earlier day', () => {
    // Cached two days ago as "not yet open, opens in 2 days": today it is open and closes soon.
    const cached = { ...state('not_yet_open', '2026-12-28', '2027-01-05'), daysToOpen: 2 };
    const week = thisWeek([{ id: 'a', state: cached }], TODAY, 10);
    expect(week.opens).toEqual([]);
    expect(week.closes).toEqual([{ id: 'a', reason: 'closes', day: '2027-01-05', days: 8 }]);
  });

  it('follows the N setting, and a bad setting falls back to the default', () => {
    const rows = [{ id: 'a', state: state('fileable', '2026-10-01', '2027-01-27') }];
    expect(thisWeek(rows, TODAY, 30).closes).toHaveLength(1);
    expect(thisWeek(rows, TODAY, 29).closes).toHaveLength(0);
    expect(closeWithinDays(30)).toBe(30);
    for (const bad of [undefined, -1, 2.5, '30', 1000])
      expect(closeWithinDays(bad)).toBe(DEFAULT_CLOSE_WITHIN_DAYS);
  });

  it('refuses a today that is not an ISO day', () => {
    expect(() => thisWeek([], '2026/12/28')).toThrow(/YYYY-MM-DD.*2026\/12\/28/);
  });

  it('handles ten thousand cases in one pass', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      id: String(i),
      state: state('fileable', '2026-10-01', `2027-01-${String(1 + (i % 28)).padStart(2, '0')}`),
    }));
    const week = thisWeek(rows, TODAY, 14);
    // 1..11 January are within 14 days of 28 December: 11 of every 28 days.
    expect(week.closes.length).toBe(rows.filter((r) => r.state.closes! <= '2027-01-11').length);
  });
});

describe('civilDay', () => {
  it('counts days as Temporal does, across leap years and centuries', () => {
    const epoch = Temporal.PlainDate.from('1970-01-01');
    for (const iso of ['1900-03-01', '2000-02-29', '2024-12-31', '2026-12-28', '2100-03-01'])
      expect(isoCivilDay(iso)).toBe(epoch.until(iso, { largestUnit: 'days' }).days);
    expect(civilDay(1970, 1, 1)).toBe(0);
    expect(isoCivilDay('28 Dec 2026')).toBeUndefined();
  });
});
