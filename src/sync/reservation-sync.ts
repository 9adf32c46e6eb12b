import type { ReservationSystemId } from '../domain/reservation/reservation-request';
import { DEFAULT_BACKOFF } from './backoff';
import { KeptBearer } from './kept-bearer';
import { newOutboxItem } from './outbox-item';
import { makeDue, removeAnswered, withdraw } from './outbox-actions';
import { nextWakeUp, orderOf } from './outbox-order';
import { browserOffline, recoverInterrupted, runPass } from './outbox-pass';
import type { SendContext } from './outbox-sender';
import { systemSyncClock } from './sync-clock';
import { WakeTimer } from './wake-timer';
import { fetchAvailability, fetchReservations, type ReadContext } from './sync-reads';
import type {
  OutboxItem,
  OutboxListener,
  ReservationSyncApi,
  ReservationSyncOptions,
  WriteKind,
  WriteRequest,
} from './types';

const trimUrl = (u: string | null) => (u === null ? null : u.replace(/\/+$/, ''));

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
  private readonly timer: WakeTimer;
  private pausedUntil = 0;
  private lastCreated = 0;
  /** The bearer token of an endpoint on another origin; same-origin cookies need none. */
  private token: string | null = null;
  private readonly kept: KeptBearer;
  private readonly onOnline = () => void this.flush();

  constructor(private readonly opts: ReservationSyncOptions) {
    this.baseUrl = trimUrl(opts.baseUrl);
    const clock = opts.clock ?? systemSyncClock;
    this.kept = new KeptBearer(opts.tokens, () => clock.now());
    this.token = this.kept.read(this.baseUrl);
    this.send = {
      baseUrl: '',
      fetchFn: (input, init) => {
        const base = opts.fetch ?? globalThis.fetch;
        if (!this.token) return base(input, init);
        const headers = new Headers(init?.headers);
        headers.set('Authorization', `Bearer ${this.token}`);
        return base(input, { ...init, headers });
      },
      clock,
      random: opts.random ?? Math.random,
      policy: { ...DEFAULT_BACKOFF, ...opts.backoff },
      timeoutMs: opts.timeoutMs ?? 15000,
      save: async (item) => {
        await this.opts.store.put(item);
        await this.notify();
      },
    };
    this.timer = new WakeTimer(this.send.clock, () => void this.flush());
  }

  async enqueue(kind: WriteKind, request: WriteRequest): Promise<OutboxItem> {
    // Strictly increasing creation times keep the send order of quick successive writes.
    const now = this.send.clock.now();
    this.lastCreated = Math.max(now, this.lastCreated + 1);
    const item = newOutboxItem(kind, request, now, this.lastCreated);
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

  private async pass(): Promise<void> {
    if (!this.recovered) {
      await recoverInterrupted(this.opts.store);
      this.recovered = true;
    }
    if (this.baseUrl === null || browserOffline()) return;
    if (this.send.clock.now() < this.pausedUntil) return;
    const result = await runPass({ ...this.send, baseUrl: this.baseUrl }, this.opts.store);
    if (result.pausedUntil !== undefined) this.pausedUntil = result.pausedUntil;
    if (result.rerun) this.rerun = true;
  }

  private async schedule(): Promise<void> {
    if (!this.started || this.baseUrl === null || browserOffline()) return this.timer.clear();
    this.timer.at(nextWakeUp(await this.opts.store.all(), this.pausedUntil));
  }

  async retry(key: string): Promise<void> {
    if (!(await makeDue(this.actions(), key))) return;
    this.pausedUntil = 0;
    await this.flush();
  }

  cancelQueued(key: string): Promise<boolean> {
    return withdraw(this.actions(), key);
  }

  async dismiss(key: string): Promise<void> {
    if (await removeAnswered(this.actions(), key)) await this.notify();
  }

  availability(system: ReservationSystemId, from?: string) {
    return fetchAvailability(this.reads(), system, from);
  }

  reservations(filerKey: string, system?: ReservationSystemId) {
    return fetchReservations(this.reads(), filerKey, system);
  }

  setEndpoint(baseUrl: string | null): void {
    this.baseUrl = trimUrl(baseUrl);
    // A token belongs to the endpoint that issued it: never sent to another one.
    this.token = this.kept.read(this.baseUrl);
    this.pausedUntil = 0;
    void this.flush();
  }

  get endpoint(): string | null {
    return this.baseUrl;
  }

  /**
   * Signed in to an endpoint on another origin (or out: null); waiting writes go now. With
   * `expiresAt` the token is kept for this tab, so a reload stays signed in until then.
   */
  setBearer(token: string | null, expiresAt?: string): void {
    this.token = token;
    this.kept.write(this.baseUrl, token, expiresAt);
    this.pausedUntil = 0;
    if (token) void this.flush();
  }

  get bearer(): string | null {
    return this.token;
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
    this.timer.clear();
  }

  private actions() {
    return { store: this.opts.store, clock: this.send.clock, save: this.send.save };
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
