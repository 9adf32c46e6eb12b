import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS } from '../../src/server/store/migrations';
import { PostgresStore } from '../../src/server/store/postgres-store';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import type { ReservationRepository } from '../../src/server/store/store-port';
import { freshDatabase, storeBackends, type Backend } from '../support/store-backends';

let opened: ReservationRepository[] = [];
afterEach(async () => {
  await Promise.all(opened.map((s) => s.close()));
  opened = [];
});

async function open(backend: Backend, where: string, migrateTo?: number) {
  const store =
    backend === 'sqlite'
      ? SqliteStore.open(where, { migrateTo })
      : await PostgresStore.open(where, { migrateTo });
  opened.push(store);
  return store;
}

async function versions(store: ReservationRepository): Promise<number[]> {
  const sql = 'SELECT version FROM schema_migrations ORDER BY version';
  const rows =
    store instanceof SqliteStore
      ? (store.connection.prepare(sql).all() as { version: number }[])
      : (await (store as PostgresStore).query(sql)).rows;
  return rows.map((r: { version: number }) => Number(r.version));
}

const reservation = {
  id: 'r-1',
  system: 'tokyo_application' as const,
  filerKey: 'k',
  date: '2026-11-26',
  time: '10:00',
  cases: [{ procedure: 'extension' }],
  state: 'confirmed' as const,
  createdAt: '2026-11-24T01:00:00Z',
  updatedAt: '2026-11-24T01:00:00Z',
};

describe.each(storeBackends())('%s schema migrations', (backend) => {
  it('numbers migrations 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  // From empty (0) and from every released version to the latest, keeping the data.
  it.each(Array.from({ length: LATEST_VERSION }, (_, v) => v))(
    'migrates a store at version %i to the latest',
    async (from) => {
      const where = await freshDatabase(backend);
      const old = await open(backend, where, from);
      expect(await versions(old)).toEqual(MIGRATIONS.slice(0, from).map((m) => m.version));
      if (from >= 1) await old.write(null, async (tx) => tx.insert(reservation));
      await old.close();
      opened = [];
      const store = await open(backend, where);
      expect(await versions(store)).toEqual(MIGRATIONS.map((m) => m.version));
      if (from >= 1) expect(await store.get('r-1')).toEqual(reservation);
      await store.write(null, async (tx) => tx.insert({ ...reservation, id: 'r-2' }));
      expect((await store.counts()).reservations).toBe(from >= 1 ? 2 : 1);
    },
  );

  it('migrates once when several endpoints start together, and refuses a newer store', async () => {
    const where = await freshDatabase(backend);
    const stores = await Promise.all([1, 2, 3].map(() => open(backend, where)));
    expect(await versions(stores[0]!)).toEqual(MIGRATIONS.map((m) => m.version));
    const sql = `INSERT INTO schema_migrations VALUES (${LATEST_VERSION + 1}, 'future', 'x')`;
    if (stores[0] instanceof SqliteStore) stores[0].connection.exec(sql);
    else await (stores[0] as PostgresStore).query(sql);
    await expect(open(backend, where)).rejects.toThrow(
      new RegExp(
        `schema version ${LATEST_VERSION + 1}, this endpoint knows up to ${LATEST_VERSION}`,
      ),
    );
  });
});
