import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/server/create-api';
import { DexieSyncStore } from '../../src/sync/dexie-store';
import { ReservationSync } from '../../src/sync/reservation-sync';
import { freshDatabase, storeBackends } from '../support/store-backends';
import { signedInFetch } from '../support/test-accounts';
import { book, dbName, ServerClock, startServer, TestClock } from './helpers';

// The adapter against the real reference endpoint over HTTP on a random port.
let servers: RunningApi[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

describe.each(storeBackends())(
  'reservation sync against the reference endpoint (%s)',
  (backend) => {
    async function setup(clock = new ServerClock()) {
      const database = await freshDatabase(backend);
      const server = await startServer(database, clock);
      servers.push(server);
      const store = new DexieSyncStore(dbName());
      // Signed in as the filer each body names (bearer sessions, as an app on another origin).
      const authed = signedInFetch(server.store.accounts, () => clock.now().toInstant());
      const sync = new ReservationSync({
        baseUrl: server.url,
        store,
        clock: new TestClock(),
        fetch: authed,
      });
      return { server, store, sync, clock, database, authed };
    }

    it('creates a reservation and lists it for the filer', async () => {
      const { sync } = await setup();
      const item = await sync.enqueue('book', book('2026-11-26', '10:00', 2));
      expect(item.state).toBe('queued');
      await sync.flush();
      const [done] = await sync.items();
      expect(done).toMatchObject({ state: 'confirmed', attempts: 1, key: item.key });
      expect(done!.reservation).toMatchObject({
        date: '2026-11-26',
        time: '10:00',
        state: 'confirmed',
      });
      const list = await sync.reservations('123456789012');
      expect(list.map((r) => r.id)).toEqual([done!.reservationId]);
      const slots = (await sync.availability('tokyo_application', '2026-11-26')).slots;
      expect(slots.find((s) => s.time === '10:00' && s.date === '2026-11-26')).toMatchObject({
        capacity: 50,
        remaining: 48,
      });
    });

    it('a request sent twice with one key creates one reservation', async () => {
      const { server, sync, authed } = await setup();
      const item = await sync.enqueue('book', book('2026-11-26', '10:00'));
      await sync.flush();
      // Same key again, as a retry after a lost reply or a second tab would send it.
      const body = JSON.stringify(book('2026-11-26', '10:00'));
      const send = (key: string, text = body) =>
        authed(`${server.url}/api/reservations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: text,
        });
      const again = await send(item.key);
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect((await again.json()).reservation.id).toBe((await sync.items())[0]!.reservationId);
      expect(await sync.reservations('123456789012')).toHaveLength(1);
      // The same key for another body is a mistake, not a replay.
      const other = await send(item.key, body.replace('10:00', '10:30'));
      expect(other.status).toBe(422);
      expect(await other.json()).toMatchObject({ reason: 'conflict' });
    });

    it('rejects a fourth Tokyo slot with reason quota and the rule that decided it', async () => {
      const { sync } = await setup();
      for (const [d, t] of [
        ['2026-11-25', '09:00'],
        ['2026-11-26', '09:00'],
        ['2026-11-27', '09:00'],
        ['2026-11-30', '09:00'],
      ]) {
        await sync.enqueue('book', book(d!, t!));
      }
      await sync.flush();
      const items = await sync.items();
      expect(items.map((i) => i.state)).toEqual([
        'confirmed',
        'confirmed',
        'confirmed',
        'rejected',
      ]);
      expect(items[3]!.problem).toMatchObject({ status: 422, reason: 'quota' });
      expect(items[3]!.problem!.findings!.map((f) => f.id)).toContain(
        'tokyo_reservation.slot_quota_exceeded',
      );
    });

    it('judges deadlines by the server clock: booking and cancelling too late', async () => {
      const { sync, clock } = await setup();
      await sync.enqueue('book', book('2026-11-26', '10:00'));
      await sync.flush();
      const id = (await sync.items())[0]!.reservationId!;
      clock.set('2026-11-24T12:00:00+09:00'); // booking for the 25th closed at 11:59
      await sync.enqueue('book', book('2026-11-25', '10:00'));
      clock.set('2026-11-24T18:01:00+09:00'); // cancelling the 26th closed at 18:00 on the 24th
      await sync.enqueue('cancel', { ...book('2026-11-26', '10:00'), reservationId: id });
      await sync.flush();
      const [, late, cancel] = await sync.items();
      expect(late!.problem).toMatchObject({ reason: 'deadline' });
      expect(late!.problem!.findings!.map((f) => f.id)).toContain(
        'tokyo_reservation.book_deadline_passed',
      );
      expect(cancel!.problem).toMatchObject({ reason: 'deadline' });
      expect((await sync.reservations('123456789012'))[0]!.state).toBe('confirmed');
    });

    it('keeps reservations and replays across a server restart on the same file', async () => {
      const { server, sync, store, database, clock, authed } = await setup();
      const first = await sync.enqueue('book', book('2026-11-26', '10:00'));
      await sync.flush();
      await server.close();
      const restarted = await startServer(database, clock);
      servers.push(restarted);
      sync.setEndpoint(restarted.url);
      const list = await sync.reservations('123456789012');
      expect(list).toHaveLength(1);
      const replay = await authed(`${restarted.url}/api/reservations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': first.key },
        body: JSON.stringify(book('2026-11-26', '10:00')),
      });
      expect((await replay.json()).reservation.id).toBe(list[0]!.id);
      // Change then cancel part of it through the outbox after the restart.
      const id = list[0]!.id;
      await sync.enqueue('change', { ...book('2026-11-27', '11:00', 2), reservationId: id });
      await sync.enqueue('cancel', { ...book('2026-11-27', '11:00'), reservationId: id });
      await sync.flush();
      expect((await store.all()).map((i) => i.state)).toEqual([
        'confirmed',
        'confirmed',
        'confirmed',
      ]);
      const [after] = await sync.reservations('123456789012');
      expect(after).toMatchObject({ id, date: '2026-11-27', time: '11:00', state: 'cancelled' });
    });

    it("enforces slot capacity across filers and refuses another filer's reservation", async () => {
      const clock = new ServerClock();
      const server = await startServer(await freshDatabase(backend), clock, {
        capacity: { tokyo_application: 3 },
      });
      servers.push(server);
      // Each body's filer is signed in: the cancel below is 222…'s, of 111…'s booking.
      const sync = new ReservationSync({
        baseUrl: server.url,
        store: new DexieSyncStore(dbName()),
        fetch: signedInFetch(server.store.accounts, () => clock.now().toInstant()),
      });
      await sync.enqueue('book', book('2026-11-26', '10:00', 2, '111111111111'));
      await sync.enqueue('book', book('2026-11-26', '10:00', 2, '222222222222'));
      await sync.flush();
      const [a, b] = await sync.items();
      expect(a!.state).toBe('confirmed');
      expect(b!.problem).toMatchObject({ status: 409, reason: 'capacity' });
      await sync.enqueue('cancel', {
        ...book('2026-11-26', '10:00', 1, '222222222222'),
        reservationId: a!.reservationId!,
      });
      await sync.flush();
      expect((await sync.items())[2]!.problem).toMatchObject({ status: 404, reason: 'not_found' });
    });

    it('changes and cancels a booking that is still in the outbox once it is confirmed', async () => {
      const { sync } = await setup();
      sync.setEndpoint(null);
      const booked = await sync.enqueue('book', book('2026-11-26', '10:00'));
      await sync.enqueue('cancel', { ...book('2026-11-26', '10:00'), afterKey: booked.key });
      await sync.flush();
      expect((await sync.items()).map((i) => i.state)).toEqual(['queued', 'queued']);
      sync.setEndpoint(servers[0]!.url);
      await sync.flush();
      const items = await sync.items();
      expect(items.map((i) => i.state)).toEqual(['confirmed', 'confirmed']);
      expect(items[1]!.reservation).toMatchObject({
        id: items[0]!.reservationId,
        state: 'cancelled',
      });
    });
  },
);
