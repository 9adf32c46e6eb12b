import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../src/ui/shell/hash-route';

describe('hash routes', () => {
  it('round-trips every screen', () => {
    for (const route of [
      { page: 'cases' },
      { page: 'case', id: 'a b/c' },
      { page: 'bulk' },
      { page: 'check' },
      { page: 'reservations' },
      { page: 'workbench' },
    ] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
    // Client reports of several cases; ids with commas or slashes survive the trip.
    const reports = { page: 'report' as const, ids: ['a,b', 'c/d', 'e'] };
    expect(parseRoute(routeHash(reports))).toEqual(reports);
    expect(routeHash({ page: 'report', ids: ['x', 'y'] })).toBe('#/report/x,y');
  });

  it('falls back to the case list for unknown or empty hashes', () => {
    expect(parseRoute('')).toEqual({ page: 'cases' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'cases' });
    expect(parseRoute('#/report/')).toEqual({ page: 'cases' });
  });
});
