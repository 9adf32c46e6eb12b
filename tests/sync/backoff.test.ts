import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/sync/backoff';

describe('backoffDelay', () => {
  const policy = { baseMs: 1000, capMs: 30000, jitter: 0 };

  it('doubles from the base after each failure', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy))).toEqual([
      1000, 2000, 4000, 8000, 16000,
    ]);
  });

  it('never exceeds the cap, even after very many attempts', () => {
    expect(backoffDelay(6, policy)).toBe(30000);
    expect(backoffDelay(5000, policy)).toBe(30000);
    expect(backoffDelay(0, policy)).toBe(1000);
  });

  it('jitter shortens the delay by at most its share', () => {
    const half = { ...policy, jitter: 0.5 };
    expect(backoffDelay(3, half, () => 0)).toBe(4000);
    expect(backoffDelay(3, half, () => 0.999999)).toBe(2000);
    for (let i = 0; i < 100; i++) {
      const d = backoffDelay(4, half, Math.random);
      expect(d).toBeGreaterThanOrEqual(4000);
      expect(d).toBeLessThanOrEqual(8000);
    }
  });

  it('defaults: 1 s base, 5 min cap, half jitter', () => {
    expect(DEFAULT_BACKOFF).toEqual({ baseMs: 1000, capMs: 300000, jitter: 0.5 });
    expect(backoffDelay(20, DEFAULT_BACKOFF, () => 0)).toBe(300000);
  });
});
