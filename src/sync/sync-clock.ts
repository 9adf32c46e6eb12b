import type { SyncClock } from './types';

// Reading the clock and writing instants needs no calendar: these use the platform's own
// milliseconds (no arithmetic on dates), which keeps the Temporal polyfill out of the first
// screen; the outbox only ever compares instants it wrote itself.

/** Wall-clock milliseconds and the platform's timers. */
export const systemSyncClock: SyncClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** ISO 8601 instant in UTC with fixed milliseconds, so that it sorts as text. */
export function isoOf(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

export function epochOf(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`"${iso}" is not an ISO 8601 instant`);
  return ms;
}
