import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import { exchange, TransportError } from './http-client';
import { isoOf } from './sync-clock';
import type {
  Availability,
  AvailabilityResult,
  ServerReservation,
  SyncClock,
  SyncStore,
} from './types';
import { SyncOfflineError } from './types';
import { parseProblem } from './wire';

export interface ReadContext {
  baseUrl: string | null;
  fetchFn: typeof fetch;
  clock: SyncClock;
  timeoutMs: number;
  store: SyncStore;
}

async function getJson(ctx: ReadContext, path: string): Promise<unknown> {
  if (ctx.baseUrl === null) throw new SyncOfflineError('no reservation endpoint is set');
  const init = { method: 'GET', headers: { Accept: 'application/json' } };
  let reply;
  try {
    reply = await exchange(ctx.fetchFn, ctx.baseUrl + path, init, ctx.timeoutMs, ctx.clock);
  } catch (e) {
    if (e instanceof TransportError) throw new SyncOfflineError(e.message);
    throw e;
  }
  if (reply.status >= 500) throw new SyncOfflineError(`HTTP ${reply.status}`);
  if (reply.status >= 300) throw new Error(parseProblem(reply.text, reply.status).detail);
  return JSON.parse(reply.text);
}

/**
 * Slots with remaining capacity. Without an answer from the endpoint, the last copy kept in
 * the store is returned with `stale: true` (possibly out of date: show it as such).
 */
export async function fetchAvailability(
  ctx: ReadContext,
  system: ReservationSystemId,
  from?: string,
): Promise<AvailabilityResult> {
  const query = new URLSearchParams({ system, ...(from ? { from } : {}) });
  try {
    const body = (await getJson(ctx, `/api/reservations/availability?${query}`)) as {
      slots: Availability[];
    };
    await ctx.store.saveAvailability(system, body.slots);
    return {
      slots: body.slots,
      stale: false,
      fetchedAt: body.slots[0]?.fetchedAt ?? isoOf(ctx.clock.now()),
    };
  } catch (e) {
    if (!(e instanceof SyncOfflineError)) throw e;
    const slots = (await ctx.store.loadAvailability(system)).filter((s) => !from || s.date >= from);
    return { slots, stale: true, fetchedAt: slots[0]?.fetchedAt ?? null };
  }
}

/** The filer's reservations as the server has them; SyncOfflineError without an answer. */
export async function fetchReservations(
  ctx: ReadContext,
  filerKey: string,
  system?: ReservationSystemId,
): Promise<ServerReservation[]> {
  const query = new URLSearchParams({ filer: filerKey, ...(system ? { system } : {}) });
  const body = (await getJson(ctx, `/api/reservations?${query}`)) as {
    reservations: ServerReservation[];
  };
  return body.reservations;
}
