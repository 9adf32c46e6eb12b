import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import type { Availability, OutboxItem, SyncStore } from './types';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** A SyncStore in memory (tests, or a session that must not keep anything). */
export class MemorySyncStore implements SyncStore {
  private readonly outbox = new Map<string, OutboxItem>();
  private readonly slots = new Map<ReservationSystemId, Availability[]>();

  async all(): Promise<OutboxItem[]> {
    // Oldest first, like the IndexedDB store's createdAt index.
    return [...this.outbox.values()]
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      .map(clone);
  }

  async get(key: string): Promise<OutboxItem | undefined> {
    const item = this.outbox.get(key);
    return item && clone(item);
  }

  async put(item: OutboxItem): Promise<void> {
    this.outbox.set(item.key, clone(item));
  }

  async delete(key: string): Promise<void> {
    this.outbox.delete(key);
  }

  async saveAvailability(system: ReservationSystemId, slots: Availability[]): Promise<void> {
    this.slots.set(system, clone(slots));
  }

  async loadAvailability(system: ReservationSystemId): Promise<Availability[]> {
    return clone(this.slots.get(system) ?? []);
  }
}
