import type pg from 'pg';
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
import { KeyTakenError, slotKey, type WriteScope, type WriteTx } from './store-port';

/** Locks the filer's row until the transaction ends, creating it on first use. */
export async function lockFiler(client: pg.PoolClient, { system, filerKey }: WriteScope) {
  await client.query('INSERT INTO filers VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    system,
    filerKey,
  ]);
  await client.query('SELECT 1 FROM filers WHERE system = $1 AND filer_key = $2 FOR UPDATE', [
    system,
    filerKey,
  ]);
}

/** The write transaction on one pooled connection (BEGIN … COMMIT is the caller's). */
export function postgresTx(client: pg.PoolClient): WriteTx {
  const counts = async (before: ServerReservation | undefined, after: ServerReservation) => {
    for (const d of slotDeltas(before, after)) {
      // A negative delta never inserts: the proposed row would break the CHECK (cases >= 0).
      const sql =
        d.cases > 0
          ? `INSERT INTO slot_counts VALUES ($1, $2, $3, $4) ON CONFLICT (system, date, time)
             DO UPDATE SET cases = slot_counts.cases + excluded.cases`
          : 'UPDATE slot_counts SET cases = cases + $4 WHERE system = $1 AND date = $2 AND time = $3';
      await client.query(sql, [d.system, d.date, d.time, d.cases]);
    }
  };
  return {
    idempotency: async (key) => {
      const { rows } = await client.query<IdempotencyRow>(
        'SELECT fingerprint, status, body, at FROM idempotency WHERE key = $1',
        [key],
      );
      return rows[0] && fromIdempotencyRow(rows[0]);
    },
    reservationsOf: async ({ system, filerKey }) => {
      const { rows } = await client.query<ReservationRow>(
        `SELECT ${RESERVATION_FIELDS} FROM reservations WHERE filer_key = $1 AND system = $2 ORDER BY created_at, id`,
        [filerKey, system],
      );
      return rows.map(fromRow);
    },
    lockSlots: async (system, slots) => {
      const sorted = [...slots].sort((a, b) =>
        slotKey(a.date, a.time).localeCompare(slotKey(b.date, b.time)),
      );
      const dates = sorted.map((s) => s.date);
      const times = sorted.map((s) => s.time);
      await client.query(
        `INSERT INTO slot_counts SELECT $1, d, t, 0 FROM unnest($2::text[], $3::text[]) AS s(d, t)
         ON CONFLICT DO NOTHING`,
        [system, dates, times],
      );
      const { rows } = await client.query<{ date: string; time: string; cases: number }>(
        `SELECT date, time, cases FROM slot_counts
         WHERE system = $1 AND (date, time) IN (SELECT * FROM unnest($2::text[], $3::text[]))
         ORDER BY date, time FOR UPDATE`,
        [system, dates, times],
      );
      return new Map(rows.map((r) => [slotKey(r.date, r.time), Number(r.cases)]));
    },
    insert: async (r) => {
      await client.query(
        `INSERT INTO reservations (${RESERVATION_FIELDS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        toValues(r),
      );
      await counts(undefined, r);
    },
    update: async (before, after) => {
      await client.query(
        'UPDATE reservations SET date = $1, time = $2, cases = $3, state = $4, updated_at = $5 WHERE id = $6',
        [
          after.date,
          after.time,
          JSON.stringify(after.cases),
          after.state,
          after.updatedAt,
          after.id,
        ],
      );
      await counts(before, after);
    },
    remember: async (key, rec, replaces) => {
      const values = [key, rec.fingerprint, rec.status, JSON.stringify(rec.body), rec.at];
      const sql = replaces
        ? `INSERT INTO idempotency VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key) DO UPDATE
           SET fingerprint = $2, status = $3, body = $4, at = $5 WHERE idempotency.at = $6`
        : 'INSERT INTO idempotency VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING';
      const r = await client.query(sql, replaces ? [...values, replaces.at] : values);
      if (r.rowCount === 0) throw new KeyTakenError(key);
    },
  };
}
