import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import type { CalendarData } from '../../../src/domain/calendar/calendar-data';
import { OfficeCalendar } from '../../../src/domain/calendar/office-calendar';
import closures from '../../../rules/calendar/closures.json';

const d = (s: string) => Temporal.PlainDate.from(s);
const data = closures as unknown as CalendarData;

describe('OfficeCalendar', () => {
  const calendar = new OfficeCalendar(data, 'tokyo');

  it('closes weekends, national holidays and 29 Dec – 3 Jan', () => {
    expect(calendar.closedReason(d('2026-11-23'))?.kind).toBe('holiday');
    expect(calendar.closedReason(d('2026-11-28'))?.kind).toBe('weekend');
    expect(calendar.closedReason(d('2026-12-29'))?.kind).toBe('year_end');
    expect(calendar.closedReason(d('2027-01-01'))?.kind).toBe('holiday');
    expect(calendar.isOpenDay(d('2026-11-24'))).toBe(true);
    expect(calendar.isOpenDay(d('2026-12-28'))).toBe(true);
  });

  it('moves to the next open day over the year end', () => {
    expect(calendar.nextOpenDay(d('2026-12-29')).toString()).toBe('2027-01-04');
    expect(calendar.nextOpenDay(d('2026-12-28')).toString()).toBe('2026-12-28');
    expect(calendar.nextOpenDay(d('2026-12-28'), { inclusive: false }).toString()).toBe(
      '2027-01-04',
    );
    expect(calendar.previousOpenDay(d('2027-01-03')).toString()).toBe('2026-12-28');
  });

  it('lists consecutive open days across a holiday weekend', () => {
    const days = calendar.openDaysFrom(d('2026-11-20'), 3).map(String);
    expect(days).toEqual(['2026-11-20', '2026-11-24', '2026-11-25']);
  });

  it('applies an extra closure only to the bureau it names', () => {
    const extra: CalendarData = {
      ...data,
      extra: [
        {
          date: '2026-11-25',
          bureaus: ['osaka'],
          reason: { ja: '庁舎点検', en: 'Building inspection' },
          source: { document: 'domain-facts', section: 'test' },
          confidence: 'official',
          note: 'test closure',
        },
      ],
    };
    expect(new OfficeCalendar(extra, 'osaka').closedReason(d('2026-11-25'))?.en).toBe(
      'Building inspection',
    );
    expect(new OfficeCalendar(extra, 'tokyo').isOpenDay(d('2026-11-25'))).toBe(true);
  });
});
