import { AccountExistsError, type Account, type AccountStore, type Session } from './account-port';

/**
 * Accounts and sessions in memory, for the former JSON file store, which exists only as the
 * benchmark's baseline and the import source: they are not written to its file.
 */
export function memoryAccounts(rekey: (from: string, to: string) => Promise<number>): AccountStore {
  const accounts = new Map<string, Account>();
  const sessions = new Map<string, Session>();
  const find = (by: { login: string } | { id: string }) =>
    [...accounts.values()].find((a) => ('login' in by ? a.login === by.login : a.id === by.id));
  return {
    createAccount: async (a) => {
      if ([...accounts.values()].some((x) => x.login === a.login || x.filerKey === a.filerKey)) {
        throw new AccountExistsError(
          `login "${a.login}" or filer key "${a.filerKey}" already has an account`,
        );
      }
      accounts.set(a.id, { ...a });
    },
    account: async (by) => {
      const a = find(by);
      return a && { ...a };
    },
    accounts: async () => [...accounts.values()].sort((a, b) => a.login.localeCompare(b.login)),
    updateAccount: async (id, patch, at) => {
      const a = accounts.get(id);
      if (a) accounts.set(id, { ...a, ...patch, updatedAt: at });
    },
    rekeyReservations: rekey,
    createSession: async (s) => void sessions.set(s.tokenHash, { ...s }),
    session: async (hash) => {
      const s = sessions.get(hash);
      return s && { ...s };
    },
    touchSession: async (hash, at) => {
      const s = sessions.get(hash);
      if (s) sessions.set(hash, { ...s, lastSeenAt: at });
    },
    deleteSession: async (hash) => void sessions.delete(hash),
    deleteSessionsOf: async (id) => {
      for (const [k, s] of sessions) if (s.accountId === id) sessions.delete(k);
    },
    sweepSessions: async (ended) => {
      let n = 0;
      for (const [k, s] of sessions) if (ended(s) && sessions.delete(k)) n++;
      return n;
    },
  };
}
