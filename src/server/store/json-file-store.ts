import { readFile } from 'node:fs/promises';
import type { ReservationSystemId } from '../../domain/reservation/reservation-request';
import type { ServerReservation } from '../../sync/types';
import { writeFileAtomic } from '../atomic-write';
import type { AccountStore } from './account-port';
import { memoryAccounts } from './memory-accounts';
import {
  slotKey,
  type IdempotencyRecord,
  type ReservationRepository,
  type StoreCounts,
  type WriteTx,
} from './store-port';

/** The former data file: `{version: 1, reservations, idempotency}`. */
export interface JsonStoreData {
  version: 1;
  reservations: ServerReservation[];
  idempotency: Record<string, IdempotencyRecord>;
}

/** Reads a former data file; throws naming the file when it is something else. */
export async function readJsonStore(file: string): Promise<JsonStoreData> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<JsonStoreData>;
  if (parsed?.version !== 1 || !Array.isArray(parsed.reservations)) {
    throw new Error(`${file}: not a reservation store (version 1)`);
  }
  return { version: 1, reservations: parsed.reservations, idempotency: parsed.idempotency ?? {} };
}

/**
 * The store this endpoint used before the database: everything in one JSON file, rewritten
 * whole (temporary file, fsync, rename) on every write, one write at a time. Kept to read old
 * files for the import and as the benchmark's baseline; the endpoint itself uses SQL stores.
 */
export class JsonFileStore implements ReservationRepository {
  readonly kind = 'json-file' as const;
  private data: JsonStoreData = { version: 1, reservations: [], idempotency: {} };
  private queue: Promise<unknown> = Promise.resolve();
  readonly accounts: AccountStore = memoryAccounts((from, to) =>
    this.change(async (next) => {
      let n = 0;
      next.reservations = next.reservations.map((r) =>
        r.filerKey === from ? (n++, { ...r, filerKey: to }) : r,
      );
      return n;
    }),
  );

  private constructor(readonly location: string) {}

  static async open(file: string): Promise<JsonFileStore> {
    const store = new JsonFileStore(file);
    try {
      store.data = await readJsonStore(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    return store;
  }

  write<T>(_scope: unknown, task: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.change((next) => task(jsonTx(next)));
  }

  /** Applies `fn` to a copy, writes the copy to disk, then makes it the state. */
  private change<T>(fn: (next: JsonStoreData) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const next: JsonStoreData = {
        ...this.data,
        reservations: [...this.data.reservations],
        idempotency: { ...this.data.idempotency },
      };
      const result = await fn(next);
      await writeFileAtomic(this.location, JSON.stringify(next));
      this.data = next;
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async idempotency(key: string) {
    return Object.hasOwn(this.data.idempotency, key) ? this.data.idempotency[key] : undefined;
  }

  async list(filerKey: string, system?: ReservationSystemId) {
    return this.data.reservations.filter(
      (r) => r.filerKey === filerKey && (system === undefined || r.system === system),
    );
  }

  async get(id: string) {
    return this.data.reservations.find((r) => r.id === id);
  }

  async slotCounts(system: ReservationSystemId, from: string, to: string) {
    const counts = new Map<string, number>();
    for (const r of this.data.reservations) {
      if (r.system !== system || r.state !== 'confirmed' || r.date < from || r.date > to) continue;
      const k = slotKey(r.date, r.time);
      counts.set(k, (counts.get(k) ?? 0) + r.cases.length);
    }
    return counts;
  }

  /** The former store had no archive: past reservations are dropped from the file. */
  prune(keysBefore: string, reservationsBefore: string) {
    return this.change(async (next) => {
      const keys = Object.entries(next.idempotency);
      next.idempotency = Object.fromEntries(keys.filter(([, r]) => r.at >= keysBefore));
      const before = next.reservations.length;
      next.reservations = next.reservations.filter((r) => r.date >= reservationsBefore);
      return {
        idempotency: keys.length - Object.keys(next.idempotency).length,
        reservations: before - next.reservations.length,
      };
    });
  }

  async counts(): Promise<StoreCounts> {
    const idempotency = Object.keys(this.data.idempotency).length;
    return { reservations: this.data.reservations.length, idempotency, archived: 0 };
  }

  async close(): Promise<void> {
    await this.queue;
  }
}

function jsonTx(next: JsonStoreData): WriteTx {
  return {
    idempotency: async (key) =>
      Object.hasOwn(next.idempotency, key) ? next.idempotency[key] : undefined,
    reservationsOf: async ({ system, filerKey }) =>
      next.reservations.filter((r) => r.system === system && r.filerKey === filerKey),
    lockSlots: async (system, slots) =>
      new Map(
        slots.map((s) => {
          const cases = next.reservations
            .filter((r) => r.system === system && r.state === 'confirmed')
            .filter((r) => r.date === s.date && r.time === s.time)
            .reduce((n, r) => n + r.cases.length, 0);
          return [slotKey(s.date, s.time), cases];
        }),
      ),
    insert: async (r) => void next.reservations.push(r),
    update: async (_before, after) => {
      const i = next.reservations.findIndex((r) => r.id === after.id);
      next.reservations[i] = after;
    },
    // defineProperty: a key such as "__proto__" is data, never the object's prototype.
    remember: async (key, value) =>
      void Object.defineProperty(next.idempotency, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      }),
  };
}
