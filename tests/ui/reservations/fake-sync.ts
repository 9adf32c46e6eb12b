import type {
  AvailabilityResult,
  OutboxItem,
  OutboxListener,
  ReservationSyncApi,
  ServerReservation,
  WriteKind,
  WriteRequest,
} from '../../../src/sync/types';
import { SyncOfflineError } from '../../../src/sync/types';

/** An in-memory stand-in for the sync adapter: records writes, answers reads as told. */
export class FakeSync implements ReservationSyncApi {
  enqueued: { kind: WriteKind; request: WriteRequest }[] = [];
  list: OutboxItem[] = [];
  server: ServerReservation[] | 'offline' = [];
  avail: AvailabilityResult | 'offline' = { slots: [], stale: false, fetchedAt: null };
  private listeners = new Set<OutboxListener>();
  private n = 0;

  async enqueue(kind: WriteKind, request: WriteRequest): Promise<OutboxItem> {
    this.enqueued.push({ kind, request });
    const at = '2026-11-24T01:00:00Z';
    const item: OutboxItem = {
      key: `key-${++this.n}`,
      kind,
      system: request.system,
      request,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: null,
      createdAt: at,
      updatedAt: at,
    };
    this.list = [...this.list, item];
    this.emit();
    return item;
  }
  async items() {
    return this.list;
  }
  subscribe(listener: OutboxListener) {
    this.listeners.add(listener);
    listener(this.list);
    return () => void this.listeners.delete(listener);
  }
  emit() {
    for (const l of this.listeners) l(this.list);
  }
  async flush() {}
  async retry() {}
  async cancelQueued(key: string) {
    this.list = this.list.map((i) => (i.key === key ? { ...i, state: 'cancelled' as const } : i));
    this.emit();
    return true;
  }
  async dismiss(key: string) {
    this.list = this.list.filter((i) => i.key !== key);
    this.emit();
  }
  async availability(): Promise<AvailabilityResult> {
    if (this.avail === 'offline') throw new SyncOfflineError('offline');
    return this.avail;
  }
  async reservations(): Promise<ServerReservation[]> {
    if (this.server === 'offline') throw new SyncOfflineError('offline');
    return this.server;
  }
  setEndpoint() {}
  async start() {}
  stop() {}
}
