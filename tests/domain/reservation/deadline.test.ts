import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { OfficeCalendar } from '../../../src/domain/calendar/office-calendar';
import {
  deadlineFor,
  deadlinePassed,
  formatMinute,
} from '../../../src/domain/reservation/deadline';
import { parseInstant } from '../../../src/domain/time/tokyo-time';
import { shippedPack } from '../../support/shipped-pack';

const calendar = new OfficeCalendar(shippedPack().calendar, 'osaka');
const day = (iso: string) => Temporal.PlainDate.from(iso);

describe('deadlineFor', () => {
  it('counts calendar days: the Tokyo cancel deadline of Tue 15 Dec 2020 is Sun 13 Dec 18:00', () => {
    const spec = { count: 'calendar_days', before: 2, lastMinute: '18:00' } as const;
    expect(formatMinute(deadlineFor(day('2020-12-15'), spec, calendar))).toBe(
      '2020-12-13T18:00+09:00',
    );
  });

  it('counts open days: a Tuesday after a holiday Monday goes back to Friday', () => {
    const spec = { count: 'open_days', before: 1, lastMinute: '11:59' } as const;
    expect(formatMinute(deadlineFor(day('2026-11-24'), spec, calendar))).toBe(
      '2026-11-20T11:59+09:00',
    );
  });

  it('counts open days over the year-end closure', () => {
    const spec = { count: 'open_days', before: 1, lastMinute: '11:59' } as const;
    expect(formatMinute(deadlineFor(day('2027-01-04'), spec, calendar))).toBe(
      '2026-12-28T11:59+09:00',
    );
  });
});

describe('deadlinePassed', () => {
  const last = parseInstant('2020-12-14T11:59:00+09:00');
  it('accepts the whole last minute', () => {
    expect(deadlinePassed(parseInstant('2020-12-14T11:59:59+09:00'), last)).toBe(false);
  });
  it('refuses from the next minute', () => {
    expect(deadlinePassed(parseInstant('2020-12-14T12:00:00+09:00'), last)).toBe(true);
  });
  it('compares instants, not wall clocks of other zones', () => {
    expect(deadlinePassed(parseInstant('2020-12-14T02:59:00Z'), last)).toBe(false);
    expect(deadlinePassed(parseInstant('2020-12-14T03:00:00Z'), last)).toBe(true);
  });
});
