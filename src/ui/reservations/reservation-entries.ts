import type {
  ExistingReservation,
  ReservationCaseInput,
  ReservationSystemId,
} from '../../domain/reservation/reservation-request';
import type { OutboxItem, OutboxState, Problem, ServerReservation } from '../../sync/types';

/** A request about an entry that is still waiting, or was refused (change / cancel). */
export interface PendingWrite {
  key: string;
  kind: 'change' | 'cancel';
  state: OutboxState;
  problem?: Problem;
  cancelCases?: number[];
}

/** One row of "your reservations": a server reservation or a booking still in the outbox. */
export interface ReservationEntry {
  /** Server id once known, else the outbox key; also the id the planner sees. */
  id: string;
  /** Outbox key of the booking, while it is in the outbox. */
  key?: string;
  /** The server's id, needed for a change or cancel sent later. */
  reservationId?: string;
  system: ReservationSystemId;
  date: string;
  time: string;
  cases: ReservationCaseInput[];
  /** Server states (confirmed, cancelled) and outbox states share one set of names. */
  state: OutboxState;
  problem?: Problem;
  lastError?: string;
  writes: PendingWrite[];
}

const LIVE: ReadonlySet<OutboxState> = new Set(['queued', 'sending', 'sent', 'confirmed']);

/**
 * Merges the server's list with the outbox: a booking appears once, as the outbox sees it
 * until the server's copy is known; change and cancel requests hang off their reservation.
 */
export function reservationEntries(
  server: readonly ServerReservation[],
  items: readonly OutboxItem[],
  system: ReservationSystemId,
): ReservationEntry[] {
  const out = new Map<string, ReservationEntry>();
  for (const r of server) {
    if (r.system !== system) continue;
    out.set(r.id, {
      ...pick(r),
      system,
      id: r.id,
      reservationId: r.id,
      state: r.state,
      writes: [],
    });
  }
  for (const item of items) {
    if (item.system !== system || item.kind !== 'book') continue;
    const id = item.reservationId ?? item.key;
    const known = out.get(id);
    if (known) {
      known.key = item.key;
      continue;
    }
    const source = item.reservation ?? item.request.booking;
    if (!source) continue;
    out.set(id, {
      ...pick(source),
      system,
      id,
      key: item.key,
      ...(item.reservationId ? { reservationId: item.reservationId } : {}),
      state: item.state,
      ...(item.problem ? { problem: item.problem } : {}),
      ...(item.lastError ? { lastError: item.lastError } : {}),
      writes: [],
    });
  }
  const entries = [...out.values()];
  for (const item of items) {
    if (item.system !== system || item.kind === 'book') continue;
    const target = entries.find(
      (e) =>
        (item.request.reservationId !== undefined &&
          e.reservationId === item.request.reservationId) ||
        (item.request.afterKey !== undefined && e.key === item.request.afterKey),
    );
    target?.writes.push({
      key: item.key,
      kind: item.kind,
      state: item.state,
      ...(item.problem ? { problem: item.problem } : {}),
      ...(item.request.cancelCases ? { cancelCases: item.request.cancelCases } : {}),
    });
  }
  return entries.sort((a, b) => `${a.date}T${a.time}`.localeCompare(`${b.date}T${b.time}`));
}

function pick(r: { date: string; time: string; cases: ReservationCaseInput[] }) {
  return { date: r.date, time: r.time, cases: r.cases };
}

/**
 * What the planner counts against the quota: every live reservation, including bookings
 * still in the outbox (they will hold a slot once sent), minus whole cancellations waiting.
 */
export function existingReservations(entries: readonly ReservationEntry[]): ExistingReservation[] {
  return entries
    .filter((e) => LIVE.has(e.state))
    .filter(
      (e) =>
        !e.writes.some((w) => w.kind === 'cancel' && LIVE.has(w.state) && !w.cancelCases?.length),
    )
    .map((e) => ({ id: e.id, date: e.date, time: e.time, cases: e.cases }));
}

/** An entry the filer can still act on (change, cancel) through the planner. */
export function isActionable(e: ReservationEntry): boolean {
  return LIVE.has(e.state) && !e.writes.some((w) => LIVE.has(w.state) && w.state !== 'confirmed');
}
