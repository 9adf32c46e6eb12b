import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCapacity } from '../../src/server/capacity-option';
import { ReservationService } from '../../src/server/reservation-service';
import { databaseBeside, openStore } from '../../src/server/store/open-store';
import type { ReservationRepository } from '../../src/server/store/store-port';
import type { ServerReservation } from '../../src/sync/types';
import { agent, book, ServerClock } from '../sync/helpers';
import { shippedPack } from '../support/shipped-pack';
import { freshDatabase, storeBackends, tempDatabase } from '../support/store-backends';

const quiet = () => undefined;
let opened: ReservationRepository[] = [];
afterEach(async () => {
  await Promise.all(opened.map((s) => s.close()));
  opened = [];
});
async function open(where: string | null, log: (line: string) => void = quiet) {
  const store = await openStore(where, log);
  opened.push(store);
  return store;
}

function service(store: ReservationRepository, clock = new ServerClock(), capacity = 50) {
  const pack = shippedPack();
  return new ReservationService({
    pack,
    store,
    now: clock.now,
    capacity: { tokyo_application: capacity },
  });
}

const reservation = (id: string, date: string, cases = 1): ServerReservation => ({
  id,
  system: 'tokyo_application',
  filerKey: `f-${id}`,
  date,
  time: '10:00',
  cases: Array.from({ length: cases }, () => ({ procedure: 'extension' })),
  state: 'confirmed',
  createdAt: '2026-11-24T01:00:00Z',
  updatedAt: '2026-11-24T01:00:00Z',
});

