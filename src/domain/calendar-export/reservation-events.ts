import { Temporal } from '@js-temporal/polyfill';
import type { ReservationDeadlines } from '../reservation/reservation-reply';
import { TIME_ZONE } from '../time/tokyo-time';
import type { CalendarEntry } from './ics';

export type DeadlineKind = keyof ReservationDeadlines;

/** The words of one reservation's calendar file, in the screen's language. */
export interface ReservationEventTexts {
  appointment: string;
  deadline: Record<DeadlineKind, string>;
  /** Shared by every event: applicants, reservation number, the unofficial-rules line. */
  description: string;
  /** Added to a deadline's description: how its last minute is meant. */
  deadlineNote: string;
}

export interface ReservationForCalendar {
  /** The server's reservation id, or the outbox key of a booking not yet sent. */
  id: string;
  date: string;
  time: string;
  minutes: number;
  deadlines: ReservationDeadlines;
}

const KINDS: readonly DeadlineKind[] = ['book', 'change', 'cancel'];

/**
 * The appointment and each deadline the rules give for it, as events of one file. UIDs
 * derive from the reservation id alone, so a file downloaded again (after a change of
 * slot) updates the events already imported instead of adding copies. A deadline is the
 * last minute an action is accepted, so its event lasts that one minute.
 */
export function reservationEvents(
  r: ReservationForCalendar,
  texts: ReservationEventTexts,
): CalendarEntry[] {
  const base = r.id.replace(/[^\w-]/g, '');
  const start = Temporal.PlainDate.from(r.date)
    .toZonedDateTime({ timeZone: TIME_ZONE, plainTime: Temporal.PlainTime.from(r.time) })
    .toInstant()
    .toString();
  const entries: CalendarEntry[] = [
    {
      uid: `${base}-appointment@zairyu-precheck`,
      summary: texts.appointment,
      description: texts.description,
      start,
      minutes: r.minutes,
    },
  ];
  for (const kind of KINDS) {
    const last = r.deadlines[kind];
    if (!last) continue;
    entries.push({
      uid: `${base}-${kind}-deadline@zairyu-precheck`,
      summary: texts.deadline[kind],
      description: `${texts.deadlineNote}\n${texts.description}`,
      start: Temporal.Instant.from(last).toString(),
      minutes: 1,
    });
  }
  return entries;
}
