import type { RulePack } from '../domain/model/rule-pack';
import { valueInForce } from '../domain/parameters/parameter-values';
import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import { RESERVATION_SYSTEMS } from '../domain/reservation/reservation-system';

export type CapacitySettings = Partial<Record<ReservationSystemId, number>>;

/**
 * Cases a slot takes from all bookers together: the rule parameter `<system>.slot_capacity`
 * (the parameters.json of each reservation rule set). An operator's explicit `--capacity` setting wins
 * (a test server, a bureau with other figures); these defaults only serve a pack without the
 * parameter and match its values.
 */
export const DEFAULT_CAPACITY: Record<ReservationSystemId, number> = {
  tokyo_application: 50,
  osaka_issuance: 45,
};

export function slotCapacity(
  pack: RulePack,
  system: ReservationSystemId,
  date: string,
  settings: CapacitySettings = {},
): number {
  const configured = settings[system];
  if (configured !== undefined) return configured;
  const def = pack.parameters.get(`${RESERVATION_SYSTEMS[system].params}.slot_capacity`);
  const inForce = def ? valueInForce(def, date) : undefined;
  return typeof inForce?.value === 'number' ? inForce.value : DEFAULT_CAPACITY[system];
}
