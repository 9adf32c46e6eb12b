import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { ReservationPlannerService } from '../../../src/services/reservation-planner-service';
import { language } from '../../../src/ui/i18n/language.svelte';
import { linkBooking } from '../../../src/ui/reservations/applicant-links';
import {
  calendarFileName,
  reservationCalendar,
} from '../../../src/ui/reservations/reservation-calendar';
import type { ReservationEntry } from '../../../src/ui/reservations/reservation-entries';
import { ReservationsModel } from '../../../src/ui/reservations/reservations-model.svelte';
import { shippedPack } from '../../support/shipped-pack';
import { FakeSync } from './fake-sync';
import { AT } from './fixtures';

const stamp = Temporal.Instant.from('2026-11-24T01:00:00Z');
const entry: ReservationEntry = {
  id: 'r-9',
  key: 'key-1',
  reservationId: 'r-9',
  system: 'tokyo_application',
  date: '2026-11-26',
  time: '10:00',
  cases: [{ procedure: 'extension', channel: 'counter' }],
  state: 'confirmed',
  writes: [],
};
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

function model(unofficial?: string) {
  const service = new ReservationPlannerService(shippedPack(), unofficial ? { unofficial } : {});
  return new ReservationsModel(service, new FakeSync(), AT);
}

describe("a reservation row's calendar file", () => {
  it('holds the appointment and the deadlines the planner gives for that day', () => {
    language.set('en');
    const m = model();
    const lines = unfold(reservationCalendar(m, entry, ['TRAN THI B'], stamp));
    const deadlines = m.service.deadlinesFor('tokyo_application', '2026-11-26', AT)!;
    const utc = (t: string) =>
      Temporal.Instant.from(t).toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(4);
    expect(lines).toContain('DTSTART:20261126T010000Z');
    expect(lines).toContain(
      'SUMMARY:Immigration counter appointment (Tokyo application reservation)',
    );
    expect(lines).toContain(`DTSTART:${utc(deadlines.book!)}`);
    expect(lines).toContain(`DTSTART:${utc(deadlines.cancel!)}`);
    expect(lines).toContain('SUMMARY:Cancellation deadline (2026-11-26 10:00 appointment)');
    expect(lines).toContain('DESCRIPTION:Applicants: TRAN THI B\\nReservation number: r-9');
    expect(lines.join('\n')).not.toContain('unofficial');
    expect(calendarFileName(entry)).toBe('reservation-2026-11-26-1000.ics');
  });

  it('says when unofficial rules are in use, counts cases without names, in Japanese too', () => {
    language.set('ja');
    const m = model('my-pack 9.9.9 abc123');
    const text = unfold(reservationCalendar(m, { ...entry, cases: [{}, {}] }, null, stamp));
    const descriptions = text.filter((l) => l.startsWith('DESCRIPTION:'));
    expect(descriptions).toHaveLength(4);
    for (const d of descriptions) {
      expect(d).toContain('非公式ルール: my-pack 9.9.9 abc123');
      expect(d).toContain('申請件数: 2');
    }
    language.set('en');
  });

  it('keeps the booking key as the events id once the server has confirmed it', () => {
    const m = model();
    m.links = linkBooking([], 'key-1', ['d1']);
    const lines = unfold(reservationCalendar(m, entry, null, stamp));
    expect(lines).toContain('UID:key-1-appointment@zairyu-precheck');
  });
});
