import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../src/sync/types';
import {
  applicantNames,
  linkBooking,
  linkOf,
  reconcileLinks,
} from '../../../src/ui/reservations/applicant-links';
import type { ReservationEntry } from '../../../src/ui/reservations/reservation-entries';

const words = { untitled: '(untitled)', deleted: '(deleted)' };
const titles = new Map([
  ['d1', 'YAMADA Hanako'],
  ['d2', ''],
  ['d3', 'NGUYEN Van A'],
]);

function item(partial: Partial<OutboxItem> & Pick<OutboxItem, 'key' | 'kind'>): OutboxItem {
  return {
    system: 'tokyo_application',
    request: { system: 'tokyo_application', filer: { category: 'org_staff' } },
    state: 'confirmed',
    attempts: 1,
    nextAttemptAt: null,
    createdAt: '2026-11-24T01:00:00Z',
    updatedAt: '2026-11-24T01:00:00Z',
    ...partial,
  };
}

function entry(cases: number, more: Partial<ReservationEntry> = {}): ReservationEntry {
  return {
    id: 'x',
    system: 'tokyo_application',
    date: '2026-12-10',
    time: '09:00',
    cases: Array.from({ length: cases }, () => ({ procedure: 'extension' })),
    state: 'confirmed',
    writes: [],
    ...more,
  };
}

describe('applicant links', () => {
  it('names the applicants of a booking in case order, while it is still in the outbox', () => {
    const links = linkBooking([], 'k1', ['d1', 'd2', 'gone']);
    expect(applicantNames(entry(3, { key: 'k1', state: 'queued' }), links, titles, words)).toEqual([
      'YAMADA Hanako',
      '(untitled)',
      '(deleted)',
    ]);
  });

  it('follows the booking to its server id once confirmed', () => {
    const links = linkBooking([], 'k1', ['d1']);
    const next = reconcileLinks(links, [item({ key: 'k1', kind: 'book', reservationId: 'r-9' })]);
    expect(next).not.toBe(links);
    expect(applicantNames(entry(1, { reservationId: 'r-9' }), next, titles, words)).toEqual([
      'YAMADA Hanako',
    ]);
    expect(reconcileLinks(next, [item({ key: 'k1', kind: 'book', reservationId: 'r-9' })])).toBe(
      next,
    );
  });

  it('drops the cases of a confirmed partial cancellation, once', () => {
    let links = reconcileLinks(linkBooking([], 'k1', ['d1', 'd2', 'd3']), [
      item({ key: 'k1', kind: 'book', reservationId: 'r-9' }),
    ]);
    const cancel = item({
      key: 'c1',
      kind: 'cancel',
      request: {
        system: 'tokyo_application',
        filer: { category: 'org_staff' },
        reservationId: 'r-9',
        cancelCases: [1],
      },
    });
    links = reconcileLinks(links, [cancel]);
    expect(reconcileLinks(links, [cancel])).toBe(links);
    expect(applicantNames(entry(2, { reservationId: 'r-9' }), links, titles, words)).toEqual([
      'YAMADA Hanako',
      'NGUYEN Van A',
    ]);
  });

  it('ignores answers that are not confirmations', () => {
    const links = linkBooking([], 'k1', ['d1']);
    const sent = item({ key: 'k1', kind: 'book', reservationId: 'r-9', state: 'sent' });
    expect(reconcileLinks(links, [sent])).toBe(links);
  });

  it('names nobody when the reservation was not booked here or its cases no longer line up', () => {
    const links = linkBooking([], 'k1', ['d1', 'd3']);
    expect(applicantNames(entry(2, { key: 'other' }), links, titles, words)).toBeNull();
    expect(applicantNames(entry(1, { key: 'k1' }), links, titles, words)).toBeNull();
  });
});

describe('the link of a row', () => {
  it('is found by the outbox key before the server answers and by its id after', () => {
    const links = reconcileLinks(linkBooking([], 'k1', ['d1']), [
      item({ key: 'k1', kind: 'book', reservationId: 'r-9' }),
    ]);
    expect(linkOf({ key: 'k1' }, links)?.key).toBe('k1');
    expect(linkOf({ reservationId: 'r-9' }, links)?.key).toBe('k1');
    expect(linkOf({ reservationId: 'r-8' }, links)).toBeUndefined();
  });
});
