import type { SyncClock } from './types';

/** One pending wake-up at an instant (epoch ms); setting a new one replaces the old. */
export class WakeTimer {
  private handle: unknown = null;

  constructor(
    private readonly clock: SyncClock,
    private readonly fire: () => void,
  ) {}

  at(epochMs: number | null): void {
    this.clear();
    if (epochMs === null) return;
    const delay = Math.max(0, epochMs - this.clock.now());
    this.handle = this.clock.setTimeout(() => {
      this.handle = null;
      this.fire();
    }, delay);
  }

  clear(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
  }
}
