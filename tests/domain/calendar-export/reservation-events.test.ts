import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { toIcs } from '../../../src/domain/calendar-export/ics';
import {
  reservationEvents,
  type ReservationEventTexts,
} from '../../../src/domain/calendar-export/reservation-events';
import { ReservationPlanner } from '../../../src/domain/reservation/reservation-planner';
import { shippedPack } from '../../support/shipped-pack';

const stamp = Temporal.Instant.from('2026-11-24T01:00:00Z');
const texts: ReservationEventTexts = {
  appointment: '入管窓口の予約（東京・申請）',
  deadline: { book: '予約の締切', change: '予約変更の締切', cancel: '予約取消の締切' },
  description: '申請人: 山田 花子, NGUYEN Van A; 他\n予約番号: r-1',
  deadlineNote: 'この1分間（日本時間）が受け付けの最後です。',
};
const reservation = {
  id: 'r-1',
  date: '2026-12-10',
  time: '13:30',
  minutes: 30,
  deadlines: {
    book: '2026-12-09T11:59+09:00',
    change: '2026-12-08T11:59+09:00',
    cancel: '2026-12-08T11:59+09:00',
  },
};

/** The logical lines of a file: folded continuations joined back (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('a reservation as calendar events', () => {
  it('writes the appointment in UTC from Japan time, for the slot length', () => {
    const lines = unfold(toIcs(reservationEvents(reservation, texts), stamp));
    const first = lines.indexOf('UID:r-1-appointment@zairyu-precheck');
    expect(lines.slice(first, first + 4)).toEqual([
      'UID:r-1-appointment@zairyu-precheck',
      'DTSTAMP:20261124T010000Z',
      'DTSTART:20261210T043000Z',
      'DTEND:20261210T050000Z',
    ]);
  });

  it('adds one event per deadline, lasting its last accepted minute', () => {
    const events = reservationEvents(reservation, texts);
    expect(events.map((e) => e.uid)).toEqual([
      'r-1-appointment@zairyu-precheck',
      'r-1-book-deadline@zairyu-precheck',
      'r-1-change-deadline@zairyu-precheck',
      'r-1-cancel-deadline@zairyu-precheck',
    ]);
    const lines = unfold(toIcs(events, stamp));
    const book = lines.indexOf('UID:r-1-book-deadline@zairyu-precheck');
    expect(lines[book + 2]).toBe('DTSTART:20261209T025900Z');
    expect(lines[book + 3]).toBe('DTEND:20261209T030000Z');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(4);
  });

  it('leaves out a deadline the rules do not give', () => {
    const events = reservationEvents(
      { ...reservation, deadlines: { ...reservation.deadlines, change: null } },
      texts,
    );
    expect(events.map((e) => e.uid)).not.toContain('r-1-change-deadline@zairyu-precheck');
    expect(events).toHaveLength(3);
  });

  it('keeps UIDs stable across downloads and slot changes, and safe as text', () => {
    const moved = { ...reservation, date: '2026-12-11', time: '09:00' };
    const a = reservationEvents(reservation, texts).map((e) => e.uid);
    const b = reservationEvents(moved, texts).map((e) => e.uid);
    expect(b).toEqual(a);
    const odd = reservationEvents({ ...reservation, id: 'key;with,odd chars/1' }, texts);
    expect(odd[0]!.uid).toBe('keywithoddchars1-appointment@zairyu-precheck');
  });

  it('escapes the description and folds its long Japanese lines at 75 octets', () => {
    const ics = toIcs(reservationEvents(reservation, texts), stamp);
    const physical = ics.split('\r\n');
    expect(physical.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const description = unfold(ics).find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(description).toBe('DESCRIPTION:申請人: 山田 花子\\, NGUYEN Van A\\; 他\\n予約番号: r-1');
    const deadline = unfold(ics).filter((l) => l.startsWith('DESCRIPTION:'))[1]!;
    expect(deadline.startsWith('DESCRIPTION:この1分間（日本時間）が受け付けの最後です。\\n')).toBe(
      true,
    );
  });

  it('omits DTEND for a moment without length (DTEND must be later than DTSTART)', () => {
    const lines = unfold(toIcs(reservationEvents({ ...reservation, minutes: 0 }, texts), stamp));
    const first = lines.indexOf('UID:r-1-appointment@zairyu-precheck');
    expect(lines[first + 3]).toBe('SUMMARY:入管窓口の予約（東京・申請）');
  });
});

describe('deadlines of a reservation from the shipped rules', () => {
  const planner = new ReservationPlanner(shippedPack());
  const at = Temporal.ZonedDateTime.from('2026-11-24T10:00:00+09:00[Asia/Tokyo]');

  it('are the same as the planner gives for a slot on that day', async () => {
    const reply = await planner.plan(
      {
        system: 'tokyo_application',
        action: 'availability',
        filer: { category: 'org_staff' },
      },
      at,
    );
    const slot = reply.slots[0]!;
    expect(planner.deadlinesFor('tokyo_application', slot.date, at)).toEqual(slot.deadlines);
    expect(slot.deadlines.book).toMatch(/\+09:00$/);
  });
});
