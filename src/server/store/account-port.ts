import type { ReservationFiler } from '../../domain/reservation/reservation-request';

export type AccountState = 'pending' | 'active' | 'disabled';

/** A filer account: who books. Reservations belong to its filer key. */
export interface Account {
  id: string;
  login: string;
  filer: ReservationFiler;
  /** The credential number when the category has one, else `account:<login>`. */
  filerKey: string;
  /** scrypt$N$r$p$salt$hash (src/server/auth/password.ts); never sent to a client. */
  passwordHash: string;
  state: AccountState;
  createdAt: string;
  updatedAt: string;
}

export interface Session {
  /** SHA-256 of the token: a copied database does not give working sessions. */
  tokenHash: string;
  accountId: string;
  kind: 'cookie' | 'bearer';
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** The login or the filer key is taken by another account. */
export class AccountExistsError extends Error {}

/** Accounts and sessions, in the same database as the reservations (migration 2). */
export interface AccountStore {
  createAccount(a: Account): Promise<void>;
  account(by: { login: string } | { id: string }): Promise<Account | undefined>;
  accounts(): Promise<Account[]>;
  updateAccount(
    id: string,
    patch: Partial<Pick<Account, 'state' | 'passwordHash'>>,
    at: string,
  ): Promise<void>;
  /** Moves reservations made under another filer key (before accounts) to the account's key. */
  rekeyReservations(fromKey: string, toKey: string): Promise<number>;
  createSession(s: Session): Promise<void>;
  session(tokenHash: string): Promise<Session | undefined>;
  touchSession(tokenHash: string, lastSeenAt: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessionsOf(accountId: string): Promise<void>;
  /** Deletes every session `ended` says has ended; returns how many went. */
  sweepSessions(ended: (s: Session) => boolean): Promise<number>;
}
