import type { Temporal } from '@js-temporal/polyfill';
import type { Lang } from '../domain/model/localized';
import type { ReservationReply } from '../domain/reservation/reservation-reply';
import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import { RESERVATION_SYSTEMS } from '../domain/reservation/reservation-system';
import { isValidIsoDate } from '../domain/time/tokyo-time';
import type { Availability, WriteKind } from '../sync/types';
import { fingerprint } from './fingerprint';
import { isExpired, pruneCutoffs } from './idempotency-retention';
import { invalid, problem } from './problem';
import { serviceContext, type ServiceContext, type ServiceOptions } from './service-context';
import { slotKey, type IdempotencyRecord, type PruneResult } from './store/store-port';
import { parseWriteBody } from './write-body';
import { decideWrite } from './write-decision';

export interface Outcome {
  status: number;
  body: unknown;
  /** True when the answer is the stored one of an earlier request with the same key. */
  replayed?: boolean;
}

const isSystem = (s: string | null): s is ReservationSystemId =>
  s !== null && Object.hasOwn(RESERVATION_SYSTEMS, s);

/** The endpoint's operations, independent of HTTP (src/server/http-handler.ts maps routes). */
export class ReservationService {
  readonly ctx: ServiceContext;
  private readonly calendars = new Map<string, Promise<ReservationReply>>();

  constructor(opts: ServiceOptions) {
    this.ctx = serviceContext(opts);
  }

  async availability(system: string | null, from: string | null, lang: Lang): Promise<Outcome> {
    if (!isSystem(system))
      return bad('?system', `must be one of ${Object.keys(RESERVATION_SYSTEMS)}`);
    if (from !== null && !isValidIsoDate(from)) return bad('?from', 'must be a date YYYY-MM-DD');
    const at = this.ctx.now();
    const reply = await this.calendar(system, at, lang);
    const fetchedAt = at.toInstant().toString();
    const shown = reply.slots.filter((s) => from === null || s.date >= from);
    const days = shown.map((s) => s.date).sort();
    const counts =
      days.length > 0
        ? await this.ctx.store.slotCounts(system, days[0]!, days.at(-1)!)
        : new Map<string, number>();
    const slots: Availability[] = shown.map(({ date, time }) => {
      const capacity = this.ctx.capacity(system, date);
      const remaining = Math.max(0, capacity - (counts.get(slotKey(date, time)) ?? 0));
      return { system, date, time, capacity, remaining, fetchedAt };
    });
    return { status: 200, body: { system, at: reply.at, bookableDays: reply.bookableDays, slots } };
  }

  /**
   * Days and slots shown depend only on the minute (deadlines are to the minute), not on who
   * asks: one planner run per system, minute and language serves every GET in that minute.
   */
  private calendar(system: ReservationSystemId, at: Temporal.ZonedDateTime, lang: Lang) {
    // The minute from epoch milliseconds: cheaper than rounding a ZonedDateTime per request.
    const key = `${system}|${Math.floor(at.epochMilliseconds / 60_000)}|${lang}`;
    let reply = this.calendars.get(key);
    if (!reply) {
      const filer = { category: 'org_staff' };
      reply = this.ctx.planner.plan({ system, action: 'availability', filer }, at, lang);
      if (this.calendars.size > 16) this.calendars.clear();
      this.calendars.set(key, reply);
    }
    return reply;
  }

  async list(filerKey: string | null, system: string | null): Promise<Outcome> {
    if (!filerKey) return bad('?filer', 'the filer key (credential number) is required');
    if (system !== null && !isSystem(system)) return bad('?system', 'unknown reservation system');
    const reservations = await this.ctx.store.list(filerKey, system ?? undefined);
    return { status: 200, body: { reservations } };
  }

  async get(id: string, filerKey: string | null): Promise<Outcome> {
    const r = await this.ctx.store.get(id);
    if (!r || !filerKey || r.filerKey !== filerKey) {
      const p = problem('not_found', `no reservation "${id}" for this filer`);
      return { status: p.status, body: p };
    }
    return { status: 200, body: { reservation: r } };
  }

  /**
   * Book, change or cancel under an Idempotency-Key. The decision, the reservation change and
   * the key's answer commit in one transaction, so a repeat after a crash or a lost reply gets
   * the original answer instead of a second reservation.
   */
  async write(
    kind: WriteKind,
    target: string | undefined,
    key: string,
    input: unknown,
    lang: Lang,
  ): Promise<Outcome> {
    const fp = fingerprint(kind, target, input);
    // A committed answer is replayed without waiting for the filer's turn.
    const known = await this.ctx.store.idempotency(key);
    if (known && !isExpired(known, this.ctx.now().toInstant())) return answer(known, fp);
    const parsed = parseWriteBody(this.ctx.validator, kind, input, target);
    const scope = 'body' in parsed ? parsed.body : null;
    return this.ctx.store.write(scope, async (tx) => {
      const at = this.ctx.now();
      const seen = await tx.idempotency(key);
      const live = seen && !isExpired(seen, at.toInstant()) ? seen : undefined;
      if (live) return answer(live, fp);
      const d =
        'errors' in parsed
          ? { status: 422, body: invalid(parsed.errors) }
          : await decideWrite({ ...this.ctx, lang }, tx, kind, target, parsed.body, at);
      const record = { fingerprint: fp, ...d, at: at.toInstant().toString() };
      await tx.remember(key, record, seen);
      return { status: d.status, body: d.body };
    });
  }

  /** Drops expired idempotency answers and archives past reservations (run on a schedule). */
  maintain(): Promise<PruneResult> {
    const { keysBefore, reservationsBefore } = pruneCutoffs(this.ctx.now());
    return this.ctx.store.prune(keysBefore, reservationsBefore);
  }
}

/** The stored answer again, or a conflict when the key was first used for another request. */
function answer(seen: IdempotencyRecord, fp: string): Outcome {
  if (seen.fingerprint === fp) return { status: seen.status, body: seen.body, replayed: true };
  const p = problem('conflict', 'this Idempotency-Key was used for a different request', {
    status: 422,
  });
  return { status: p.status, body: p };
}

function bad(pointer: string, message: string): Outcome {
  return { status: 400, body: invalid([{ pointer, message }], 400) };
}
