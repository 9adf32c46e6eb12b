import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { readJsonStore } from './json-file-store';
import { PostgresStore } from './postgres-store';
import { SqliteStore } from './sqlite-store';
import type { ReservationRepository } from './store-port';

export type Log = (line: string) => void;

const isUrl = (where: string) => /^postgres(ql)?:\/\//i.test(where);

function firstBytes(file: string, n: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/** The database file for a former JSON data file: beside it, `.json` → `.sqlite`. */
export const databaseBeside = (jsonFile: string) =>
  join(dirname(jsonFile), `${basename(jsonFile, extname(jsonFile))}.sqlite`);

/**
 * Opens the store named on the command line: a postgres:// URL, or a path. An existing SQLite
 * file is opened; a path that does not exist becomes a new SQLite database; a former JSON data
 * file is imported once into a database beside it. A missing database whose JSON sibling
 * exists (the former default data/reservations.json) imports that too. null: a throwaway
 * SQLite file (tests).
 */
export async function openStore(where: string | null, log: Log): Promise<ReservationRepository> {
  if (where === null) return SqliteStore.open(null);
  if (isUrl(where)) return PostgresStore.open(where);
  const path = resolve(where);
  if (!existsSync(path)) {
    const legacy = join(dirname(path), `${basename(path, extname(path))}.json`);
    const store = SqliteStore.open(path);
    if (legacy !== path && existsSync(legacy)) await importOnce(store, legacy, log);
    return store;
  }
  if (statSync(path).isDirectory()) {
    throw new Error(
      `--data ${where}: is a folder; give a database file such as ${where}/reservations.sqlite`,
    );
  }
  const head = firstBytes(path, 16);
  if (head.length === 0 || head.toString('latin1') === 'SQLite format 3\0') {
    return SqliteStore.open(path);
  }
  if (head.toString('utf8').trimStart().startsWith('{')) {
    const store = SqliteStore.open(databaseBeside(path));
    await importOnce(store, path, log);
    return store;
  }
  throw new Error(
    `--data ${where}: neither a SQLite database nor a JSON reservation file; give a new path to start an empty store`,
  );
}

/** Copies a former JSON data file into the database, once: the import is recorded by content. */
export async function importOnce(store: SqliteStore, jsonFile: string, log: Log): Promise<void> {
  const sha256 = createHash('sha256').update(readFileSync(jsonFile)).digest('hex');
  const db = store.connection;
  const done = db.prepare('SELECT at FROM imports WHERE source = ?').get(jsonFile);
  if (done) return;
  const data = await readJsonStore(jsonFile);
  const keys = Object.entries(data.idempotency);
  await store.write(null, async (tx) => {
    for (const r of data.reservations) await tx.insert(r);
    for (const [key, record] of keys) await tx.remember(key, record);
    db.prepare('INSERT INTO imports VALUES (?, ?, ?, ?, ?)').run(
      jsonFile,
      sha256,
      data.reservations.length,
      keys.length,
      new Date().toISOString(),
    );
  });
  log(
    `imported ${data.reservations.length} reservations and ${keys.length} idempotency answers from ${jsonFile} into ${store.location} (once; the JSON file is no longer read and can be archived)`,
  );
}
