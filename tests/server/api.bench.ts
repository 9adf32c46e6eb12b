// npm run bench:api — the reservation endpoint over HTTP on 127.0.0.1, one server process per
// store, a separate load process (this one). For 0, 10,000 and 100,000 stored bookings and
// concurrency 1, 10 and 50: new bookings (each from a new filer; only 201s count) and
// availability requests, per second and p99, for SQLite, PostgreSQL and the former JSON file
// (capped at 10,000: it rewrites the whole file per booking). Afterwards the stored rows are
// counted and must equal the seeded ones plus the 201s. Figures only; nothing here asserts a time.
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { Temporal } from '@js-temporal/polyfill';
import { loadShippedPack } from '../../src/cli/load-shipped-pack';
import { ReservationService } from '../../src/server/reservation-service';
import { JsonFileStore } from '../../src/server/store/json-file-store';
import { openStore } from '../../src/server/store/open-store';
import { POSTGRES_MISSING, startPostgres, type PostgresServer } from '../support/postgres-server';
import { book } from '../sync/helpers';
import {
  BENCH_AT,
  BENCH_WRITE_LIMIT,
  benchFilerNumber,
  startBenchServer,
} from './bench/bench-setup';
import { load, type LoadResult } from './bench/load';
import { seed, type BenchKind } from './bench/seed';
import { storeWrites } from './bench/store-writes';

const SIZES = (process.env.BENCH_SIZES ?? '0,10000,100000').split(',').map(Number);
const CONCURRENCY = [1, 10, 50];
const MAX_MS = Number(process.env.BENCH_MS ?? 3000);
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 1200);
const READS = Number(process.env.BENCH_READS ?? 6000);
const FILE_CAP = 10_000;
/** Writes per store-only run (no HTTP, no planner). */
const STORE_WRITES = Number(process.env.BENCH_STORE_WRITES ?? 300);

const pack = loadShippedPack();
const at = Temporal.ZonedDateTime.from(BENCH_AT);

/** The body of a real 201 reply: what every seeded booking keeps as its idempotent answer. */
async function realAnswer(): Promise<unknown> {
  const store = await openStore(null, () => undefined);
  const service = new ReservationService({ pack, store, now: () => at });
  const r = await service.write('book', undefined, 'k', book('2026-11-26', '10:00'), 'ja');
  await store.close();
  return r.body;
}

let pg: PostgresServer | undefined;
const kinds: BenchKind[] = ['json-file', 'sqlite'];
if (POSTGRES_MISSING) console.log(`PostgreSQL column skipped: ${POSTGRES_MISSING}`);
else {
  pg = await startPostgres({ durable: true });
  kinds.push('postgres');
}

interface Cell {
  book?: LoadResult;
  read?: LoadResult;
}
const cells = new Map<string, Cell>();
const cellKey = (kind: BenchKind, size: number, c: number) => `${kind}|${size}|${c}`;
const answer = await realAnswer();
// Figures from a shared machine mean little without its load: printed first.
const load1 = loadavg()[0]!.toFixed(1);
console.log(`${cpus().length} cores, load average ${load1} at start (1 = one busy core)`);
console.log(
  `server clock ${BENCH_AT}; per run at most ${BOOKINGS} bookings / ${READS} reads and ${MAX_MS} ms; capacity set high so that no slot fills; durable stores (SQLite synchronous=FULL, PostgreSQL fsync on, JSON file fsync + rename)`,
);
console.log(
  `accounts: every booking is signed in as its own filer account (bearer session made by the bench server at start, not through sign-in); write limit raised to ${BENCH_WRITE_LIMIT} a minute per account so that it does not cap the figures`,
);

