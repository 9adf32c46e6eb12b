import type { ReservationSystemId } from '../../domain/reservation/reservation-request';
import type { ServerReservation } from '../../sync/types';
import type { AccountStore } from './account-port';

/** The answer given to one Idempotency-Key, replayed byte for byte on a repeat. */
export interface IdempotencyRecord {
  fingerprint: string;
  status: number;
  body: unknown;
  /** ISO instant (UTC) of the decision. */
  at: string;
}

export interface SlotRef {
  date: string;
  time: string;
}

/** Whose writes a transaction serialises with: one filer of one system. */
export interface WriteScope {
  system: ReservationSystemId;
  filerKey: string;
}

/**
 * One write transaction. Everything read here reflects the writes before it in commit order,
 * and everything written becomes visible (and durable) together, with the idempotency record,
 * before the caller answers.
 */
export interface WriteTx {
  idempotency(key: string): Promise<IdempotencyRecord | undefined>;
  /** The filer's reservations in the system (all states, not archived). */
  reservationsOf(scope: WriteScope): Promise<ServerReservation[]>;
  /**
   * Confirmed cases per slot (`date time` → cases), locking those slots until commit so that
   * no other writer can take their capacity in between.
   */
  lockSlots(system: ReservationSystemId, slots: SlotRef[]): Promise<Map<string, number>>;
  insert(r: ServerReservation): Promise<void>;
  update(before: ServerReservation, after: ServerReservation): Promise<void>;
  /**
   * Keeps the answer under `key`. `replaces` is the expired record read before, if any; when
   * another writer stored an answer for the key meanwhile, this throws KeyTakenError and the
   * transaction is retried (it then replays that answer).
   */
  remember(key: string, record: IdempotencyRecord, replaces?: IdempotencyRecord): Promise<void>;
}

export interface PruneResult {
  idempotency: number;
  reservations: number;
}

export interface StoreCounts {
  reservations: number;
  idempotency: number;
  archived: number;
}

/**
 * Where reservations, per-slot counts and idempotency answers live. Adapters: SQLite (embedded
 * default), PostgreSQL (several endpoint processes), and the former JSON file (import and
 * benchmark baseline). Reads see committed writes only.
 */
export interface ReservationRepository {
  readonly kind: 'sqlite' | 'postgres' | 'json-file';
  /** Where it is, for the log (file path or URL without password). */
  readonly location: string;
  /** Filer accounts and their sessions, in the same database. */
  readonly accounts: AccountStore;
  /** `scope` null: a write that touches no reservation (a refused, malformed body). */
  write<T>(scope: WriteScope | null, task: (tx: WriteTx) => Promise<T>): Promise<T>;
  idempotency(key: string): Promise<IdempotencyRecord | undefined>;
  list(filerKey: string, system?: ReservationSystemId): Promise<ServerReservation[]>;
  get(id: string): Promise<ServerReservation | undefined>;
  /** Confirmed cases per slot (`date time` → cases) of days from..to: one query. */
  slotCounts(system: ReservationSystemId, from: string, to: string): Promise<Map<string, number>>;
  /**
   * Drops idempotency answers decided before `keysBefore` (instant) and moves reservations of
   * days before `reservationsBefore` (date) to the archive.
   */
  prune(keysBefore: string, reservationsBefore: string): Promise<PruneResult>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

export const slotKey = (date: string, time: string) => `${date} ${time}`;

/** Another transaction committed an answer for the same Idempotency-Key first. */
export class KeyTakenError extends Error {}
