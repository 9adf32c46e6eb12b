import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../src/sync/types';
import { isDefiniteAnswer, parseProblem, wireRequest } from '../../src/sync/wire';
import { book } from './helpers';

const item = (kind: OutboxItem['kind'], request: OutboxItem['request']): OutboxItem => ({
  key: 'k',
  kind,
  system: request.system,
  request,
  state: 'queued',
  attempts: 0,
  nextAttemptAt: null,
  createdAt: '',
  updatedAt: '',
});

describe('wire mapping', () => {
  it('maps book, change and cancel to the documented routes and bodies', () => {
    const b = book('2026-11-26', '10:00');
    expect(wireRequest(item('book', b))).toEqual({
      method: 'POST',
      path: '/api/reservations',
      body: { system: b.system, filer: b.filer, booking: b.booking },
    });
    const change = wireRequest(item('change', { ...b, reservationId: 'r/1' }));
    expect(change.path).toBe('/api/reservations/r%2F1/change');
    expect(Object.keys(change.body)).toEqual(['system', 'filer', 'booking']);
    const cancel = wireRequest(item('cancel', { ...b, afterKey: 'k0', cancelCases: [1] }), 'r-2');
    expect(cancel).toEqual({
      method: 'POST',
      path: '/api/reservations/r-2/cancel',
      body: { system: b.system, filer: b.filer, cancelCases: [1] },
    });
  });

  it('treats 2xx and 4xx as answers, 408/425/429 and 5xx as "try again"', () => {
    expect([200, 201, 400, 404, 409, 422].every(isDefiniteAnswer)).toBe(true);
    expect([408, 425, 429, 500, 502, 503, 301].some(isDefiniteAnswer)).toBe(false);
  });

  it('reads problem details, and gives a reason to replies that are not problems', () => {
    const p = {
      type: '/api/problems/deadline',
      title: 't',
      status: 422,
      detail: 'd',
      reason: 'deadline',
    };
    expect(parseProblem(JSON.stringify(p), 422)).toEqual(p);
    expect(parseProblem('<html>', 404)).toMatchObject({ reason: 'not_found', status: 404 });
    expect(parseProblem('{"reason":"other"}', 400)).toMatchObject({ reason: 'invalid' });
  });
});
