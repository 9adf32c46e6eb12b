import { Temporal } from '@js-temporal/polyfill';
import { toIcs } from '../../domain/calendar-export/ics';
import { reservationEvents } from '../../domain/calendar-export/reservation-events';
import { m } from '../i18n/messages';
import { linkOf } from './applicant-links';
import type { ReservationEntry } from './reservation-entries';
import { SYSTEM_NAME } from './reservation-terms';
import type { ReservationsModel } from './reservations-model.svelte';

/**
 * The calendar file of one reservation row: the appointment and its book / change / cancel
 * deadlines as the rules in force now set them, in the screen's language. Names go in the
 * description only, so a calendar's notification on a locked phone shows none.
 */
export function reservationCalendar(
  model: ReservationsModel,
  entry: ReservationEntry,
  names: readonly string[] | null,
  stamp: Temporal.Instant = Temporal.Now.instant(),
): string {
  const slot = `${entry.date} ${entry.time}`;
  const minutes =
    model.service.paramsOn(entry.system, entry.date)?.slotMinutes ?? model.layout?.slotMinutes;
  const lines: string[] = [
    names?.length
      ? m.ics_resvApplicants({ names: names.join(', ') })
      : m.ics_resvCaseCount({ count: entry.cases.length }),
    entry.reservationId ? m.ics_resvNumber({ id: entry.reservationId }) : m.ics_resvNotSent(),
  ];
  if (model.service.unofficial) {
    lines.push(`${m.trust_unofficialRules()}: ${model.service.unofficial}`);
  }
  const events = reservationEvents(
    {
      // The booking's outbox key while this device knows it: the same events before and
      // after the server confirms; otherwise the server's id.
      id: linkOf(entry, model.links)?.key ?? entry.reservationId ?? entry.key ?? entry.id,
      date: entry.date,
      time: entry.time,
      minutes: minutes ?? 0,
      deadlines: model.service.deadlinesFor(entry.system, entry.date, model.now) ?? {
        book: null,
        change: null,
        cancel: null,
      },
    },
    {
      appointment: m.ics_resvAppointment({ system: SYSTEM_NAME[entry.system]() }),
      deadline: {
        book: m.ics_resvBookBy({ slot }),
        change: m.ics_resvChangeBy({ slot }),
        cancel: m.ics_resvCancelBy({ slot }),
      },
      description: lines.join('\n'),
      deadlineNote: m.ics_resvDeadlineNote(),
    },
  );
  return toIcs(events, stamp);
}

export const calendarFileName = (entry: ReservationEntry): string =>
  `reservation-${entry.date}-${entry.time.replace(':', '')}.ics`;
