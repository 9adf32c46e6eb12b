import type { ReservationSystemId } from '../../domain/reservation/reservation-request';
import type { ServerReservation } from '../../sync/types';
import type { IdempotencyRecord } from './store-port';

/** A reservations row as both SQL dialects return it. */
export interface ReservationRow {
  id: string;
  system: string;
  filer_key: string;
  date: string;
  time: string;
  cases: string;
  state: string;
  created_at: string;
  updated_at: string;
}

export const RESERVATION_FIELDS =
  'id, system, filer_key, date, time, cases, state, created_at, updated_at';

export function fromRow(row: ReservationRow): ServerReservation {
  return {
    id: row.id,
    system: row.system as ReservationSystemId,
    filerKey: row.filer_key,
    date: row.date,
    time: row.time,
    cases: JSON.parse(row.cases) as ServerReservation['cases'],
    state: row.state as ServerReservation['state'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Values in RESERVATION_FIELDS order. */
export function toValues(r: ServerReservation): string[] {
  const cases = JSON.stringify(r.cases);
  return [r.id, r.system, r.filerKey, r.date, r.time, cases, r.state, r.createdAt, r.updatedAt];
}

export interface IdempotencyRow {
  fingerprint: string;
  status: number;
  body: string;
  at: string;
}

export const fromIdempotencyRow = (row: IdempotencyRow): IdempotencyRecord => ({
  fingerprint: row.fingerprint,
  status: Number(row.status),
  body: JSON.parse(row.body) as unknown,
  at: row.at,
});

export interface SlotDelta {
  system: ReservationSystemId;
  date: string;
  time: string;
  cases: number;
}

const confirmedCases = (r: ServerReservation | undefined) =>
  r && r.state === 'confirmed' ? r.cases.length : 0;

/** How a write changes the per-slot counts: what it takes from one slot and gives back to another. */
export function slotDeltas(before: ServerReservation | undefined, after: ServerReservation) {
  const deltas: SlotDelta[] = [];
  const add = (r: ServerReservation, cases: number) => {
    const same = deltas.find((d) => d.date === r.date && d.time === r.time);
    if (same) same.cases += cases;
    else deltas.push({ system: r.system, date: r.date, time: r.time, cases });
  };
  if (before) add(before, -confirmedCases(before));
  add(after, confirmedCases(after));
  return deltas.filter((d) => d.cases !== 0);
}
