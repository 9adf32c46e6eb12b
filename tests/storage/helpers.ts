import 'fake-indexeddb/auto';
import { Temporal } from '@js-temporal/polyfill';
import { openAppStorage, type AppStorage } from '../../src/storage/app-storage';
import type { Clock } from '../../src/storage/clock';

/** A clock that moves one second per reading, so updatedAt values differ and sort. */
export function steppingClock(start = '2026-11-23T01:00:00Z'): Clock {
  let instant = Temporal.Instant.from(start);
  return () => {
    const now = instant.toString();
    instant = instant.add({ seconds: 1 });
    return now;
  };
}

export function testStorage(): AppStorage {
  return openAppStorage({
    name: `test-${crypto.randomUUID()}`,
    clock: steppingClock(),
    procedures: [
      { id: 'extension', ja: '在留期間更新許可申請', en: 'Extension of period of stay' },
    ],
    persistence: undefined,
  });
}
