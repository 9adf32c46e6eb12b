/** The part of the Web Storage API the kept bearer token needs (sessionStorage in the app). */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface Kept {
  token: string;
  /** When the endpoint ends the session whatever happens (ISO instant). */
  expiresAt: string;
}

const keyOf = (base: string) => `zairyu-precheck.bearer:${base}`;

/**
 * The bearer token of an endpoint on another origin, kept per endpoint so a reload stays
 * signed in until the session's end. sessionStorage, not IndexedDB: it lives as long as the
 * tab, so closing the tab signs out of that device's copy, and no other tab or later visitor
 * of the profile finds the token. Storage that throws (private modes, quota) only means the
 * next reload asks for the password again.
 */
export class KeptBearer {
  constructor(
    private readonly storage: TokenStorage | undefined,
    private readonly nowMs: () => number,
  ) {}

  /** The token kept for `base`, or null when none is kept or its session has ended. */
  read(base: string | null): string | null {
    if (!base || !this.storage) return null;
    try {
      const raw = this.storage.getItem(keyOf(base));
      if (raw === null) return null;
      const kept = JSON.parse(raw) as Partial<Kept>;
      const ends = Date.parse(kept.expiresAt ?? '');
      if (typeof kept.token === 'string' && Number.isFinite(ends) && ends > this.nowMs()) {
        return kept.token;
      }
      this.storage.removeItem(keyOf(base));
    } catch {
      // unreadable: as if nothing was kept
    }
    return null;
  }

  /** Keeps the token for `base` until `expiresAt`; null forgets it (sign-out). */
  write(base: string | null, token: string | null, expiresAt?: string): void {
    if (!base || !this.storage) return;
    try {
      if (token && expiresAt) {
        this.storage.setItem(keyOf(base), JSON.stringify({ token, expiresAt } satisfies Kept));
      } else this.storage.removeItem(keyOf(base));
    } catch {
      // not kept: the next reload asks to sign in again
    }
  }
}
