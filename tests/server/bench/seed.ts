import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from '@js-temporal/polyfill';
import { PostgresStore } from '../../../src/server/store/postgres-store';
import { RESERVATION_FIELDS, toValues } from '../../../src/server/store/row-mapping';
import { SqliteStore } from '../../../src/server/store/sqlite-store';
import type { IdempotencyRecord } from '../../../src/server/store/store-port';
import type { ServerReservation } from '../../../src/sync/types';

export type BenchKind = 'json-file' | 'sqlite' | 'postgres';

const TIMES = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:00', '13:30'];
const FIRST = Temporal.PlainDate.from('2027-01-04');

/**
 * `n` stored bookings as the endpoint would have made them: each with its kept answer (the
 * body of a real 201 reply), on days after the measured window so that they fill the tables
 * and the file without taking the measured slots.
 */
function* bookings(n: number, answer: unknown) {
  const at = '2026-11-20T01:00:00Z';
  for (let i = 0; i < n; i++) {
    const slot = Math.floor(i / 4);
    const r: ServerReservation = {
      id: `seed-${i}`,
      system: 'tokyo_application',
      filerKey: `seed-filer-${i}`,
      date: FIRST.add({ days: Math.floor(slot / TIMES.length) }).toString(),
      time: TIMES[slot % TIMES.length]!,
      cases: [{ procedure: 'extension' }],
      state: 'confirmed',
      createdAt: at,
      updatedAt: at,
    };
    const record: IdempotencyRecord = { fingerprint: `f${i}`, status: 201, body: answer, at };
    yield { r, key: `seed-key-${i}`, record };
  }
}

const COUNT_SLOTS = `INSERT INTO slot_counts
  SELECT system, date, time, count(*) FROM reservations GROUP BY system, date, time`;

/** A store of `kind` holding `n` bookings; returns its location for the bench server. */
export async function seed(
  kind: BenchKind,
  n: number,
  answer: unknown,
  postgresUrl?: () => Promise<string>,
): Promise<string> {
  if (kind === 'postgres') return seedPostgres(n, answer, postgresUrl!);
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-bench-'));
  if (kind === 'json-file') {
    const file = join(dir, 'reservations.json');
    const reservations = [];
    const idempotency: Record<string, IdempotencyRecord> = {};
    for (const b of bookings(n, answer)) {
      reservations.push(b.r);
      idempotency[b.key] = b.record;
    }
    writeFileSync(file, JSON.stringify({ version: 1, reservations, idempotency }));
    return file;
  }
  if (kind === 'sqlite') {
    const file = join(dir, 'reservations.sqlite');
    const store = SqliteStore.open(file);
    const db = store.connection;
    const ins = db.prepare(
      `INSERT INTO reservations (${RESERVATION_FIELDS}) VALUES (?,?,?,?,?,?,?,?,?)`,
    );
    const key = db.prepare('INSERT INTO idempotency VALUES (?, ?, ?, ?, ?)');
    const body = JSON.stringify(answer);
    db.transaction(() => {
      for (const b of bookings(n, answer)) {
        ins.run(...toValues(b.r));
        key.run(b.key, b.record.fingerprint, 201, body, b.record.at);
      }
      db.exec(COUNT_SLOTS);
    })();
    await store.close();
    return file;
  }
  throw new Error(`unknown store kind ${kind as string}`);
}

async function seedPostgres(n: number, answer: unknown, postgresUrl: () => Promise<string>) {
  const url = await postgresUrl();
  const store = await PostgresStore.open(url);
  const body = JSON.stringify(answer);
  let chunk: { r: ServerReservation; key: string; record: IdempotencyRecord }[] = [];
  const flush = async () => {
    const cols = Array.from({ length: 9 }, (_, c) => chunk.map((b) => toValues(b.r)[c]));
    await store.query(
      `INSERT INTO reservations SELECT * FROM unnest(${cols.map((_, c) => `$${c + 1}::text[]`).join(', ')})`,
      cols,
    );
    await store.query(
      `INSERT INTO idempotency SELECT k, f, 201, $3, $4 FROM unnest($1::text[], $2::text[]) AS s(k, f)`,
      [chunk.map((b) => b.key), chunk.map((b) => b.record.fingerprint), body, chunk[0]!.record.at],
    );
    chunk = [];
  };
  for (const b of bookings(n, answer)) {
    chunk.push(b);
    if (chunk.length === 2000) await flush();
  }
  if (chunk.length > 0) await flush();
  await store.query(COUNT_SLOTS);
  await store.query('ANALYZE');
  await store.close();
  return url;
}