for (const size of SIZES) {
  for (const kind of kinds) {
    if (kind === 'json-file' && size > FILE_CAP) continue;
    const t0 = performance.now();
    const location = await seed(kind, size, answer, () => pg!.createDatabase());
    const seeded = ((performance.now() - t0) / 1000).toFixed(1);
    // The store alone first: durable commits per second without HTTP and the planner.
    let storeRows = 0;
    {
      const store =
        kind === 'json-file'
          ? await JsonFileStore.open(location)
          : await openStore(location, () => undefined);
      for (const c of [1, 10]) {
        const n = kind === 'json-file' && size > 0 ? Math.min(STORE_WRITES, 40) : STORE_WRITES;
        const r = await storeWrites(store, n, c, answer, `${size}-${c}`);
        storeRows += n;
        const batch = r.perCommit ? `, ${r.perCommit.toFixed(1)} bookings per commit` : '';
        console.log(
          `${kind.padEnd(9)} ${String(size).padStart(6)} stored, c=${String(c).padStart(2)}: store only ${r.perSecond.toFixed(0)} durable writes/s, p99 ${r.p99.toFixed(1)} ms${batch}`,
        );
      }
      await store.close();
    }
    const server = await startBenchServer(kind, location, BOOKINGS * CONCURRENCY.length);
    let account = 0;
    const avail = await (
      await fetch(`${server.url}/api/reservations/availability?system=tokyo_application`)
    ).json();
    const slots = (avail as { slots: { date: string; time: string }[] }).slots;
    let created = 0;
    for (const c of CONCURRENCY) {
      const read = await load(
        server.url,
        { count: READS, concurrency: c, maxMs: MAX_MS, expect: 200 },
        () => ({ method: 'GET', path: '/api/reservations/availability?system=tokyo_application' }),
      );
      const bookRun = await load(
        server.url,
        { count: BOOKINGS, concurrency: c, maxMs: MAX_MS, expect: 201 },
        (i) => {
          const slot = slots[i % slots.length]!;
          const a = account++;
          const n = benchFilerNumber(a);
          return {
            method: 'POST',
            path: '/api/reservations',
            headers: {
              'Content-Type': 'application/json',
              'Idempotency-Key': `bench-${n}`,
              Authorization: `Bearer ${server.tokens[a]}`,
            },
            body: JSON.stringify(book(slot.date, slot.time, 1, n)),
          };
        },
      );
      created += bookRun.ok;
      cells.set(cellKey(kind, size, c), { book: bookRun, read });
      console.log(
        `${kind.padEnd(9)} ${String(size).padStart(6)} stored, c=${String(c).padStart(2)}: bookings ${rate(bookRun)} (${JSON.stringify(bookRun.statuses)}), availability ${rate(read)}`,
      );
    }
    await server.stop();
    const store =
      kind === 'json-file'
        ? await JsonFileStore.open(location)
        : await openStore(location, () => undefined);
    const rows = (await store.counts()).reservations;
    await store.close();
    // A seeded store holds up to 100,000 bookings with their answers (about 400 MB): not kept.
    if (kind !== 'postgres') rmSync(dirname(location), { recursive: true, force: true });
    const match = rows === size + storeRows + created;
    console.log(
      `${kind.padEnd(9)} ${String(size).padStart(6)} stored: seeded in ${seeded} s; rows after: ${rows} = ${size} seeded + ${storeRows} store-only + ${created} acknowledged: ${match ? 'match' : 'MISMATCH'}`,
    );
    if (!match) process.exitCode = 1;
  }
}
pg?.stop();
console.log(`load average ${loadavg()[0]!.toFixed(1)} at the end`);

function rate(r: LoadResult | undefined): string {
  if (!r) return '—';
  return `${((r.ok / r.ms) * 1000).toFixed(0)}/s p99 ${r.p99.toFixed(1)} ms`;
}

function ratio(r: LoadResult | undefined, base: LoadResult | undefined): string {
  if (!r || !base || base.ok === 0) return '';
  return ` (${(r.ok / r.ms / (base.ok / base.ms)).toFixed(1)}x)`;
}

console.log('\nside by side (ratio against the former JSON file store in the same run):');
for (const op of ['book', 'read'] as const) {
  console.log(`\n${op === 'book' ? 'bookings' : 'availability requests'}/s, p99`);
  console.log(['stored', 'c', ...kinds].map((h) => h.padEnd(30)).join(''));
  for (const size of SIZES) {
    for (const c of CONCURRENCY) {
      const base = cells.get(cellKey('json-file', size, c))?.[op];
      const cols = kinds.map((k) => {
        const r = cells.get(cellKey(k, size, c))?.[op];
        return (rate(r) + (k === 'json-file' ? '' : ratio(r, base))).padEnd(30);
      });
      console.log([String(size).padEnd(30), String(c).padEnd(30), ...cols].join(''));
    }
  }
}
