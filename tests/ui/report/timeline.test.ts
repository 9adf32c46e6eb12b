import { describe, expect, it } from 'vitest';
import { buildTimeline, tokyoDay } from '../../../src/ui/report/timeline';

describe('buildTimeline', () => {
  it('places opens, today, closes and expiry in calendar order', () => {
    const t = buildTimeline(
      { opens: '2026-10-31', closes: '2027-01-30', isOpen: true },
      '2026-11-24',
      '2027-01-31',
    );
    expect(t.marks.map((m) => m.kind)).toEqual(['opens', 'today', 'closes', 'expiry']);
    const [opens, today, closes, expiry] = t.marks.map((m) => m.x);
    expect(opens).toBeCloseTo(0.08);
    expect(expiry).toBeCloseTo(0.92);
    expect(today! - opens!).toBeLessThan(closes! - today!);
    expect(t.bar).toEqual({ from: opens, to: closes });
  });

  it('runs an open-ended window to the edge and puts a lone day in the middle', () => {
    const t = buildTimeline(
      { opens: null, closes: '2027-01-30', isOpen: true },
      '2026-11-24',
      undefined,
    );
    expect(t.bar?.from).toBe(0);
    const alone = buildTimeline(
      { opens: null, closes: null, isOpen: null },
      '2026-11-24',
      undefined,
    );
    expect(alone.marks).toEqual([{ kind: 'today', date: '2026-11-24', x: 0.5 }]);
    expect(alone.bar).toBeNull();
  });

  it('counts leap days', () => {
    const t = buildTimeline(
      { opens: '2028-02-28', closes: '2028-03-01', isOpen: true },
      '2028-02-29',
      undefined,
    );
    expect(t.marks[1]!.x).toBeCloseTo(0.5);
  });

  it('takes the as-of day in Japan time', () => {
    expect(tokyoDay('2026-11-23T15:30:00Z')).toBe('2026-11-24');
    expect(tokyoDay('2026-11-24T10:00:00+09:00')).toBe('2026-11-24');
  });
});
