/**
 * Schema versions of the SQL stores, applied in order at start (each in its own transaction,
 * recorded in `schema_migrations`). Never edit a released migration: add the next number.
 * Dates and times are ISO text in both dialects, so comparisons and replies are identical;
 * JSON is kept as text because replays must return the stored body byte for byte (jsonb
 * would reorder keys).
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

const RESERVATION_COLUMNS = `
  id TEXT PRIMARY KEY,
  system TEXT NOT NULL,
  filer_key TEXT NOT NULL,
  date TEXT NOT NULL,
  time TEXT NOT NULL,
  cases TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('confirmed', 'cancelled')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL`;

const V1 = `
CREATE TABLE reservations (${RESERVATION_COLUMNS});
CREATE INDEX reservations_by_filer ON reservations (filer_key, system);
CREATE INDEX reservations_by_date ON reservations (date);
CREATE TABLE reservations_archive (${RESERVATION_COLUMNS}, archived_at TEXT NOT NULL);
CREATE TABLE slot_counts (
  system TEXT NOT NULL,
  date TEXT NOT NULL,
  time TEXT NOT NULL,
  cases INTEGER NOT NULL CHECK (cases >= 0),
  PRIMARY KEY (system, date, time)
);
CREATE TABLE idempotency (
  key TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX idempotency_by_at ON idempotency (at);
CREATE TABLE filers (
  system TEXT NOT NULL,
  filer_key TEXT NOT NULL,
  PRIMARY KEY (system, filer_key)
);
CREATE TABLE imports (
  source TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL,
  reservations INTEGER NOT NULL,
  idempotency INTEGER NOT NULL,
  at TEXT NOT NULL
);
`;

const V2 = `
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  login TEXT NOT NULL UNIQUE,
  filer TEXT NOT NULL,
  filer_key TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'active', 'disabled')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts (id),
  kind TEXT NOT NULL CHECK (kind IN ('cookie', 'bearer')),
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'reservations, archive, per-slot counts, idempotency answers, filers, imports',
    sqlite: V1,
    postgres: V1,
  },
  { version: 2, name: 'filer accounts and sessions', sqlite: V2, postgres: V2 },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)!.version;

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** The migrations a store at `current` still needs; refuses a store newer than this code. */
export function pendingMigrations(current: number, where: string): Migration[] {
  if (current > LATEST_VERSION) {
    throw new Error(
      `${where}: the store has schema version ${current}, this endpoint knows up to ${LATEST_VERSION}; run a newer endpoint or restore a backup made by this version`,
    );
  }
  return MIGRATIONS.filter((m) => m.version > current);
}
