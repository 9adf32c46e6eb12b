import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { toIcs } from '../../src/domain/calendar-export/ics';

describe('calendar file (RFC 5545)', () => {
  const stamp = Temporal.Instant.from('2026-11-24T01:00:00Z');

  it('writes whole days as DATE values and moments in UTC, with CRLF line ends', () => {
    const ics = toIcs(
      [
        { uid: 'w1@zairyu', summary: 'Last day: extension, NGUYEN', start: '2027-01-30' },
        {
          uid: 'r1@zairyu',
          summary: 'Counter appointment',
          start: '2026-12-10T10:00:00+09:00',
          minutes: 30,
        },
      ],
      stamp,
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270130\r\nDTEND;VALUE=DATE:20270131');
    expect(ics).toContain('DTSTART:20261210T010000Z\r\nDTEND:20261210T013000Z');
    expect(ics).toContain('DTSTAMP:20261124T010000Z');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
  });

  it('escapes text and folds long lines at 75 octets, Japanese included', () => {
    const long = '在留期間更新許可申請の申請期間の最終日です, 窓口は混雑します; 早めに'.repeat(3);
    const ics = toIcs([{ uid: 'x', summary: long, start: '2027-01-30' }], stamp);
    const lines = ics.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const summary = lines
      .slice(lines.findIndex((l) => l.startsWith('SUMMARY:')))
      .filter((l, i) => i === 0 || l.startsWith(' '))
      .map((l, i) => (i === 0 ? l : l.slice(1)))
      .join('');
    expect(summary).toContain('最終日です\\, 窓口は混雑します\\; 早めに');
  });
});
