import type { ReservationRepository } from '../../../src/server/store/store-port';
import { SqliteStore } from '../../../src/server/store/sqlite-store';

const DAYS = ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01'];
const TIMES = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:00', '13:30'];

export interface StoreRun {
  perSecond: number;
  p99: number;
  /** SQLite: bookings per commit (group commit); absent for the others. */
  perCommit?: number;
}

/**
 * Durable writes straight through the store port, without HTTP and without the planner: one
 * booking row and its kept answer per write, `concurrency` at a time. Shows what the store
 * itself commits, apart from what deciding a booking costs.
 */
export async function storeWrites(
  store: ReservationRepository,
  count: number,
  concurrency: number,
  answer: unknown,
  tag: string,
): Promise<StoreRun> {
  const latencies: number[] = [];
  const group = store instanceof SqliteStore ? store.group.stats : undefined;
  const before = group ? { ...group } : undefined;
  let next = 0;
  const at = '2026-11-24T01:00:00Z';
  const start = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      const filerKey = `store-${tag}-${i}`;
      // Spread over 40 slots: one hot slot would measure its row lock, not the store.
      const date = DAYS[i % DAYS.length]!;
      const time = TIMES[Math.floor(i / DAYS.length) % TIMES.length]!;
      await store.write({ system: 'tokyo_application', filerKey }, async (tx) => {
        await tx.lockSlots('tokyo_application', [{ date, time }]);
        await tx.insert({
          id: `s-${tag}-${i}`,
          system: 'tokyo_application',
          filerKey,
          date,
          time,
          cases: [{ procedure: 'extension' }],
          state: 'confirmed',
          createdAt: at,
          updatedAt: at,
        });
        await tx.remember(`k-${tag}-${i}`, { fingerprint: 'f', status: 201, body: answer, at });
      });
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - start;
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))]!;
  const perCommit =
    group && before
      ? (group.tasks - before.tasks) / Math.max(1, group.batches - before.batches)
      : undefined;
  return { perSecond: (count / ms) * 1000, p99, perCommit };
}
