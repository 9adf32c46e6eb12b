import type { RulePack } from '../domain/model/rule-pack';
import { valueInForce } from '../domain/parameters/parameter-values';
import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import { RESERVATION_SYSTEMS } from '../domain/reservation/reservation-system';
import type { SlotScheduleSettings } from '../domain/reservation/slot-schedule';
import type { CapacitySettings } from './slot-capacity';

export interface EndpointSettings {
  capacity?: CapacitySettings;
  slotTimes?: SlotScheduleSettings;
}

/**
 * The values the endpoint runs on that no source confirms and its operator did not set:
 * printed at start so an operator knows what to configure. A value is unconfirmed when the
 * rule pack marks it `interpretation` (or lacks it, and a built-in default stands in).
 */
export function unconfirmedDefaults(
  pack: RulePack,
  date: string,
  settings: EndpointSettings,
): string[] {
  const lines: string[] = [];
  for (const id of Object.keys(RESERVATION_SYSTEMS) as ReservationSystemId[]) {
    const prefix = RESERVATION_SYSTEMS[id].params;
    const unconfirmed = (suffix: string): unknown => {
      const def = pack.parameters.get(`${prefix}.${suffix}`);
      const v = def && valueInForce(def, date);
      if (!def) return '(built-in default)';
      return v?.confidence === 'interpretation' ? v.value : undefined;
    };
    if (!settings.slotTimes?.[id]) {
      const times = unconfirmed('slot_times');
      const closed = unconfirmed('closed_slots');
      if (times !== undefined || closed !== undefined) {
        const what = [
          times !== undefined ? `slot times ${show(times)}` : '',
          closed !== undefined ? `closed slots ${show(closed)}` : '',
        ].filter(Boolean);
        lines.push(
          `${id}: ${what.join(' and ')} are unconfirmed defaults (rules only warn about them); set the real times with --slot-times ${id}=HH:MM,…`,
        );
      }
    }
    if (settings.capacity?.[id] === undefined) {
      const capacity = unconfirmed('slot_capacity');
      if (capacity !== undefined) {
        lines.push(
          `${id}: slot capacity ${show(capacity)} is an unconfirmed default and is enforced; set the real figure with --capacity ${id}=n`,
        );
      }
    }
  }
  return lines;
}

const show = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v));
