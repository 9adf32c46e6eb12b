import { Temporal } from '@js-temporal/polyfill';
import type { SyncClock } from './types';

/** Wall-clock milliseconds and the platform's timers. */
export const systemSyncClock: SyncClock = {
  now: () => Temporal.Now.instant().epochMilliseconds,
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** ISO 8601 instant in UTC with fixed milliseconds, so that it sorts as text. */
export function isoOf(epochMs: number): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toString({ fractionalSecondDigits: 3 });
}

export function epochOf(iso: string): number {
  return Temporal.Instant.from(iso).epochMilliseconds;
}
