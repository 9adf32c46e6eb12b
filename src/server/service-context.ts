import { randomUUID } from 'node:crypto';
import type { Temporal } from '@js-temporal/polyfill';
import { SchemaValidator } from '../domain/loading/schema-validator';
import type { Lang } from '../domain/model/localized';
import type { RulePack } from '../domain/model/rule-pack';
import { ReservationPlanner } from '../domain/reservation/reservation-planner';
import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import type { SlotScheduleSettings } from '../domain/reservation/slot-schedule';
import { nowInTokyo } from '../domain/time/tokyo-time';
import { slotCapacity, type CapacitySettings } from './slot-capacity';
import type { ReservationRepository } from './store/store-port';

/** Everything a request is decided with; tests replace the clock and ids. */
export interface ServiceContext {
  pack: RulePack;
  planner: ReservationPlanner;
  validator: SchemaValidator;
  store: ReservationRepository;
  now: () => Temporal.ZonedDateTime;
  capacity: (system: ReservationSystemId, date: string) => number;
  newId: () => string;
  lang: Lang;
}

export interface ServiceOptions {
  pack: RulePack;
  store: ReservationRepository;
  /** The server's clock (Asia/Tokyo); deadlines are judged by it, never by the client's. */
  now?: () => Temporal.ZonedDateTime;
  capacity?: CapacitySettings;
  /** Slot start times the operator runs (`--slot-times`); they bind, unlike the pack's defaults. */
  slotTimes?: SlotScheduleSettings;
  newId?: () => string;
}

export function serviceContext(opts: ServiceOptions): ServiceContext {
  return {
    pack: opts.pack,
    planner: new ReservationPlanner(opts.pack, opts.slotTimes),
    validator: new SchemaValidator(opts.pack.schemas),
    store: opts.store,
    now: opts.now ?? nowInTokyo,
    capacity: memoCapacity(opts),
    newId: opts.newId ?? (() => `r-${randomUUID()}`),
    lang: 'ja',
  };
}

/** Capacity per system and day: read from the rule parameters once, not per slot and request. */
function memoCapacity(opts: ServiceOptions): ServiceContext['capacity'] {
  const known = new Map<string, number>();
  return (system, date) => {
    const key = `${system} ${date}`;
    let n = known.get(key);
    if (n === undefined) {
      if (known.size > 4096) known.clear();
      n = slotCapacity(opts.pack, system, date, opts.capacity);
      known.set(key, n);
    }
    return n;
  };
}
