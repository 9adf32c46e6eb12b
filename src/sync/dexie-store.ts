import { Dexie, type EntityTable } from 'dexie';
import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import type { Availability, OutboxItem, SyncStore } from './types';

/** Its own database: the outbox never shares a schema version with the drafts database. */
export const SYNC_DB_NAME = 'zairyu-precheck-sync';

interface AvailabilityRecord {
  system: ReservationSystemId;
  slots: Availability[];
}

class SyncDatabase extends Dexie {
  outbox!: EntityTable<OutboxItem, 'key'>;
  availability!: EntityTable<AvailabilityRecord, 'system'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ outbox: 'key, state, createdAt', availability: 'system' });
  }
}

/** The outbox and the last availability in IndexedDB: they survive reloads and restarts. */
export class DexieSyncStore implements SyncStore {
  readonly db: SyncDatabase;

  constructor(name = SYNC_DB_NAME) {
    this.db = new SyncDatabase(name);
  }

  all(): Promise<OutboxItem[]> {
    return this.db.outbox.orderBy('createdAt').toArray();
  }

  get(key: string): Promise<OutboxItem | undefined> {
    return this.db.outbox.get(key);
  }

  async put(item: OutboxItem): Promise<void> {
    await this.db.outbox.put(item);
  }

  delete(key: string): Promise<void> {
    return this.db.outbox.delete(key);
  }

  async saveAvailability(system: ReservationSystemId, slots: Availability[]): Promise<void> {
    await this.db.availability.put({ system, slots });
  }

  async loadAvailability(system: ReservationSystemId): Promise<Availability[]> {
    return (await this.db.availability.get(system))?.slots ?? [];
  }

  close(): void {
    this.db.close();
  }
}
