import type { RulePack } from '../domain/model/rule-pack';
import { valueInForce } from '../domain/parameters/parameter-values';
import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import { RESERVATION_SYSTEMS } from '../domain/reservation/reservation-system';

export type CapacitySettings = Partial<Record<ReservationSystemId, number>>;

/**
 * Cases a slot takes from all bookers together. The Tokyo notice shows 50 remaining per open
 * slot in its worked example (tokyo-reservation-2020, 4 予約の入力); Osaka publishes no figure,
 * so the endpoint assumes three full bookings of 15. These are endpoint settings
 * (`--capacity`), used only while the pack has no `<system>.slot_capacity` parameter.
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
  const def = pack.parameters.get(`${RESERVATION_SYSTEMS[system].params}.slot_capacity`);
  const inForce = def ? valueInForce(def, date) : undefined;
  if (typeof inForce?.value === 'number') return inForce.value;
  return settings[system] ?? DEFAULT_CAPACITY[system];
}
