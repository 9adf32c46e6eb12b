import { describe, expect, it } from 'vitest';
import { heldSlots, quotaState } from '../../../src/domain/reservation/held-slots';
import { parseInstant } from '../../../src/domain/time/tokyo-time';

const r = (id: string, date: string, time: string, n = 1) => ({
  id,
  date,
  time,
  cases: Array.from({ length: n }, () => ({ procedure: 'extension' })),
});
const existing = [
  r('a', '2020-12-10', '10:00'),
  r('b', '2020-12-11', '09:00', 2),
  r('c', '2020-12-11', '09:00', 3),
  r('d', '2020-12-15', '09:00'),
];

describe('heldSlots', () => {
  it('merges reservations in one slot and keeps the cases', () => {
    const held = heldSlots(existing, parseInstant('2020-12-08T10:00:00+09:00'), 30);
    expect(held.map((h) => [h.date, h.time, h.cases])).toEqual([
      ['2020-12-10', '10:00', 1],
      ['2020-12-11', '09:00', 5],
      ['2020-12-15', '09:00', 1],
    ]);
  });

  it('drops a reservation once its slot has ended', () => {
    expect(heldSlots(existing, parseInstant('2020-12-10T10:29:00+09:00'), 30)).toHaveLength(3);
    expect(heldSlots(existing, parseInstant('2020-12-10T10:30:00+09:00'), 30)).toHaveLength(2);
  });

  it('leaves out the reservation being changed', () => {
    expect(heldSlots(existing, parseInstant('2020-12-08T10:00:00+09:00'), 30, 'd')).toHaveLength(2);
  });
});

describe('quotaState', () => {
  const at = parseInstant('2020-12-08T10:00:00+09:00');
  it('is free below the limit', () => {
    expect(quotaState(heldSlots(existing.slice(0, 2), at, 30), 3)).toEqual({
      limit: 3,
      held: 2,
      remaining: 1,
      freesAt: null,
    });
  });
  it('at the limit names when the earliest slot ends', () => {
    expect(quotaState(heldSlots(existing, at, 30), 3).freesAt).toBe('2020-12-10T10:30+09:00');
  });
  it('over the limit waits for enough slots to end', () => {
    expect(quotaState(heldSlots(existing, at, 30), 2).freesAt).toBe('2020-12-11T09:30+09:00');
  });
});
