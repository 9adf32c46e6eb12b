import type { Temporal } from '@js-temporal/polyfill';
import { CalendarRangeError } from '../domain/calendar/holidays';
import { validateReservationRequest } from '../domain/reservation/request-validation';
import type { ReservationRequest } from '../domain/reservation/reservation-request';
import type { ServerReservation, WriteKind } from '../sync/types';
import { invalid, problem } from './problem';
import { reasonOf, rejectionReason } from './rejection-reason';
import type { ServiceContext } from './service-context';
import { slotKey, type WriteTx } from './store/store-port';
import type { WriteBody } from './write-body';

export interface Decision {
  status: number;
  body: unknown;
}

/**
 * Decides one write from the server's own state, inside the store's write transaction: the
 * filer's existing reservations and the slot's remaining capacity come from the store, never
 * from the client; the planner applies the same rule sets as the app, at the server's clock.
 * An accepted change is written through `tx` (with the slot counts) before this returns.
 */
export async function decideWrite(
  ctx: ServiceContext,
  tx: WriteTx,
  kind: WriteKind,
  targetId: string | undefined,
  write: WriteBody,
  at: Temporal.ZonedDateTime,
): Promise<Decision> {
  const { system, filer, filerKey, booking, cancelCases } = write;
  const mine = await tx.reservationsOf({ system, filerKey });
  const target = targetId === undefined ? undefined : mine.find((r) => r.id === targetId);
  if (targetId !== undefined && !target) {
    const p = problem('not_found', `no ${system} reservation "${targetId}" for this filer`);
    return { status: p.status, body: p };
  }
  if (target?.state === 'cancelled') {
    const p = problem('conflict', `reservation "${target.id}" is already cancelled`);
    return { status: p.status, body: p };
  }
  const remaining = booking ? await remainingIn(ctx, tx, system, booking, target) : 0;
  const req: ReservationRequest = {
    system,
    action: kind,
    filer,
    existing: mine
      .filter((r) => r.state === 'confirmed')
      .map(({ id, date, time, cases }) => ({ id, date, time, cases })),
    ...(booking
      ? { booking, availability: [{ date: booking.date, time: booking.time, remaining }] }
      : {}),
    ...(targetId !== undefined ? { target: targetId } : {}),
    ...(cancelCases ? { cancelCases } : {}),
  };
  const errors = validateReservationRequest(ctx.validator, req, 'body');
  if (errors.length > 0) return { status: 422, body: invalid(errors) };

  let reply;
  try {
    reply = await ctx.planner.plan(req, at, ctx.lang);
  } catch (e) {
    // A day the calendar cannot judge is the request's fault, and a final answer: a 5xx
    // would make the client retry for ever.
    if (!(e instanceof CalendarRangeError)) throw e;
    const pointer = booking?.date === e.date ? '/booking/date' : '';
    return { status: 422, body: invalid([{ pointer, message: e.message }]) };
  }
  if (!reply.allowed) {
    const block = reply.findings.filter((f) => f.severity === 'block');
    const reason = rejectionReason(block);
    const first = block.find((f) => reasonOf(f) === reason);
    const p = problem(reason, first?.message ?? 'not allowed by the reservation rules', {
      findings: reply.findings,
      needs: reply.needs,
    });
    return { status: p.status, body: p };
  }
  // Capacity is the server's own number: enforced even if a rule set had no capacity rule.
  if (booking && booking.cases.length > remaining) {
    const p = problem('capacity', `${remaining} case(s) left in ${booking.date} ${booking.time}`, {
      findings: reply.findings,
    });
    return { status: p.status, body: p };
  }
  const now = at.toInstant().toString();
  const updated = apply(kind, { system, filerKey, booking, cancelCases, target }, now, ctx.newId);
  if (target) await tx.update(target, updated);
  else await tx.insert(updated);
  // Only the reserved slot (and the one left): the reply is kept per key for replays, and
  // the whole calendar is what GET /availability is for.
  const sameSlot = (s: { date: string; time: string }, r?: { date: string; time: string }) =>
    r !== undefined && s.date === r.date && s.time === r.time;
  const slots = reply.slots.filter((s) => sameSlot(s, updated) || sameSlot(s, target));
  const body = { reservation: updated, reply: { ...reply, slots } };
  return { status: kind === 'book' ? 201 : 200, body };
}

/**
 * Cases still free in the booked slot, not counting the reservation being changed. Locks the
 * slot (and the one a change leaves) until the transaction ends.
 */
async function remainingIn(
  ctx: ServiceContext,
  tx: WriteTx,
  system: ServerReservation['system'],
  booking: { date: string; time: string },
  target: ServerReservation | undefined,
): Promise<number> {
  const slots = [booking];
  const moves = target && (target.date !== booking.date || target.time !== booking.time);
  if (moves) slots.push(target);
  const counts = await tx.lockSlots(system, slots);
  let used = counts.get(slotKey(booking.date, booking.time)) ?? 0;
  if (target?.state === 'confirmed' && !moves) used -= target.cases.length;
  return Math.max(0, ctx.capacity(system, booking.date) - used);
}

function apply(
  kind: WriteKind,
  w: Pick<ReservationRequest, 'system' | 'booking' | 'cancelCases'> & {
    filerKey: string;
    target?: ServerReservation;
  },
  now: string,
  newId: () => string,
): ServerReservation {
  if (kind === 'book') {
    const { date, time, cases } = w.booking!;
    const base = { id: newId(), system: w.system, filerKey: w.filerKey };
    return { ...base, date, time, cases, state: 'confirmed', createdAt: now, updatedAt: now };
  }
  const t = w.target!;
  if (kind === 'change') {
    const { date, time, cases } = w.booking!;
    return { ...t, date, time, cases, updatedAt: now };
  }
  const drop = new Set(w.cancelCases ?? []);
  const cases = t.cases.filter((_, i) => !drop.has(i));
  if (drop.size === 0 || cases.length === 0) return { ...t, state: 'cancelled', updatedAt: now };
  return { ...t, cases, updatedAt: now };
}
