// npx tsx tests/server/api-throughput.bench.ts [writes=400] [reads=1000]
// Requests per second of the reference endpoint over HTTP on 127.0.0.1, persisting to a file.
import { statSync } from 'node:fs';
import { Temporal } from '@js-temporal/polyfill';
import { loadShippedPack } from '../../src/cli/load-shipped-pack';
import { listenReservationApi } from '../../src/server/create-api';
import { tempDataFile } from '../sync/helpers';

const writes = Number(process.argv[2] ?? 400);
const reads = Number(process.argv[3] ?? 1000);
const at = Temporal.ZonedDateTime.from('2026-11-24T10:00:00+09:00[Asia/Tokyo]');
const dataFile = tempDataFile();
const memory = process.env.BENCH_MEMORY === '1';
const api = await listenReservationApi({
  pack: loadShippedPack(),
  dataFile: memory ? null : dataFile,
  now: () => at,
});
const days = ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01'];
const times = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:00', '13:30'];

async function timed(label: string, n: number, one: (i: number) => Promise<number>) {
  const start = performance.now();
  const statuses: Record<number, number> = {};
  const worker = async (w: number) => {
    for (let i = w; i < n; i += 8) {
      const s = await one(i);
      statuses[s] = (statuses[s] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
  const ms = performance.now() - start;
  console.log(
    `${label}: ${n} in ${ms.toFixed(0)} ms = ${((n / ms) * 1000).toFixed(0)}/s`,
    statuses,
  );
}

await timed('availability GET', reads, async () => {
  const r = await fetch(`${api.url}/api/reservations/availability?system=tokyo_application`);
  await r.arrayBuffer();
  return r.status;
});
const bookBody = (i: number) =>
  JSON.stringify({
    system: 'tokyo_application',
    filer: {
      category: 'lawyer',
      credential: { kind: 'agent_certificate', number: String(300000000000 + i) },
    },
    booking: {
      date: days[i % 5],
      time: times[Math.floor(i / 5) % 8],
      cases: [{ procedure: 'extension' }],
    },
  });
const post = async (i: number) => {
  const r = await fetch(`${api.url}/api/reservations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${i}` },
    body: bookBody(i),
  });
  await r.arrayBuffer();
  return r.status;
};
await timed('book POST (1 case, new filer each)', writes, post);
// The same requests again: answered from the idempotency records, no planner run, no write.
await timed('replayed POST (same key and body)', writes, post);
if (!memory)
  console.log(`data file: ${(statSync(dataFile).size / 1024).toFixed(0)} KiB for ${writes} writes`);
await api.close();
