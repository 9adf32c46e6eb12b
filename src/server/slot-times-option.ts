import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import { RESERVATION_SYSTEMS } from '../domain/reservation/reservation-system';
import { SLOT_TIME, type SlotScheduleSettings } from '../domain/reservation/slot-schedule';

const EXAMPLE = '--slot-times osaka_issuance=09:00,10:00,11:00,13:00,14:00,15:00';

/**
 * Parses repeated `--slot-times <system>=HH:MM,HH:MM,…`: the slot start times the operator's
 * endpoint runs. Listed times take bookings; any other time is refused. Throws naming the
 * bad part and showing the expected form.
 */
export function parseSlotTimes(texts: readonly string[] | undefined): SlotScheduleSettings {
  const out: SlotScheduleSettings = {};
  for (const text of texts ?? []) {
    const eq = text.indexOf('=');
    const system = eq < 0 ? text : text.slice(0, eq);
    if (!Object.hasOwn(RESERVATION_SYSTEMS, system)) {
      throw new Error(
        `--slot-times: unknown system "${system}" in "${text}"; use one of ${Object.keys(RESERVATION_SYSTEMS).join(', ')} (e.g. ${EXAMPLE})`,
      );
    }
    const id = system as ReservationSystemId;
    if (out[id]) throw new Error(`--slot-times: ${system} is given twice; give it once`);
    const times = eq < 0 ? [] : text.slice(eq + 1).split(',');
    if (times.length === 0 || times.some((t) => !SLOT_TIME.test(t))) {
      throw new Error(
        `--slot-times: "${text}" needs start times as HH:MM separated by commas (e.g. ${EXAMPLE})`,
      );
    }
    for (let i = 1; i < times.length; i++) {
      if (times[i]! <= times[i - 1]!) {
        throw new Error(
          `--slot-times: ${system}: "${times[i]}" after "${times[i - 1]}"; list each time once, in order`,
        );
      }
    }
    out[id] = times;
  }
  return out;
}
