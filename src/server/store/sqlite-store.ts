import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { ReservationSystemId } from '../../domain/reservation/reservation-request';
import type { ServerReservation } from '../../sync/types';
import type { AccountStore } from './account-port';
import { GroupCommit } from './group-commit';
import { MIGRATIONS_TABLE, pendingMigrations } from './migrations';
import {
  fromIdempotencyRow,
  fromRow,
  RESERVATION_FIELDS,
  type IdempotencyRow,
  type ReservationRow,
} from './row-mapping';
import { sqliteAccounts } from './sqlite-accounts';
import { sqliteTx } from './sqlite-tx';
import {
  slotKey,
  type IdempotencyRecord,
  type PruneResult,
  type ReservationRepository,
  type StoreCounts,
  type WriteTx,
} from './store-port';

export interface SqliteOptions {
  /** Stop migrating at this schema version (migration tests). */
  migrateTo?: number;
}

/** Applies the pending migrations, each in its own transaction. */
export function migrateSqlite(db: Database.Database, where: string, upTo = Infinity): void {
  db.exec(MIGRATIONS_TABLE);
  const row = db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get();
  for (const m of pendingMigrations((row as { v: number }).v, where)) {
    if (m.version > upTo) break;
    db.transaction(() => {
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
}

/**
 * The embedded store: one SQLite file in WAL mode. `synchronous = FULL` syncs the WAL at every
 * commit, so an acknowledged booking survives a power loss (NORMAL would only survive a crash
 * of the process); concurrent writes share commits through GroupCommit instead. Reads use a
 * second connection, which sees committed data only, never a batch still being decided.
 */
export class SqliteStore implements ReservationRepository {
  readonly kind = 'sqlite' as const;
  readonly group: GroupCommit;
  readonly accounts: AccountStore;
  private tx?: WriteTx;
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    private readonly db: Database.Database,
    private readonly reader: Database.Database,
    readonly location: string,
    private readonly cleanup?: () => void,
  ) {
    const exec = (sql: string) => () => void db.exec(sql);
    const group = new GroupCommit({
      begin: exec('BEGIN IMMEDIATE'),
      commit: exec('COMMIT'),
      rollback: exec('ROLLBACK'),
      savepoint: exec('SAVEPOINT task'),
      release: exec('RELEASE task'),
      rollbackToSavepoint: exec('ROLLBACK TO task; RELEASE task'),
    });
    this.group = group;
    this.accounts = sqliteAccounts(db, reader, group);
  }

  /** A database file (created with its folder when missing); null: a throwaway file for tests. */
  static open(file: string | null, opts: SqliteOptions = {}): SqliteStore {
    let path = file;
    let cleanup: (() => void) | undefined;
    if (path === null) {
      const dir = mkdtempSync(join(tmpdir(), 'zairyu-store-'));
      path = join(dir, 'reservations.sqlite');
      cleanup = () => rmSync(dir, { recursive: true, force: true });
    } else mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    // A throwaway test store need not survive a power loss; every real file does.
    db.pragma(`synchronous = ${file === null ? 'OFF' : 'FULL'}`);
    db.pragma('busy_timeout = 5000');
    migrateSqlite(db, path, opts.migrateTo);
    const reader = new Database(path, { readonly: true });
    reader.pragma('busy_timeout = 5000');
    return new SqliteStore(db, reader, path, cleanup);
  }

  /** A reading statement, prepared once. */
  private read(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.reader.prepare(sql)));
    return st;
  }

  /** The writing connection, for operator commands and tests. */
  get connection(): Database.Database {
    return this.db;
  }

  write<T>(_scope: unknown, task: (tx: WriteTx) => Promise<T>): Promise<T> {
    // One writer per database: the queue already serialises every filer and slot.
    // Statements are prepared on first use: a store opened at an older schema has no tables yet.
    return this.group.run(() => task((this.tx ??= sqliteTx(this.db))));
  }

  async idempotency(key: string): Promise<IdempotencyRecord | undefined> {
    const row = this.read(
      'SELECT fingerprint, status, body, at FROM idempotency WHERE key = ?',
    ).get(key) as IdempotencyRow | undefined;
    return row && fromIdempotencyRow(row);
  }

  async list(filerKey: string, system?: ReservationSystemId): Promise<ServerReservation[]> {
    const sql = `SELECT ${RESERVATION_FIELDS} FROM reservations WHERE filer_key = ?`;
    const rows = system
      ? this.read(`${sql} AND system = ? ORDER BY created_at, id`).all(filerKey, system)
      : this.read(`${sql} ORDER BY created_at, id`).all(filerKey);
    return (rows as ReservationRow[]).map(fromRow);
  }

  async get(id: string): Promise<ServerReservation | undefined> {
    const row = this.read(`SELECT ${RESERVATION_FIELDS} FROM reservations WHERE id = ?`).get(id) as
      ReservationRow | undefined;
    return row && fromRow(row);
  }

  async slotCounts(system: ReservationSystemId, from: string, to: string) {
    const rows = this.read(
      'SELECT date, time, cases FROM slot_counts WHERE system = ? AND date BETWEEN ? AND ?',
    ).all(system, from, to) as { date: string; time: string; cases: number }[];
    return new Map(rows.map((r) => [slotKey(r.date, r.time), r.cases]));
  }

  prune(keysBefore: string, reservationsBefore: string): Promise<PruneResult> {
    return this.group.run(async () => {
      const db = this.db;
      const keys = db.prepare('DELETE FROM idempotency WHERE at < ?').run(keysBefore).changes;
      db.prepare(
        `INSERT INTO reservations_archive SELECT ${RESERVATION_FIELDS}, ? FROM reservations WHERE date < ?`,
      ).run(new Date().toISOString(), reservationsBefore);
      const moved = db.prepare('DELETE FROM reservations WHERE date < ?').run(reservationsBefore);
      db.prepare('DELETE FROM slot_counts WHERE date < ?').run(reservationsBefore);
      return { idempotency: keys, reservations: moved.changes };
    });
  }

  async counts(): Promise<StoreCounts> {
    const n = (table: string) =>
      (this.read(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      reservations: n('reservations'),
      idempotency: n('idempotency'),
      archived: n('reservations_archive'),
    };
  }

  async close(): Promise<void> {
    await this.group.idle();
    this.reader.close();
    this.db.close();
    this.cleanup?.();
  }
}
