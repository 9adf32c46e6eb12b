import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { postgresAvailable, startPostgres, type PostgresServer } from './postgres-server';

export type Backend = 'sqlite' | 'postgres';

/** A new SQLite path in a fresh temporary folder (the file does not exist yet). */
export function tempDatabase(): string {
  return join(mkdtempSync(join(tmpdir(), 'zairyu-api-')), 'reservations.sqlite');
}

let server: Promise<PostgresServer> | undefined;

/**
 * The backends a test file runs its cases against: SQLite always, PostgreSQL when installed
 * (required under CI). Call at the top of a test file; the file's PostgreSQL server starts on
 * first use and stops after the file.
 */
export function storeBackends(): Backend[] {
  if (!postgresAvailable()) return ['sqlite'];
  afterAll(async () => {
    if (server) (await server).stop();
    server = undefined;
  });
  return ['sqlite', 'postgres'];
}

/** A fresh, empty store location for the backend: a new SQLite path or a new database URL. */
export async function freshDatabase(backend: Backend): Promise<string> {
  if (backend === 'sqlite') return tempDatabase();
  server ??= startPostgres({ durable: false });
  return (await server).createDatabase();
}
