import type Database from 'better-sqlite3';
import type { ServerReservation } from '../../sync/types';
import {
  fromIdempotencyRow,
  fromRow,
  RESERVATION_FIELDS,
  slotDeltas,
  toValues,
  type IdempotencyRow,
  type ReservationRow,
} from './row-mapping';
import { slotKey, type WriteTx } from './store-port';

/**
 * The write transaction on the writing connection; GroupCommit opens and commits it. No locks:
 * one writer per database already serialises every filer and slot.
 */
export function sqliteTx(db: Database.Database): WriteTx {
  const byKey = db.prepare('SELECT fingerprint, status, body, at FROM idempotency WHERE key = ?');
  const mine = db.prepare(
    `SELECT ${RESERVATION_FIELDS} FROM reservations WHERE filer_key = ? AND system = ? ORDER BY created_at, id`,
  );
  const slot = db.prepare(
    'SELECT cases FROM slot_counts WHERE system = ? AND date = ? AND time = ?',
  );
  const insert = db.prepare(
    `INSERT INTO reservations (${RESERVATION_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    'UPDATE reservations SET date = ?, time = ?, cases = ?, state = ?, updated_at = ? WHERE id = ?',
  );
  const count = db.prepare(
    `INSERT INTO slot_counts (system, date, time, cases) VALUES (?, ?, ?, ?)
     ON CONFLICT (system, date, time) DO UPDATE SET cases = cases + excluded.cases`,
  );
  const remember = db.prepare('INSERT OR REPLACE INTO idempotency VALUES (?, ?, ?, ?, ?)');
  // A negative delta never inserts: the proposed row would break the CHECK (cases >= 0).
  const giveBack = db.prepare(
    'UPDATE slot_counts SET cases = cases + ? WHERE system = ? AND date = ? AND time = ?',
  );
  const counts = (before: ServerReservation | undefined, after: ServerReservation) => {
    for (const d of slotDeltas(before, after)) {
      if (d.cases > 0) count.run(d.system, d.date, d.time, d.cases);
      else giveBack.run(d.cases, d.system, d.date, d.time);
    }
  };
  return {
    idempotency: async (key) => {
      const row = byKey.get(key) as IdempotencyRow | undefined;
      return row && fromIdempotencyRow(row);
    },
    reservationsOf: async ({ system, filerKey }) =>
      (mine.all(filerKey, system) as ReservationRow[]).map(fromRow),
    lockSlots: async (system, slots) =>
      new Map(
        slots.map((s) => {
          const row = slot.get(system, s.date, s.time) as { cases: number } | undefined;
          return [slotKey(s.date, s.time), row?.cases ?? 0];
        }),
      ),
    insert: async (r) => {
      insert.run(...toValues(r));
      counts(undefined, r);
    },
    update: async (before, after) => {
      const cases = JSON.stringify(after.cases);
      update.run(after.date, after.time, cases, after.state, after.updatedAt, after.id);
      counts(before, after);
    },
    remember: async (key, rec) => {
      remember.run(key, rec.fingerprint, rec.status, JSON.stringify(rec.body), rec.at);
    },
  };
}
