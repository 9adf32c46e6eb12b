import type pg from 'pg';
import { AccountExistsError, type AccountStore } from './account-port';
import {
  ACCOUNT_FIELDS,
  accountValues,
  fromAccountRow,
  fromSessionRow,
  isUniqueViolation,
  SESSION_FIELDS,
  sessionValues,
  type AccountRow,
  type SessionRow,
} from './account-rows';

/** Accounts and sessions in PostgreSQL: shared by every endpoint process. */
export function postgresAccounts(pool: pg.Pool): AccountStore {
  return {
    createAccount: async (a) => {
      try {
        await pool.query(
          `INSERT INTO accounts (${ACCOUNT_FIELDS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          accountValues(a),
        );
      } catch (e) {
        if (isUniqueViolation(e))
          throw new AccountExistsError(
            `login "${a.login}" or filer key "${a.filerKey}" already has an account`,
          );
        throw e;
      }
    },
    account: async (by) => {
      const [col, value] = 'login' in by ? ['login', by.login] : ['id', by.id];
      const { rows } = await pool.query<AccountRow>(
        `SELECT ${ACCOUNT_FIELDS} FROM accounts WHERE ${col} = $1`,
        [value],
      );
      return rows[0] && fromAccountRow(rows[0]);
    },
    accounts: async () =>
      (
        await pool.query<AccountRow>(`SELECT ${ACCOUNT_FIELDS} FROM accounts ORDER BY login`)
      ).rows.map(fromAccountRow),
    updateAccount: async (id, patch, at) => {
      if (patch.state)
        await pool.query('UPDATE accounts SET state = $1, updated_at = $2 WHERE id = $3', [
          patch.state,
          at,
          id,
        ]);
      if (patch.passwordHash)
        await pool.query('UPDATE accounts SET password_hash = $1, updated_at = $2 WHERE id = $3', [
          patch.passwordHash,
          at,
          id,
        ]);
    },
    rekeyReservations: async (fromKey, toKey) =>
      (
        await pool.query('UPDATE reservations SET filer_key = $1 WHERE filer_key = $2', [
          toKey,
          fromKey,
        ])
      ).rowCount ?? 0,
    createSession: async (s) =>
      void (await pool.query(
        `INSERT INTO sessions (${SESSION_FIELDS}) VALUES ($1, $2, $3, $4, $5, $6)`,
        sessionValues(s),
      )),
    session: async (hash) => {
      const { rows } = await pool.query<SessionRow>(
        `SELECT ${SESSION_FIELDS} FROM sessions WHERE token_hash = $1`,
        [hash],
      );
      return rows[0] && fromSessionRow(rows[0]);
    },
    touchSession: async (hash, at) =>
      void (await pool.query('UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2', [
        at,
        hash,
      ])),
    deleteSession: async (hash) =>
      void (await pool.query('DELETE FROM sessions WHERE token_hash = $1', [hash])),
    deleteSessionsOf: async (id) =>
      void (await pool.query('DELETE FROM sessions WHERE account_id = $1', [id])),
    // Judged in JS, not by comparing ISO strings in SQL: stored instants differ in fraction digits.
    sweepSessions: async (ended) => {
      const { rows } = await pool.query<SessionRow>(`SELECT ${SESSION_FIELDS} FROM sessions`);
      const hashes = rows
        .map(fromSessionRow)
        .filter(ended)
        .map((s) => s.tokenHash);
      if (hashes.length === 0) return 0;
      const done = await pool.query('DELETE FROM sessions WHERE token_hash = ANY($1)', [hashes]);
      return done.rowCount ?? 0;
    },
  };
}
