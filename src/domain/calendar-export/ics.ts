import { Temporal } from '@js-temporal/polyfill';

/** One entry of a calendar file: a whole day (a filing window's last day) or a moment. */
export interface CalendarEntry {
  uid: string;
  summary: string;
  description?: string;
  /** YYYY-MM-DD for a whole day, or an ISO instant with offset for a moment. */
  start: string;
  /** Minutes, for a moment (an appointment slot); a whole day lasts the day. */
  minutes?: number;
}

/**
 * An iCalendar file (RFC 5545) agents can add to their own calendar: CRLF line ends, lines
 * folded at 75 octets, text escaped, moments in UTC and whole days as DATE values.
 */
export function toIcs(entries: readonly CalendarEntry[], stamp: Temporal.Instant): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Zairyu Precheck//Filing deadlines//JA',
    'CALSCALE:GREGORIAN',
  ];
  for (const e of entries) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utc(stamp)}`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(e.start)) {
      const day = Temporal.PlainDate.from(e.start);
      lines.push(
        `DTSTART;VALUE=DATE:${compact(day)}`,
        `DTEND;VALUE=DATE:${compact(day.add({ days: 1 }))}`,
      );
    } else {
      const at = Temporal.Instant.from(e.start);
      lines.push(`DTSTART:${utc(at)}`);
      // DTEND must be later than DTSTART (§3.8.2.2); a moment without length has none.
      if (e.minutes) lines.push(`DTEND:${utc(at.add({ minutes: e.minutes }))}`);
    }
    lines.push(`SUMMARY:${escape(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escape(e.description)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

const compact = (day: Temporal.PlainDate) => day.toString().replaceAll('-', '');

function utc(at: Temporal.Instant): string {
  return at.toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');
}

function escape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder();
  const out: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = out.length === 0 ? 75 : 74;
    if (bytes.encode(current + char).length > limit) {
      out.push(current);
      current = char;
    } else current += char;
  }
  out.push(current);
  return out.join('\r\n ');
}
