import { describe, expect, it } from 'vitest';
import { describeDuration, parseDurationInput } from '../../../src/ui/editor/parse-duration-input';
import { decodeText, shownText } from '../../../src/ui/editor/field-codec';

describe('parseDurationInput', () => {
  it('reads periods as people write them', () => {
    expect(parseDurationInput('1年')).toBe('P1Y');
    expect(parseDurationInput('6か月')).toBe('P6M');
    expect(parseDurationInput('６ヶ月')).toBe('P6M');
    expect(parseDurationInput('90日')).toBe('P90D');
    expect(parseDurationInput('1 year 6 months')).toBe('P1Y6M');
    expect(parseDurationInput('p3m')).toBe('P3M');
  });

  it('leaves unfinished or unknown text undecided', () => {
    expect(parseDurationInput('1')).toBeUndefined();
    expect(parseDurationInput('1年1年')).toBeUndefined();
    expect(parseDurationInput('3 fortnights')).toBeUndefined();
  });

  it('describes a stored period', () => {
    expect(describeDuration('P1Y6M', 'ja')).toBe('1年6か月');
    expect(describeDuration('P1Y', 'en')).toBe('1 year');
    expect(describeDuration('P90D', 'en')).toBe('90 days');
  });
});

describe('field codec', () => {
  it('upper-cases a nationality code and flags a wrong one', () => {
    expect(decodeText('/applicant/nationality', 'text', 'vnm')).toEqual({ value: 'VNM' });
    expect(decodeText('/applicant/nationality', 'text', 'VN').problem).toBe('notANationality');
  });

  it('shows the typed text while it stands for the stored value, else the stored value', () => {
    expect(shownText('/x', 'date', '2027-01-31', '2027/1/31')).toBe('2027/1/31');
    expect(shownText('/x', 'date', undefined, '2027-0')).toBe('2027-0');
    expect(shownText('/x', 'date', '2027-02-01', '2027/1/31')).toBe('2027-02-01');
  });
});
