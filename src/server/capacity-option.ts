import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import { RESERVATION_SYSTEMS } from '../domain/reservation/reservation-system';
import type { CapacitySettings } from './slot-capacity';

/** Parses `--capacity tokyo_application=50,osaka_issuance=45`; throws naming the bad part. */
export function parseCapacity(text: string | undefined): CapacitySettings {
  const out: CapacitySettings = {};
  if (!text) return out;
  for (const part of text.split(',')) {
    const [system, n] = part.split('=');
    const value = Number(n);
    if (!system || !Object.hasOwn(RESERVATION_SYSTEMS, system)) {
      throw new Error(`--capacity: unknown system in "${part}"`);
    }
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`--capacity: "${part}" needs a whole number of cases`);
    }
    out[system as ReservationSystemId] = value;
  }
  return out;
}
