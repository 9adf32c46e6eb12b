import { randomUUID } from 'node:crypto';
import type { Temporal } from '@js-temporal/polyfill';
import { SchemaValidator } from '../domain/loading/schema-validator';
import type { Lang } from '../domain/model/localized';
import type { RulePack } from '../domain/model/rule-pack';
import { ReservationPlanner } from '../domain/reservation/reservation-planner';
import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import { nowInTokyo } from '../domain/time/tokyo-time';
import type { ReservationStore } from './reservation-store';
import { slotCapacity, type CapacitySettings } from './slot-capacity';

/** Everything a request is decided with; tests replace the clock and ids. */
export interface ServiceContext {
  pack: RulePack;
  planner: ReservationPlanner;
  validator: SchemaValidator;
  store: ReservationStore;
  now: () => Temporal.ZonedDateTime;
  capacity: (system: ReservationSystemId, date: string) => number;
  newId: () => string;
  lang: Lang;
}

export interface ServiceOptions {
  pack: RulePack;
  store: ReservationStore;
  /** The server's clock (Asia/Tokyo); deadlines are judged by it, never by the client's. */
  now?: () => Temporal.ZonedDateTime;
  capacity?: CapacitySettings;
  newId?: () => string;
}

export function serviceContext(opts: ServiceOptions): ServiceContext {
  return {
    pack: opts.pack,
    planner: new ReservationPlanner(opts.pack),
    validator: new SchemaValidator(opts.pack.schemas),
    store: opts.store,
    now: opts.now ?? nowInTokyo,
    capacity: (system, date) => slotCapacity(opts.pack, system, date, opts.capacity),
    newId: opts.newId ?? (() => `r-${randomUUID()}`),
    lang: 'ja',
  };
}
