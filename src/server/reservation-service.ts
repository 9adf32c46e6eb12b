import type { Temporal } from '@js-temporal/polyfill';
import type { Lang } from '../domain/model/localized';
import type { ReservationReply } from '../domain/reservation/reservation-reply';
import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import { RESERVATION_SYSTEMS } from '../domain/reservation/reservation-system';
import { isValidIsoDate } from '../domain/time/tokyo-time';
import type { Availability, WriteKind } from '../sync/types';
import { fingerprint } from './fingerprint';
import { isExpired, pruneRecords } from './idempotency-retention';
import { invalid, problem } from './problem';
import { serviceContext, type ServiceContext, type ServiceOptions } from './service-context';
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
  private prunedAt = -Infinity;
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
    const slots: Availability[] = reply.slots
      .filter((s) => from === null || s.date >= from)
      .map(({ date, time }) => {
        const capacity = this.ctx.capacity(system, date);
        const remaining = Math.max(0, capacity - this.ctx.store.casesInSlot(system, date, time));
        return { system, date, time, capacity, remaining, fetchedAt };
      });
    return { status: 200, body: { system, at: reply.at, bookableDays: reply.bookableDays, slots } };
  }

  /**
   * Days and slots shown depend only on the minute (deadlines are to the minute), not on who
   * asks: one planner run per system, minute and language serves every GET in that minute.
   */
  private calendar(system: ReservationSystemId, at: Temporal.ZonedDateTime, lang: Lang) {
    const key = `${system}|${at.round({ smallestUnit: 'minute', roundingMode: 'floor' })}|${lang}`;
    let reply = this.calendars.get(key);
    if (!reply) {
      const filer = { category: 'org_staff' };
      reply = this.ctx.planner.plan({ system, action: 'availability', filer }, at, lang);
      if (this.calendars.size > 16) this.calendars.clear();
      this.calendars.set(key, reply);
    }
    return reply;
  }

  list(filerKey: string | null, system: string | null): Outcome {
    if (!filerKey) return bad('?filer', 'the filer key (credential number) is required');
    if (system !== null && !isSystem(system)) return bad('?system', 'unknown reservation system');
    const reservations = this.ctx.store.snapshot.reservations.filter(
      (r) => r.filerKey === filerKey && (system === null || r.system === system),
    );
    return { status: 200, body: { reservations } };
  }

  get(id: string, filerKey: string | null): Outcome {
    const r = this.ctx.store.snapshot.reservations.find((x) => x.id === id);
    if (!r || !filerKey || r.filerKey !== filerKey) {
      const p = problem('not_found', `no reservation "${id}" for this filer`);
      return { status: p.status, body: p };
    }
    return { status: 200, body: { reservation: r } };
  }

  /**
   * Book, change or cancel under an Idempotency-Key. The decision and the key's answer are
   * written in one atomic file write, so a repeat after a crash or a lost reply gets the
   * original answer instead of a second reservation.
   */
  write(kind: WriteKind, target: string | undefined, key: string, input: unknown, lang: Lang) {
    const fp = fingerprint(kind, target, input);
    return this.ctx.store.exclusive<Outcome>(async (data) => {
      const at = this.ctx.now();
      const seen = data.idempotency[key];
      if (seen && !isExpired(seen, at.toInstant())) {
        if (seen.fingerprint === fp) return { result: { ...seen, replayed: true } };
        const p = problem('conflict', 'this Idempotency-Key was used for a different request', {
          status: 422,
        });
        return { result: { status: p.status, body: p } };
      }
      const d = await decideWrite({ ...this.ctx, lang }, data, kind, target, input, at);
      const record = {
        fingerprint: fp,
        status: d.status,
        body: d.body,
        at: at.toInstant().toString(),
      };
      // Old keys are dropped at most once an hour: parsing every record on each write is waste.
      const instant = at.toInstant();
      const prune = instant.epochMilliseconds - this.prunedAt > 3_600_000;
      if (prune) this.prunedAt = instant.epochMilliseconds;
      const kept = prune ? pruneRecords(data.idempotency, instant) : data.idempotency;
      const next = {
        ...data,
        reservations: d.reservations ?? data.reservations,
        idempotency: { ...kept, [key]: record },
      };
      return { next, result: { status: d.status, body: d.body } };
    });
  }
}

function bad(pointer: string, message: string): Outcome {
  return { status: 400, body: invalid([{ pointer, message }], 400) };
}
