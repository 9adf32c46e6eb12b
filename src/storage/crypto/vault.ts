import { deriveKey, newSalt, PBKDF2_ITERATIONS } from './passphrase-key';
import { fromBase64, SealBrokenError, seal, toBase64, unseal } from './sealed-box';

/** What is kept in clear about the lock: enough to check a passphrase, nothing personal. */
export interface VaultMeta {
  version: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  /** A known text sealed with the key: opening it proves the passphrase. */
  check: { iv: string; ciphertext: string };
  /** Lock after this many minutes without input. */
  idleMinutes: number;
}

const CHECK_TEXT = 'zairyu-precheck vault';

/** The app's one key, held in memory only (never in any Web Storage) for this page's life. */
export class Vault {
  meta: VaultMeta | null = null;
  key: CryptoKey | null = null;

  /** The lock is set up on this device. */
  get active(): boolean {
    return this.meta !== null;
  }

  get locked(): boolean {
    return this.active && this.key === null;
  }

  requireKey(): CryptoKey {
    if (!this.key) throw new VaultLockedError();
    return this.key;
  }
}

export class VaultLockedError extends Error {
  constructor() {
    super('The data on this device is locked; unlock it with the passphrase first');
    this.name = 'VaultLockedError';
  }
}

/** The vault the running app uses (the lock screen unlocks it, storage reads through it). */
export const appVault = new Vault();

export async function createVault(
  passphrase: string,
  idleMinutes: number,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ meta: VaultMeta; key: CryptoKey }> {
  const salt = newSalt();
  const key = await deriveKey(passphrase, salt, iterations);
  const box = await seal(key, CHECK_TEXT);
  const meta: VaultMeta = {
    version: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    check: { iv: toBase64(box.iv), ciphertext: toBase64(box.ciphertext) },
    idleMinutes,
  };
  return { meta, key };
}

/** The key, or null when the passphrase is not the one the vault was set up with. */
export async function openVault(meta: VaultMeta, passphrase: string): Promise<CryptoKey | null> {
  const key = await deriveKey(passphrase, fromBase64(meta.salt), meta.iterations);
  try {
    const text = await unseal(key, {
      iv: fromBase64(meta.check.iv),
      ciphertext: fromBase64(meta.check.ciphertext).buffer,
    });
    return text === CHECK_TEXT ? key : null;
  } catch (e) {
    if (e instanceof SealBrokenError) return null;
    throw e;
  }
}
