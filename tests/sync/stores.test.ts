import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DexieSyncStore, SYNC_DB_NAME } from '../../src/sync/dexie-store';
import { MemorySyncStore } from '../../src/sync/memory-store';
import type { Availability, OutboxItem, SyncStore } from '../../src/sync/types';
import { book, dbName } from './helpers';

const item = (key: string, createdAt: string): OutboxItem => ({
  key,
  kind: 'book',
  system: 'tokyo_application',
  request: book('2026-11-26', '10:00'),
  state: 'queued',
  attempts: 0,
  nextAttemptAt: createdAt,
  createdAt,
  updatedAt: createdAt,
});

const slot: Availability = {
  system: 'osaka_issuance',
  date: '2026-11-26',
  time: '09:00',
  capacity: 45,
  remaining: 30,
  fetchedAt: '2026-11-24T01:00:00.000Z',
};

describe.each([
  ['memory', () => new MemorySyncStore()],
  ['IndexedDB', () => new DexieSyncStore(dbName())],
])('%s sync store', (_name, make: () => SyncStore) => {
  it('keeps, replaces and deletes outbox items, oldest first', async () => {
    const store = make();
    await store.put(item('b', '2026-11-24T01:00:00.002Z'));
    await store.put(item('a', '2026-11-24T01:00:00.001Z'));
    await store.put({ ...item('b', '2026-11-24T01:00:00.002Z'), state: 'sent', attempts: 1 });
    expect((await store.all()).map((i) => [i.key, i.state])).toEqual([
      ['a', 'queued'],
      ['b', 'sent'],
    ]);
    expect(await store.get('b')).toMatchObject({ attempts: 1 });
    await store.delete('a');
    expect((await store.all()).map((i) => i.key)).toEqual(['b']);
    expect(await store.get('a')).toBeUndefined();
  });

  it('returns copies: changing a read item does not change the store', async () => {
    const store = make();
    await store.put(item('a', '2026-11-24T01:00:00.001Z'));
    const read = (await store.get('a'))!;
    read.state = 'confirmed';
    expect((await store.get('a'))!.state).toBe('queued');
  });

  it('keeps the last availability per system', async () => {
    const store = make();
    expect(await store.loadAvailability('osaka_issuance')).toEqual([]);
    await store.saveAvailability('osaka_issuance', [slot]);
    expect(await store.loadAvailability('osaka_issuance')).toEqual([slot]);
    expect(await store.loadAvailability('tokyo_application')).toEqual([]);
  });
});

describe('DexieSyncStore', () => {
  it('uses its own database and survives a reopen (reload)', async () => {
    expect(SYNC_DB_NAME).toBe('zairyu-precheck-sync');
    const name = dbName();
    const first = new DexieSyncStore(name);
    await first.put(item('k', '2026-11-24T01:00:00.001Z'));
    first.close();
    const again = new DexieSyncStore(name);
    expect((await again.all()).map((i) => i.key)).toEqual(['k']);
    expect(again.db.name).toBe(name);
  });
});
