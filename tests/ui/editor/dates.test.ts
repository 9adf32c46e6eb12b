import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { formatEra } from '../../../src/ui/dates/era-format';
import { parseDateInput } from '../../../src/ui/dates/parse-date-input';

describe('formatEra', () => {
  it('writes a Reiwa day', () => {
    expect(formatEra('2026-11-24')).toBe('令和8年11月24日');
    expect(formatEra(Temporal.PlainDate.from('2027-01-31'))).toBe('令和9年1月31日');
  });

  it('switches from Heisei to Reiwa on 2019-05-01 and writes the first year as 元年', () => {
    expect(formatEra('2019-04-30')).toBe('平成31年4月30日');
    expect(formatEra('2019-05-01')).toBe('令和元年5月1日');
    expect(formatEra('2019-12-31')).toBe('令和元年12月31日');
    expect(formatEra('2020-01-01')).toBe('令和2年1月1日');
    expect(formatEra('1989-01-08')).toBe('平成元年1月8日');
  });

  it('keeps leap days and month ends on their day', () => {
    expect(formatEra('2028-02-29')).toBe('令和10年2月29日');
    expect(formatEra('2026-11-24', 'en')).toBe('November 24, 8 Reiwa');
    expect(formatEra('2026-12-31')).toBe('令和8年12月31日');
  });

  it('shows nothing for a half-typed or impossible date', () => {
    expect(formatEra('2026-11')).toBeUndefined();
    expect(formatEra('2026-02-30')).toBeUndefined();
  });
});

describe('parseDateInput', () => {
  it('reads the usual ways of writing a date', () => {
    expect(parseDateInput('2027-01-31')).toBe('2027-01-31');
    expect(parseDateInput('2027/1/31')).toBe('2027-01-31');
    expect(parseDateInput('20270131')).toBe('2027-01-31');
    expect(parseDateInput('２０２７／１／３１')).toBe('2027-01-31');
  });

  it('reads Japanese era dates and rejects a day outside the era', () => {
    expect(parseDateInput('令和9年1月31日')).toBe('2027-01-31');
    expect(parseDateInput('R1.5.1')).toBe('2019-05-01');
    expect(parseDateInput('令和元年5月1日')).toBe('2019-05-01');
    expect(parseDateInput('平成31年4月30日')).toBe('2019-04-30');
    expect(parseDateInput('令和1年4月30日')).toBeUndefined();
  });

  it('leaves partial or impossible input undecided', () => {
    expect(parseDateInput('2027-01')).toBeUndefined();
    expect(parseDateInput('2027-02-29')).toBeUndefined();
    expect(parseDateInput('')).toBeUndefined();
  });
});
