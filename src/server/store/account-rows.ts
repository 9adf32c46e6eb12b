import type { Account, Session } from './account-port';

export interface AccountRow {
  id: string;
  login: string;
  filer: string;
  filer_key: string;
  password_hash: string;
  state: string;
  created_at: string;
  updated_at: string;
}

export const ACCOUNT_FIELDS =
  'id, login, filer, filer_key, password_hash, state, created_at, updated_at';

export const fromAccountRow = (r: AccountRow): Account => ({
  id: r.id,
  login: r.login,
  filer: JSON.parse(r.filer) as Account['filer'],
  filerKey: r.filer_key,
  passwordHash: r.password_hash,
  state: r.state as Account['state'],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const accountValues = (a: Account) => [
  a.id,
  a.login,
  JSON.stringify(a.filer),
  a.filerKey,
  a.passwordHash,
  a.state,
  a.createdAt,
  a.updatedAt,
];

export interface SessionRow {
  token_hash: string;
  account_id: string;
  kind: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export const SESSION_FIELDS = 'token_hash, account_id, kind, created_at, last_seen_at, expires_at';

export const fromSessionRow = (r: SessionRow): Session => ({
  tokenHash: r.token_hash,
  accountId: r.account_id,
  kind: r.kind as Session['kind'],
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  expiresAt: r.expires_at,
});

export const sessionValues = (s: Session) => [
  s.tokenHash,
  s.accountId,
  s.kind,
  s.createdAt,
  s.lastSeenAt,
  s.expiresAt,
];

/** Unique violations of both drivers: SQLite's code and PostgreSQL's SQLSTATE. */
export const isUniqueViolation = (e: unknown) => {
  const code = (e as { code?: string }).code;
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === '23505'
  );
};
