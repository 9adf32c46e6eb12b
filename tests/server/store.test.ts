import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCapacity } from '../../src/server/capacity-option';
import { ReservationStore } from '../../src/server/reservation-store';
import { ReservationService } from '../../src/server/reservation-service';
import { book, ServerClock, tempDataFile } from '../sync/helpers';
import { shippedPack } from '../support/shipped-pack';

describe('ReservationStore', () => {
  it('writes atomically: no temp files left, the file is whole JSON after each write', async () => {
    const file = tempDataFile();
    const store = await ReservationStore.open(file);
    expect(store.snapshot.reservations).toEqual([]);
    for (let i = 0; i < 5; i++) {
      await store.exclusive(async (d) => ({
        next: {
          ...d,
          idempotency: {
            ...d.idempotency,
            [`k${i}`]: { fingerprint: 'f', status: 201, body: {}, at: '' },
          },
        },
        result: null,
      }));
    }
    expect(readdirSync(dirname(file))).toEqual(['reservations.json']);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).idempotency)).toHaveLength(5);
    expect(Object.keys((await ReservationStore.open(file)).snapshot.idempotency)).toHaveLength(5);
  });

  it('keeps the state unchanged when a write fails, and refuses a foreign file', async () => {
    const dir = dirname(tempDataFile());
    const store = await ReservationStore.open(`${dir}/sub/reservations.json`);
    writeFileSync(`${dir}/sub`, ''); // a file where the store's folder has to be
    await expect(
      store.exclusive(async (d) => ({ next: { ...d, reservations: [] }, result: 1 })),
    ).rejects.toThrow();
    expect(store.snapshot.reservations).toEqual([]);
    const file = tempDataFile();
    writeFileSync(file, '{"hello":1}');
    await expect(ReservationStore.open(file)).rejects.toThrow(/not a reservation store/);
  });

  it('serialises concurrent writes: a slot never takes more than its capacity', async () => {
    const store = await ReservationStore.open(null);
    const service = new ReservationService({
      pack: shippedPack(),
      store,
      now: new ServerClock().now,
      capacity: { tokyo_application: 3 },
    });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => {
        const req = book('2026-11-26', '10:00', 1, String(200000000000 + i));
        return service.write('book', undefined, `key-${i}`, req, 'en');
      }),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409)).toHaveLength(5);
    expect(store.casesInSlot('tokyo_application', '2026-11-26', '10:00')).toBe(3);
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

describe('idempotency retention', () => {
  it('drops keys older than 30 days; a late replay is judged again and refused', async () => {
    const store = await ReservationStore.open(null);
    const clock = new ServerClock();
    const service = new ReservationService({ pack: shippedPack(), store, now: clock.now });
    const first = await service.write('book', undefined, 'old', book('2026-11-26', '10:00'), 'en');
    expect(first.status).toBe(201);
    clock.set('2026-12-20T10:00:00+09:00');
    await service.write('book', undefined, 'mid', book('2026-12-22', '10:00'), 'en');
    expect(Object.keys(store.snapshot.idempotency)).toEqual(['old', 'mid']);
    clock.set('2026-12-27T10:00:00+09:00');
    const late = await service.write('book', undefined, 'old', book('2026-11-26', '10:00'), 'en');
    expect(Object.keys(store.snapshot.idempotency).sort()).toEqual(['mid', 'old']);
    expect(late).toMatchObject({ status: 422, body: { reason: 'deadline' } });
    expect(store.snapshot.reservations).toHaveLength(2);
  });
});
