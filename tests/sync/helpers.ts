import { Temporal } from '@js-temporal/polyfill';
import {
  listenReservationApi,
  type ApiOptions,
  type RunningApi,
} from '../../src/server/create-api';
import type { ReservationSystemId } from '../../src/domain/reservation/reservation-request';
import type { SyncClock, WriteRequest } from '../../src/sync/types';
import { shippedPack } from '../support/shipped-pack';

/** Tuesday 24 Nov 2026 10:00 in Tokyo: days shown are 25, 26, 27, 30 Nov and 1 Dec. */
export const SERVER_START = '2026-11-24T10:00:00+09:00';

export { tempDatabase } from '../support/store-backends';

/** A server clock the test moves: deadlines are judged by it. */
export class ServerClock {
  at = Temporal.ZonedDateTime.from(`${SERVER_START}[Asia/Tokyo]`);
  now = () => this.at;
  set(iso: string): void {
    this.at = Temporal.Instant.from(iso).toZonedDateTimeISO('Asia/Tokyo');
  }
}

/** The endpoint on a free port: `database` is a SQLite path, a postgres:// URL or null. */
export async function startServer(
  database: string | null,
  clock: ServerClock,
  extra: Partial<ApiOptions> & { port?: number } = {},
): Promise<RunningApi> {
  const log = () => undefined;
  return listenReservationApi({ pack: shippedPack(), database, now: clock.now, log, ...extra });
}

/** Client time under test control; request time limits still use real timers. */
export class TestClock implements SyncClock {
  t = Temporal.Instant.from('2026-11-24T01:00:00Z').epochMilliseconds;
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number): unknown => globalThis.setTimeout(fn, ms);
  clearTimeout = (h: unknown) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>);
  advance(ms: number): void {
    this.t += ms;
  }
}

export const agent = (number = '123456789012') => ({
  category: 'lawyer',
  credential: { kind: 'agent_certificate', number, expires: '2028-03-31' },
});

export function book(
  date: string,
  time: string,
  cases = 1,
  number = '123456789012',
  system: ReservationSystemId = 'tokyo_application',
): WriteRequest {
  return {
    system,
    filer: agent(number),
    booking: {
      date,
      time,
      cases: Array.from({ length: cases }, () => ({ procedure: 'extension' })),
    },
  };
}

let dbCounter = 0;
/** A fresh IndexedDB name per test (fake-indexeddb keeps databases for the whole file). */
export const dbName = () => `zairyu-precheck-sync-test-${++dbCounter}`;
