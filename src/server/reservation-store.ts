import { readFile } from 'node:fs/promises';
import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import type { ServerReservation } from '../sync/types';
import { writeFileAtomic } from './atomic-write';

/** The answer given to one Idempotency-Key, replayed byte for byte on a repeat. */
export interface IdempotencyRecord {
  fingerprint: string;
  status: number;
  body: unknown;
  at: string;
}

export interface StoreData {
  version: 1;
  reservations: ServerReservation[];
  idempotency: Record<string, IdempotencyRecord>;
}

const empty = (): StoreData => ({ version: 1, reservations: [], idempotency: {} });

/**
 * Reservations and idempotency records in one JSON file. Every change is applied to a copy and
 * written atomically before it becomes visible, so an answer is only sent for what is on disk.
 * Writes are serialised: checks (quota, capacity) and the commit see one consistent state.
 */
export class ReservationStore {
  private data: StoreData = empty();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(readonly file: string | null) {}

  /** Opens the file (a missing file is an empty store); null keeps everything in memory. */
  static async open(file: string | null): Promise<ReservationStore> {
    const store = new ReservationStore(file);
    if (file) {
      try {
        const parsed = JSON.parse(await readFile(file, 'utf8')) as StoreData;
        if (parsed.version !== 1 || !Array.isArray(parsed.reservations)) {
          throw new Error(`${file}: not a reservation store (version 1)`);
        }
        store.data = { ...empty(), ...parsed };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
    return store;
  }

  get snapshot(): Readonly<StoreData> {
    return this.data;
  }

  /** Runs `task` alone; a returned StoreData is written to disk, then becomes the state. */
  exclusive<T>(task: (data: Readonly<StoreData>) => Promise<{ next?: StoreData; result: T }>) {
    const run = this.queue.then(async () => {
      const { next, result } = await task(this.data);
      if (next) {
        if (this.file) await writeFileAtomic(this.file, JSON.stringify(next));
        this.data = next;
      }
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  active(system: ReservationSystemId, filerKey: string): ServerReservation[] {
    return this.data.reservations.filter(
      (r) => r.system === system && r.filerKey === filerKey && r.state === 'confirmed',
    );
  }

  /** Cases already booked in one slot by everybody, except one reservation (being changed). */
  casesInSlot(system: ReservationSystemId, date: string, time: string, except?: string): number {
    return this.data.reservations
      .filter((r) => r.system === system && r.state === 'confirmed' && r.id !== except)
      .filter((r) => r.date === date && r.time === time)
      .reduce((n, r) => n + r.cases.length, 0);
  }
}
