import pg from 'pg';
import type { ReservationSystemId } from '../../domain/reservation/reservation-request';
import type { ServerReservation } from '../../sync/types';
import { MIGRATIONS_TABLE, pendingMigrations } from './migrations';
import type { AccountStore } from './account-port';
import { postgresAccounts } from './postgres-accounts';
import { lockFiler, postgresTx } from './postgres-tx';
import {
  fromIdempotencyRow,
  fromRow,
  RESERVATION_FIELDS,
  type IdempotencyRow,
  type ReservationRow,
} from './row-mapping';
import {
  KeyTakenError,
  slotKey,
  type PruneResult,
  type ReservationRepository,
  type StoreCounts,
  type WriteScope,
  type WriteTx,
} from './store-port';

export interface PostgresOptions {
  /** Connections per endpoint process (default 10). */
  poolSize?: number;
  /** Stop migrating at this schema version (migration tests). */
  migrateTo?: number;
}

/** Any fixed number: every endpoint process takes it while it migrates. */
const MIGRATION_LOCK = 4_711_016;
/** Serialisation failure, deadlock: the transaction is run again from the start. */
const RETRY_CODES = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 8;

/** postgres://user:secret@host/db → postgres://user:***@host/db, for logs. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

/**
 * The shared store for several endpoint processes. Transactions run at READ COMMITTED and take
 * row locks: first the filer's row (so one filer's quota is decided by one writer at a time),
 * then the slots' count rows in a fixed order (so the last cases of a slot go to one writer).
 * Each statement after a lock reads the latest committed rows, so no decision is made on a
 * stale count; other filers and other slots proceed in parallel.
 */
export class PostgresStore implements ReservationRepository {
  readonly kind = 'postgres' as const;
  readonly accounts: AccountStore;

  private constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
  ) {
    this.accounts = postgresAccounts(pool);
  }

  static async open(url: string, opts: PostgresOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10 });
    // An idle connection that breaks must not take the process down.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool, redactUrl(url));
    try {
      await store.migrate(opts.migrateTo ?? Infinity);
    } catch (e) {
      await pool.end();
      throw e;
    }
    return store;
  }

  private async migrate(upTo: number): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(MIGRATIONS_TABLE);
      const { rows } = await client.query(
        'SELECT coalesce(max(version), 0) AS v FROM schema_migrations',
      );
      for (const m of pendingMigrations(Number(rows[0].v), this.location)) {
        if (m.version > upTo) break;
        await client.query(m.postgres);
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          new Date().toISOString(),
        ]);
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async write<T>(scope: WriteScope | null, task: (tx: WriteTx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        if (scope) await lockFiler(client, scope);
        const result = await task(postgresTx(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        const code = (e as { code?: string }).code;
        const retry = e instanceof KeyTakenError || (code && RETRY_CODES.has(code));
        if (!retry || attempt >= MAX_ATTEMPTS) throw e;
        await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
      } finally {
        client.release();
      }
    }
  }

  async idempotency(key: string) {
    const { rows } = await this.pool.query<IdempotencyRow>(
      'SELECT fingerprint, status, body, at FROM idempotency WHERE key = $1',
      [key],
    );
    return rows[0] && fromIdempotencyRow(rows[0]);
  }

  async list(filerKey: string, system?: ReservationSystemId): Promise<ServerReservation[]> {
    const sql = `SELECT ${RESERVATION_FIELDS} FROM reservations WHERE filer_key = $1`;
    const { rows } = system
      ? await this.pool.query<ReservationRow>(`${sql} AND system = $2 ORDER BY created_at, id`, [
          filerKey,
          system,
        ])
      : await this.pool.query<ReservationRow>(`${sql} ORDER BY created_at, id`, [filerKey]);
    return rows.map(fromRow);
  }

  async get(id: string): Promise<ServerReservation | undefined> {
    const { rows } = await this.pool.query<ReservationRow>(
      `SELECT ${RESERVATION_FIELDS} FROM reservations WHERE id = $1`,
      [id],
    );
    return rows[0] && fromRow(rows[0]);
  }

  async slotCounts(system: ReservationSystemId, from: string, to: string) {
    const { rows } = await this.pool.query<{ date: string; time: string; cases: number }>(
      'SELECT date, time, cases FROM slot_counts WHERE system = $1 AND date BETWEEN $2 AND $3',
      [system, from, to],
    );
    return new Map(rows.map((r) => [slotKey(r.date, r.time), Number(r.cases)]));
  }

  async prune(keysBefore: string, reservationsBefore: string): Promise<PruneResult> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const keys = await client.query('DELETE FROM idempotency WHERE at < $1', [keysBefore]);
      const moved = await client.query(
        `WITH moved AS (DELETE FROM reservations WHERE date < $1 RETURNING ${RESERVATION_FIELDS})
           INSERT INTO reservations_archive SELECT *, $2 FROM moved`,
        [reservationsBefore, new Date().toISOString()],
      );
      await client.query('DELETE FROM slot_counts WHERE date < $1', [reservationsBefore]);
      await client.query('COMMIT');
      return { idempotency: keys.rowCount ?? 0, reservations: moved.rowCount ?? 0 };
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async counts(): Promise<StoreCounts> {
    const { rows } = await this.pool.query<Record<keyof StoreCounts, string>>(
      `SELECT (SELECT count(*) FROM reservations) AS reservations,
              (SELECT count(*) FROM idempotency) AS idempotency,
              (SELECT count(*) FROM reservations_archive) AS archived`,
    );
    const r = rows[0]!;
    return {
      reservations: Number(r.reservations),
      idempotency: Number(r.idempotency),
      archived: Number(r.archived),
    };
  }

  /** For operator commands and tests. */
  query(sql: string, values: unknown[] = []) {
    return this.pool.query(sql, values);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
