import type Database from 'better-sqlite3';
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
import type { GroupCommit } from './group-commit';

/**
 * Accounts and sessions in the SQLite file. Writes go through the group commit (the writing
 * connection may be inside a batch); reads use the reading connection.
 */
export function sqliteAccounts(
  writer: Database.Database,
  reader: Database.Database,
  group: GroupCommit,
): AccountStore {
  const write = <T>(fn: () => T) => group.run(async () => fn());
  return {
    createAccount: (a) =>
      write(() => {
        try {
          writer
            .prepare(`INSERT INTO accounts (${ACCOUNT_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
            .run(...accountValues(a));
        } catch (e) {
          if (isUniqueViolation(e))
            throw new AccountExistsError(
              `login "${a.login}" or filer key "${a.filerKey}" already has an account`,
            );
          throw e;
        }
      }),
    account: async (by) => {
      const [col, value] = 'login' in by ? ['login', by.login] : ['id', by.id];
      const row = reader
        .prepare(`SELECT ${ACCOUNT_FIELDS} FROM accounts WHERE ${col} = ?`)
        .get(value) as AccountRow | undefined;
      return row && fromAccountRow(row);
    },
    accounts: async () =>
      (
        reader
          .prepare(`SELECT ${ACCOUNT_FIELDS} FROM accounts ORDER BY login`)
          .all() as AccountRow[]
      ).map(fromAccountRow),
    updateAccount: (id, patch, at) =>
      write(() => {
        if (patch.state)
          writer
            .prepare('UPDATE accounts SET state = ?, updated_at = ? WHERE id = ?')
            .run(patch.state, at, id);
        if (patch.passwordHash)
          writer
            .prepare('UPDATE accounts SET password_hash = ?, updated_at = ? WHERE id = ?')
            .run(patch.passwordHash, at, id);
      }),
    rekeyReservations: (fromKey, toKey) =>
      write(
        () =>
          writer
            .prepare('UPDATE reservations SET filer_key = ? WHERE filer_key = ?')
            .run(toKey, fromKey).changes,
      ),
    createSession: (s) =>
      write(
        () =>
          void writer
            .prepare(`INSERT INTO sessions (${SESSION_FIELDS}) VALUES (?, ?, ?, ?, ?, ?)`)
            .run(...sessionValues(s)),
      ),
    session: async (hash) => {
      const row = reader
        .prepare(`SELECT ${SESSION_FIELDS} FROM sessions WHERE token_hash = ?`)
        .get(hash) as SessionRow | undefined;
      return row && fromSessionRow(row);
    },
    touchSession: (hash, at) =>
      write(
        () =>
          void writer
            .prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?')
            .run(at, hash),
      ),
    deleteSession: (hash) =>
      write(() => void writer.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hash)),
    deleteSessionsOf: (id) =>
      write(() => void writer.prepare('DELETE FROM sessions WHERE account_id = ?').run(id)),
    // Judged in JS, not by comparing ISO strings in SQL: stored instants differ in fraction digits.
    sweepSessions: (ended) =>
      write(() => {
        const rows = writer.prepare(`SELECT ${SESSION_FIELDS} FROM sessions`).all() as SessionRow[];
        const remove = writer.prepare('DELETE FROM sessions WHERE token_hash = ?');
        let n = 0;
        for (const row of rows) {
          const s = fromSessionRow(row);
          if (ended(s)) n += remove.run(s.tokenHash).changes;
        }
        return n;
      }),
  };
}
