/**
 * Failed sign-ins slow further attempts down exponentially instead of locking the account:
 * after `free` failures, the next attempt must wait base · 2^(failures − free), up to `capMs`.
 * A success clears the count. Counted per login and address together (one person mistyping),
 * per address (one machine guessing many logins) and per login across addresses (guessing
 * from many machines), with figures that keep an office behind one address working and never
 * keep the right password out for longer than the cap.
 */
export interface SlowdownRule {
  free: number;
  baseMs: number;
  capMs: number;
}

export const SIGN_IN_RULES = {
  loginAndAddress: { free: 3, baseMs: 1000, capMs: 5 * 60_000 },
  address: { free: 20, baseMs: 1000, capMs: 5 * 60_000 },
  login: { free: 10, baseMs: 1000, capMs: 60_000 },
} satisfies Record<string, SlowdownRule>;

interface Count {
  failures: number;
  lastMs: number;
}

export class Slowdown {
  private readonly counts = new Map<string, Count>();

  constructor(private readonly maxEntries = 100_000) {}

  /** Milliseconds to wait before `key` may try again (0: now). */
  waitMs(key: string, rule: SlowdownRule, nowMs: number): number {
    const c = this.counts.get(key);
    if (!c || c.failures < rule.free) return 0;
    const delay = Math.min(rule.capMs, rule.baseMs * 2 ** (c.failures - rule.free));
    return Math.max(0, c.lastMs + delay - nowMs);
  }

  fail(key: string, nowMs: number): void {
    if (this.counts.size >= this.maxEntries) this.counts.clear();
    const c = this.counts.get(key);
    this.counts.set(key, { failures: (c?.failures ?? 0) + 1, lastMs: nowMs });
  }

  clear(key: string): void {
    this.counts.delete(key);
  }
}

/**
 * At most `limit` events per key in a fixed window (writes per account and minute, sign-ups
 * per address and hour), counted in this endpoint process (ADR 12 says why not in the store).
 */
export class WindowLimit {
  private readonly windows = new Map<string, { start: number; n: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxEntries = 100_000,
  ) {}

  /** Milliseconds until `key` may go again (0: now, and the event is counted). */
  take(key: string, nowMs: number): number {
    const w = this.windows.get(key);
    if (!w || nowMs - w.start >= this.windowMs) {
      if (this.windows.size >= this.maxEntries) this.windows.clear();
      this.windows.set(key, { start: nowMs, n: 1 });
      return 0;
    }
    if (w.n >= this.limit) return w.start + this.windowMs - nowMs;
    w.n++;
    return 0;
  }
}

/**
 * Sign-ups per address: each costs a scrypt hash (about 32 MiB and 0.1 s of CPU) and a row an
 * operator has to read, so an address may send 10 an hour: enough for an office signing its
 * agents up on one morning, far too few to fill the store or the CPU.
 */
export const SIGN_UPS_PER_ADDRESS = { limit: 10, windowMs: 60 * 60_000 };