describe.each(storeBackends())('%s store', (backend) => {
  it('serialises concurrent writes: a slot never takes more than its capacity', async () => {
    const store = await open(await freshDatabase(backend));
    const s = service(store, new ServerClock(), 3);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => {
        const req = book('2026-11-26', '10:00', 1, String(200000000000 + i));
        return s.write('book', undefined, `key-${i}`, req, 'en');
      }),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409)).toHaveLength(5);
    const counts = await store.slotCounts('tokyo_application', '2026-11-26', '2026-11-26');
    expect(counts.get('2026-11-26 10:00')).toBe(3);
    expect((await store.counts()).reservations).toBe(3);
  });

  it('keeps per-slot counts through change and cancel; reads see committed rows', async () => {
    const store = await open(await freshDatabase(backend));
    const s = service(store);
    const made = await s.write('book', undefined, 'a', book('2026-11-26', '10:00', 3), 'en');
    const id = (made.body as { reservation: ServerReservation }).reservation.id;
    const change = { ...book('2026-11-27', '11:00', 2) };
    expect((await s.write('change', id, 'b', change, 'en')).status).toBe(200);
    let counts = await store.slotCounts('tokyo_application', '2026-11-25', '2026-11-30');
    expect(counts.get('2026-11-26 10:00') ?? 0).toBe(0);
    expect(counts.get('2026-11-27 11:00')).toBe(2);
    const cancel = { system: 'tokyo_application', filer: agent() };
    expect((await s.write('cancel', id, 'd', cancel, 'en')).status).toBe(200);
    counts = await store.slotCounts('tokyo_application', '2026-11-25', '2026-11-30');
    expect(counts.get('2026-11-27 11:00') ?? 0).toBe(0);
    expect(await store.get(id)).toMatchObject({ state: 'cancelled' });
    expect(await store.list('123456789012', 'tokyo_application')).toHaveLength(1);
  });

  it('undoes a write that fails half-way: nothing of it is visible or counted', async () => {
    const store = await open(await freshDatabase(backend));
    await expect(
      store.write({ system: 'tokyo_application', filerKey: 'f-x' }, async (tx) => {
        await tx.insert(reservation('x', '2026-11-26', 2));
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    await store.write(null, async (tx) => tx.insert(reservation('y', '2026-11-26')));
    expect(await store.get('x')).toBeUndefined();
    expect(await store.get('y')).toBeDefined();
    const counts = await store.slotCounts('tokyo_application', '2026-11-26', '2026-11-26');
    expect(counts.get('2026-11-26 10:00')).toBe(1);
  });

  it('drops answers older than 30 days; a late replay is judged again and refused', async () => {
    const store = await open(await freshDatabase(backend));
    const clock = new ServerClock();
    const s = service(store, clock);
    const first = await s.write('book', undefined, 'old', book('2026-11-26', '10:00'), 'en');
    expect(first.status).toBe(201);
    clock.set('2026-12-20T10:00:00+09:00');
    await s.write('book', undefined, 'mid', book('2026-12-22', '10:00'), 'en');
    clock.set('2026-12-27T10:00:00+09:00');
    const late = await s.write('book', undefined, 'old', book('2026-11-26', '10:00'), 'en');
    expect(late).toMatchObject({ status: 422, body: { reason: 'deadline' } });
    expect(await store.idempotency('old')).toMatchObject({ status: 422 });
    clock.set('2027-01-25T10:00:00+09:00');
    // 'mid' was decided 36 days ago, 'old' (again) 29 days ago; the 26 Nov booking is past.
    expect(await s.maintain()).toEqual({ idempotency: 1, reservations: 2 });
    expect(await store.idempotency('mid')).toBeUndefined();
    expect(await store.counts()).toEqual({ reservations: 0, idempotency: 1, archived: 2 });
    expect(await store.slotCounts('tokyo_application', '2026-11-01', '2026-12-31')).toEqual(
      new Map(),
    );
  });

  it('a reopened store has every acknowledged write', async () => {
    const where = await freshDatabase(backend);
    const store = await open(where);
    const s = service(store);
    for (let i = 0; i < 5; i++) {
      const req = book('2026-11-26', '10:00', 1, String(400000000000 + i));
      expect((await s.write('book', undefined, `k${i}`, req, 'en')).status).toBe(201);
    }
    await store.close();
    opened = [];
    const again = await open(where);
    expect(await again.counts()).toMatchObject({ reservations: 5, idempotency: 5 });
    const replay = await service(again).write(
      'book',
      undefined,
      'k0',
      book('2026-11-26', '10:00', 1, '400000000000'),
      'en',
    );
    expect(replay).toMatchObject({ status: 201, replayed: true });
  });
});

describe('opening a store from --data', () => {
  it('makes a new SQLite store at a path that does not exist, with its folder', async () => {
    const where = join(dirname(tempDatabase()), 'sub', 'store');
    const store = await open(where);
    expect(store.kind).toBe('sqlite');
    expect(readdirSync(dirname(where))).toContain('store');
  });

  it('imports a former JSON data file once into a database beside it, and says so', async () => {
    const json = join(dirname(tempDatabase()), 'reservations.json');
    const data = {
      version: 1,
      reservations: [reservation('r-1', '2026-11-26', 2), reservation('r-2', '2026-11-27')],
      idempotency: {
        k1: { fingerprint: 'f', status: 201, body: { a: 1 }, at: '2026-11-24T01:00:00Z' },
      },
    };
    writeFileSync(json, JSON.stringify(data));
    const lines: string[] = [];
    const store = await open(json, (l) => lines.push(l));
    expect(store.location).toBe(databaseBeside(json));
    expect(lines).toEqual([
      expect.stringMatching(
        /imported 2 reservations and 1 idempotency answers from .*reservations\.json/,
      ),
    ]);
    expect(await store.idempotency('k1')).toMatchObject({ body: { a: 1 } });
    const counts = await store.slotCounts('tokyo_application', '2026-11-26', '2026-11-27');
    expect([...counts]).toEqual([
      ['2026-11-26 10:00', 2],
      ['2026-11-27 10:00', 1],
    ]);
    await store.close();
    opened = [];
    const again: string[] = [];
    const reopened = await open(json, (l) => again.push(l));
    expect(again).toEqual([]);
    expect((await reopened.counts()).reservations).toBe(2);
    // The former default path: data/reservations.sqlite missing, data/reservations.json there.
    await reopened.close();
    opened = [];
  });

  it('imports the former default data/reservations.json when the database is new', async () => {
    const dir = dirname(tempDatabase());
    const data = { version: 1, reservations: [reservation('r-1', '2026-11-26')], idempotency: {} };
    writeFileSync(join(dir, 'reservations.json'), JSON.stringify(data));
    const lines: string[] = [];
    const store = await open(join(dir, 'reservations.sqlite'), (l) => lines.push(l));
    expect(lines[0]).toMatch(/imported 1 reservations/);
    expect((await store.counts()).reservations).toBe(1);
  });

  it('refuses a folder, a foreign file and a JSON file that is not a store, naming them', async () => {
    const dir = dirname(tempDatabase());
    await expect(open(dir)).rejects.toThrow(/is a folder/);
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    await expect(open(join(dir, 'notes.txt'))).rejects.toThrow(/neither a SQLite database/);
    writeFileSync(join(dir, 'other.json'), '{"hello":1}');
    await expect(open(join(dir, 'other.json'))).rejects.toThrow(
      /other\.json: not a reservation store/,
    );
  });
});

describe('parseCapacity', () => {
  it('reads system=n pairs and names a bad one', () => {
    expect(parseCapacity('tokyo_application=50,osaka_issuance=30')).toEqual({
      tokyo_application: 50,
      osaka_issuance: 30,
    });
    expect(parseCapacity(undefined)).toEqual({});
    expect(() => parseCapacity('nagoya=3')).toThrow(/unknown system/);
    expect(() => parseCapacity('osaka_issuance=-1')).toThrow(/whole number/);
  });
});
