/**
 * Client-side shapes of the reservation sync: the outbox, what the endpoint returns, and the
 * adapter's public API. The HTTP contract itself is docs/reservation-api.md; the screens build
 * on these types only, so this file stays stable.
 */
import type {
  ProposedBooking,
  ReservationCaseInput,
  ReservationFiler,
  ReservationSystemId,
} from '../domain/reservation/reservation-request';
import type { ReservationFinding, ReservationReply } from '../domain/reservation/reservation-reply';
import type { TokenStorage } from './kept-bearer';

export type WriteKind = 'book' | 'change' | 'cancel';

/**
 * queued: never transmitted yet (offline, no endpoint, or waiting for the booking it depends on);
 * sending: a request is in flight; sent: transmitted at least once without a definite answer
 * (timeout, dropped connection, 5xx), retried with the same key; confirmed: the server accepted;
 * rejected: the server refused (see `problem.reason`); cancelled: withdrawn locally before any send;
 * attention: the same failure (5xx, dropped connection, no reply) came back ATTENTION_AFTER times
 * in a row, so automatic retries stopped: the person retries (`retry`) or discards (`dismiss`).
 */
export type OutboxState =
  'queued' | 'sending' | 'sent' | 'confirmed' | 'rejected' | 'cancelled' | 'attention';

/** Machine-readable reason of a problem reply (docs/reservation-api.md#reasons). */
export type ProblemReason =
  | 'quota'
  | 'capacity'
  | 'deadline'
  | 'ineligible'
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'forbidden'
  | 'unauthorized'
  | 'rate_limited';

/** RFC 9457 problem details as the endpoint sends them (application/problem+json). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  reason: ProblemReason;
  /** Block findings (and any others) of the planner that decided the rejection. */
  findings?: ReservationFinding[];
  /** JSON pointers of case fields the rules still need. */
  needs?: string[];
  /** Input errors, each naming the field by JSON pointer. */
  errors?: { pointer: string; message: string }[];
}

/**
 * What the app wants written. Book: system, filer, booking. Change: the reservation (server id,
 * or `afterKey` = idempotency key of a booking still in the outbox) and the new booking.
 * Cancel: the reservation and optionally the case indexes to cancel (absent = all).
 */
export interface WriteRequest {
  system: ReservationSystemId;
  filer: ReservationFiler;
  /** Who owns the reservations: the credential number, or this key when there is none. */
  filerKey?: string;
  booking?: ProposedBooking;
  reservationId?: string;
  afterKey?: string;
  cancelCases?: number[];
}

export interface OutboxItem {
  /** Idempotency-Key header of every attempt: one key, at most one reservation. */
  key: string;
  kind: WriteKind;
  system: ReservationSystemId;
  request: WriteRequest;
  state: OutboxState;
  attempts: number;
  /** ISO instant (UTC) of the next automatic attempt; null when none is planned. */
  nextAttemptAt: string | null;
  /** Last transport failure, for display ("timeout after 10000 ms", "HTTP 503"). */
  lastError?: string;
  /** How many attempts in a row ended with that same failure. */
  failures?: number;
  /** The server's answer when it rejected the request. */
  problem?: Problem;
  /** The server's reservation id once confirmed (and for change/cancel, the target). */
  reservationId?: string;
  /** The reservation as the server stored it after this write. */
  reservation?: ServerReservation;
  /** ISO instants (UTC). */
  createdAt: string;
  updatedAt: string;
}

export type ServerReservationState = 'confirmed' | 'cancelled';

export interface ServerReservation {
  id: string;
  system: ReservationSystemId;
  filerKey: string;
  date: string;
  time: string;
  cases: ReservationCaseInput[];
  state: ServerReservationState;
  /** ISO instants (UTC). */
  createdAt: string;
  updatedAt: string;
}

/** Remaining capacity of one slot, as the endpoint reported it at `fetchedAt`. */
export interface Availability {
  system: ReservationSystemId;
  date: string;
  time: string;
  capacity: number;
  remaining: number;
  fetchedAt: string;
}

/** Availability with `stale: true` when it comes from the last copy kept offline. */
export interface AvailabilityResult {
  slots: Availability[];
  stale: boolean;
  fetchedAt: string | null;
}

/** Successful write reply body (201 book, 200 change / cancel). */
export interface WriteResult {
  reservation: ServerReservation;
  reply: ReservationReply;
}

/** Where the outbox and the last availability are kept (IndexedDB in the app). */
export interface SyncStore {
  all(): Promise<OutboxItem[]>;
  get(key: string): Promise<OutboxItem | undefined>;
  put(item: OutboxItem): Promise<void>;
  delete(key: string): Promise<void>;
  saveAvailability(system: ReservationSystemId, slots: Availability[]): Promise<void>;
  loadAvailability(system: ReservationSystemId): Promise<Availability[]>;
}

/** Time and timers, injectable so tests decide when retries happen. */
export interface SyncClock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** 0 = no jitter, 1 = delay anywhere in [0, d]; default 0.5 → [d/2, d]. */
  jitter: number;
}

export interface ReservationSyncOptions {
  /** Origin of the endpoint ("" = same origin, "https://host"); null = offline only. */
  baseUrl: string | null;
  store: SyncStore;
  fetch?: typeof fetch;
  clock?: SyncClock;
  random?: () => number;
  backoff?: Partial<BackoffPolicy>;
  /** Per-request time limit; a slower reply counts as no answer and is retried. */
  timeoutMs?: number;
  /** Where a bearer token is kept across reloads (the app: sessionStorage); absent: memory. */
  tokens?: TokenStorage;
}

export type OutboxListener = (items: OutboxItem[]) => void;

/** Thrown by reads (reservations) when there is no endpoint or it cannot be reached. */
export class SyncOfflineError extends Error {
  override readonly name = 'SyncOfflineError';
}

/** The adapter API (implemented by ReservationSync in reservation-sync.ts). */
export interface ReservationSyncApi {
  /** Persists the write in the outbox with a fresh idempotency key, then tries to send it. */
  enqueue(kind: WriteKind, request: WriteRequest): Promise<OutboxItem>;
  /** Every item, oldest first, including answered ones until dismissed. */
  items(): Promise<OutboxItem[]>;
  /** Called now and after every change; returns the unsubscribe function. */
  subscribe(listener: OutboxListener): () => void;
  /** Sends every due item once, in order; resolves when each has been tried. */
  flush(): Promise<void>;
  /** Sends one item now, whatever its planned time. */
  retry(key: string): Promise<void>;
  /** Withdraws an item that was never transmitted (state → cancelled). */
  cancelQueued(key: string): Promise<boolean>;
  /** Removes an answered (confirmed / rejected / cancelled) item from the list. */
  dismiss(key: string): Promise<void>;
  availability(system: ReservationSystemId, from?: string): Promise<AvailabilityResult>;
  reservations(filerKey: string, system?: ReservationSystemId): Promise<ServerReservation[]>;
  setEndpoint(baseUrl: string | null): void;
  /** '' = the app's own origin, a URL = another endpoint, null = none (offline only). */
  readonly endpoint?: string | null;
  /** The session token for an endpoint on another origin (kept until `expiresAt`); null signs out. */
  setBearer?(token: string | null, expiresAt?: string): void;
  /** The bearer token in use (kept from before a reload, or just signed in), if any. */
  readonly bearer?: string | null;
  /** Starts retry timers and `online` listening (browser); stop() undoes it. */
  start(): Promise<void>;
  stop(): void;
}
