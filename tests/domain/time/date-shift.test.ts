import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { DateShiftError, shiftDate } from '../../../src/domain/time/date-shift';
import { ageOn } from '../../../src/domain/time/tokyo-time';
import { nominalDays } from '../../../src/domain/time/nominal-duration';

const d = (s: string) => Temporal.PlainDate.from(s);

describe('shiftDate', () => {
  it('states what 3 months before 31 May is, per overflow mode', () => {
    expect(shiftDate(d('2026-05-31'), '-P3M', 'constrain').toString()).toBe('2026-02-28');
    expect(shiftDate(d('2026-05-31'), '-P3M', 'forward').toString()).toBe('2026-03-01');
    expect(() => shiftDate(d('2026-05-31'), '-P3M', 'reject')).toThrow(DateShiftError);
  });

  it('lands on 29 February in a leap year', () => {
    expect(shiftDate(d('2028-05-29'), '-P3M').toString()).toBe('2028-02-29');
    expect(shiftDate(d('2028-05-31'), '-P3M', 'forward').toString()).toBe('2028-03-01');
  });

  it('leaves days that exist alone and shifts days without months', () => {
    expect(shiftDate(d('2026-05-15'), '-P3M', 'reject').toString()).toBe('2026-02-15');
    expect(shiftDate(d('2026-12-10'), 'P30D').toString()).toBe('2027-01-09');
    expect(shiftDate(d('2027-03-01'), '-P1D').toString()).toBe('2027-02-28');
  });
});

describe('ageOn and nominal durations', () => {
  it('completes a year on the birthday, and for 29 Feb on 1 March in common years', () => {
    expect(ageOn(d('2011-11-24'), d('2026-11-23'))).toBe(14);
    expect(ageOn(d('2011-11-24'), d('2026-11-24'))).toBe(15);
    expect(ageOn(d('2008-02-29'), d('2023-02-28'))).toBe(14);
    expect(ageOn(d('2008-02-29'), d('2023-03-01'))).toBe(15);
  });

  it('counts 90 days as 3 months', () => {
    expect(nominalDays('P90D')).toBe(nominalDays('P3M'));
    expect(nominalDays('P1Y')).toBeGreaterThan(nominalDays('P6M'));
  });
});
