import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../src/sync/types';
import { countdown } from '../../../src/ui/reservations/countdown';
import { caseFromDraft, neededFields } from '../../../src/ui/reservations/draft-to-case';
import {
  existingReservations,
  reservationEntries,
} from '../../../src/ui/reservations/reservation-entries';
import { cleanFiler, filerKeyOf } from '../../../src/ui/reservations/planner-requests';
import { confirmed, filer } from './fixtures';
import { language } from '../../../src/ui/i18n/language.svelte';

const at = (iso: string) => Temporal.ZonedDateTime.from(`${iso}+09:00[Asia/Tokyo]`);

function item(key: string, patch: Partial<OutboxItem>): OutboxItem {
  return {
    key,
    kind: 'book',
    system: 'tokyo_application',
    request: {
      system: 'tokyo_application',
      filer,
      booking: { date: '2026-11-26', time: '09:00', cases: [{ procedure: 'extension' }] },
    },
    state: 'queued',
    attempts: 0,
    nextAttemptAt: null,
    createdAt: '2026-11-24T00:00:00Z',
    updatedAt: '2026-11-24T00:00:00Z',
    ...patch,
  };
}

describe('countdown', () => {
  it('counts to the end of the last accepted minute', () => {
    language.set('en');
    expect(countdown('2026-11-24T11:59+09:00', at('2026-11-24T11:59:30')).text()).toBe(
      '00:00:30 left',
    );
    expect(countdown('2026-11-24T11:59+09:00', at('2026-11-24T12:00:00')).passed).toBe(true);
    language.set('ja');
    expect(countdown('2026-11-25T18:00+09:00', at('2026-11-24T10:00:00')).text()).toBe(
      'あと1日 08:01:00',
    );
  });
});

describe('caseFromDraft', () => {
  it('keeps procedure, filed-together procedures and channel, nothing else', () => {
    const c = caseFromDraft({
      id: 'd1',
      title: 'Kim',
      draft: {
        procedure: 'extension',
        withProcedures: ['reentry'],
        channel: 'counter',
        bureau: 'osaka',
      },
    });
    expect(c).toEqual({
      draftId: 'd1',
      title: 'Kim',
      input: { procedure: 'extension', withProcedures: ['reentry'], channel: 'counter' },
    });
    expect(
      neededFields(['/booking/cases/1/issuanceCounter', '/booking/cases/0/channel'], 1),
    ).toEqual(['issuanceCounter']);
  });
});

describe('reservationEntries', () => {
  it('shows a confirmed booking once and hangs pending cancellations off it', () => {
    const server = [confirmed('r1', '2026-11-27', '10:00')];
    const items = [
      item('k1', { state: 'confirmed', reservationId: 'r1' }),
      item('k2', { state: 'queued' }),
      item('k3', {
        kind: 'cancel',
        request: { system: 'tokyo_application', filer, reservationId: 'r1' },
      }),
      item('k4', { state: 'rejected' }),
    ];
    const entries = reservationEntries(server, items, 'tokyo_application');
    expect(entries.map((e) => [e.id, e.state])).toEqual([
      ['k2', 'queued'],
      ['k4', 'rejected'],
      ['r1', 'confirmed'],
    ]);
    expect(entries[2]!.writes.map((w) => w.kind)).toEqual(['cancel']);
    // The queued booking holds a slot; the rejected one and the one being cancelled do not.
    expect(existingReservations(entries).map((e) => e.id)).toEqual(['k2']);
  });
});

describe('filer helpers', () => {
  it('drops empty credential fields and keys reservations by credential number', () => {
    expect(
      cleanFiler({ category: 'lawyer', credential: { kind: 'notified_certificate', number: '' } }),
    ).toEqual({
      category: 'lawyer',
      credential: { kind: 'notified_certificate' },
    });
    expect(filerKeyOf(filer)).toBe('123456789012');
    expect(filerKeyOf({ category: 'applicant' })).toBe('filer:applicant');
  });
});
