import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import { DEFAULT_BACKOFF } from './backoff';
import { newIdempotencyKey } from './idempotency-key';
import { isPending, nextWakeUp, orderOf, readyTarget } from './outbox-order';
import { sendItem, type SendContext } from './outbox-sender';
import { epochOf, isoOf, systemSyncClock } from './sync-clock';
import { fetchAvailability, fetchReservations, type ReadContext } from './sync-reads';
import type {
  OutboxItem,
  OutboxListener,
  ReservationSyncApi,
  ReservationSyncOptions,
  WriteKind,
  WriteRequest,
} from './types';

const ANSWERED = new Set(['confirmed', 'rejected', 'cancelled']);
const trimUrl = (u: string | null) => (u === null ? null : u.replace(/\/+$/, ''));
const offline = () => (globalThis as { navigator?: Navigator }).navigator?.onLine === false;

/**
 * The outbox: every write is stored first with its Idempotency-Key, then sent in order; an item
 * settles only on the server's answer. See docs/reservation-api.md for the HTTP side.
 */
export class ReservationSync implements ReservationSyncApi {
  private baseUrl: string | null;
  private readonly listeners = new Set<OutboxListener>();
  private readonly send: SendContext;
  private running: Promise<void> | null = null;
  private rerun = false;
  private recovered = false;
  private started = false;
  private timer: unknown = null;
  private pausedUntil = 0;
  private lastCreated = 0;
  private readonly onOnline = () => void this.flush();

  constructor(private readonly opts: ReservationSyncOptions) {
    this.baseUrl = trimUrl(opts.baseUrl);
    this.send = {
      baseUrl: '',
      fetchFn: opts.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      clock: opts.clock ?? systemSyncClock,
      random: opts.random ?? Math.random,
      policy: { ...DEFAULT_BACKOFF, ...opts.backoff },
      timeoutMs: opts.timeoutMs ?? 15000,
      save: async (item) => {
        await this.opts.store.put(item);
        await this.notify();
      },
    };
  }

  async enqueue(kind: WriteKind, request: WriteRequest): Promise<OutboxItem> {
    if (kind !== 'cancel' && !request.booking) throw new TypeError(`${kind} needs a booking`);
    if (kind !== 'book' && !request.reservationId && !request.afterKey) {
      throw new TypeError(`${kind} needs reservationId or afterKey`);
    }
    // Strictly increasing creation times keep the send order of quick successive writes.
    const now = this.send.clock.now();
    this.lastCreated = Math.max(now, this.lastCreated + 1);
    const at = isoOf(this.lastCreated);
    const item: OutboxItem = {
      key: newIdempotencyKey(),
      kind,
      system: request.system,
      request: JSON.parse(JSON.stringify(request)) as WriteRequest,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: isoOf(now),
      createdAt: at,
      updatedAt: at,
      ...(request.reservationId ? { reservationId: request.reservationId } : {}),
    };
    await this.send.save(item);
    void this.flush();
    return item;
  }

  async items(): Promise<OutboxItem[]> {
    return (await this.opts.store.all()).sort(orderOf);
  }

  subscribe(listener: OutboxListener): () => void {
    this.listeners.add(listener);
    void this.items().then(listener);
    return () => this.listeners.delete(listener);
  }

  flush(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.rerun = false;
          await this.pass();
        } while (this.rerun);
      } finally {
        this.running = null;
        await this.schedule();
      }
    })();
    return this.running;
  }

  /** Sends every due item in creation order; stops at the first one without an answer. */
  private async pass(): Promise<void> {
    if (!this.recovered) {
      // A reload during `sending` may have reached the server: it is `sent`, not lost.
      for (const item of await this.opts.store.all()) {
        if (item.state === 'sending') await this.opts.store.put({ ...item, state: 'sent' });
      }
      this.recovered = true;
    }
    if (this.baseUrl === null || offline()) return;
    const now = this.send.clock.now();
    if (now < this.pausedUntil) return;
    let waiting = false;
    for (const item of await this.items()) {
      if (!isPending(item) || (item.nextAttemptAt && epochOf(item.nextAttemptAt) > now)) continue;
      const target = await readyTarget(item, this.opts.store);
      if (target.kind === 'wait') {
        waiting = true;
        continue;
      }
      if (target.kind === 'void') {
        const gone = { ...item, state: 'cancelled' as const, nextAttemptAt: null };
        await this.send.save({ ...gone, lastError: target.why, updatedAt: isoOf(now) });
        continue;
      }
      const done = await sendItem({ ...this.send, baseUrl: this.baseUrl }, item, target.id);
      if (done.state === 'sent') {
        this.pausedUntil = epochOf(done.nextAttemptAt!);
        return;
      }
      // An answer may release an item that waited for it earlier in this pass.
      if (waiting && done.state === 'confirmed') this.rerun = true;
    }
  }

  private async schedule(): Promise<void> {
    if (this.timer !== null) this.send.clock.clearTimeout(this.timer);
    this.timer = null;
    if (!this.started || this.baseUrl === null || offline()) return;
    const wake = nextWakeUp(await this.opts.store.all(), this.pausedUntil);
    if (wake === null) return;
    const delay = Math.max(0, wake - this.send.clock.now());
    this.timer = this.send.clock.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  async retry(key: string): Promise<void> {
    const item = await this.opts.store.get(key);
    if (!item || !isPending(item)) return;
    this.pausedUntil = 0;
    await this.send.save({ ...item, nextAttemptAt: isoOf(this.send.clock.now()) });
    await this.flush();
  }

  async cancelQueued(key: string): Promise<boolean> {
    const item = await this.opts.store.get(key);
    if (!item || item.state !== 'queued' || item.attempts > 0) return false;
    const at = isoOf(this.send.clock.now());
    await this.send.save({ ...item, state: 'cancelled', nextAttemptAt: null, updatedAt: at });
    return true;
  }

  async dismiss(key: string): Promise<void> {
    const item = await this.opts.store.get(key);
    if (!item || !ANSWERED.has(item.state)) return;
    await this.opts.store.delete(key);
    await this.notify();
  }

  availability(system: ReservationSystemId, from?: string) {
    return fetchAvailability(this.reads(), system, from);
  }

  reservations(filerKey: string, system?: ReservationSystemId) {
    return fetchReservations(this.reads(), filerKey, system);
  }

  setEndpoint(baseUrl: string | null): void {
    this.baseUrl = trimUrl(baseUrl);
    this.pausedUntil = 0;
    void this.flush();
  }

  get endpoint(): string | null {
    return this.baseUrl;
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    globalThis.addEventListener?.('online', this.onOnline);
    await this.flush();
  }

  stop(): void {
    this.started = false;
    globalThis.removeEventListener?.('online', this.onOnline);
    if (this.timer !== null) this.send.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private reads(): ReadContext {
    const { fetchFn, clock, timeoutMs } = this.send;
    return { baseUrl: this.baseUrl, fetchFn, clock, timeoutMs, store: this.opts.store };
  }

  private async notify(): Promise<void> {
    if (this.listeners.size === 0) return;
    const items = await this.items();
    for (const listener of this.listeners) listener(items);
  }
}
