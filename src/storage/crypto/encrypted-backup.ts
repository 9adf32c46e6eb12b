import { deriveKey } from './passphrase-key';
import { fromBase64, SealBrokenError, seal, toBase64, unseal } from './sealed-box';
import type { VaultMeta } from './vault';

export const ENCRYPTED_BACKUP_FORMAT = 'zairyu-precheck.encrypted-backup';

/**
 * A backup file that can leave the device while the lock is on: the ordinary backup JSON,
 * sealed with the lock's key. The salt and iteration count travel with it, so the
 * passphrase alone opens it on any device (ADR 0018).
 */
export interface EncryptedBackupFile {
  format: typeof ENCRYPTED_BACKUP_FORMAT;
  version: 1;
  kdf: { name: 'PBKDF2-SHA-256'; iterations: number; salt: string };
  iv: string;
  ciphertext: string;
}

export async function sealBackup(json: string, meta: VaultMeta, key: CryptoKey): Promise<string> {
  const box = await seal(key, json);
  const file: EncryptedBackupFile = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2-SHA-256', iterations: meta.iterations, salt: meta.salt },
    iv: toBase64(box.iv),
    ciphertext: toBase64(box.ciphertext),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

export function isEncryptedBackup(text: string): boolean {
  try {
    return (JSON.parse(text) as { format?: unknown }).format === ENCRYPTED_BACKUP_FORMAT;
  } catch {
    return false;
  }
}

/** The backup JSON inside, or null when the passphrase does not open it. */
export async function openBackup(text: string, passphrase: string): Promise<string | null> {
  const file = JSON.parse(text) as EncryptedBackupFile;
  const key = await deriveKey(passphrase, fromBase64(file.kdf.salt), file.kdf.iterations);
  try {
    return await unseal<string>(key, {
      iv: fromBase64(file.iv),
      ciphertext: fromBase64(file.ciphertext).buffer,
    });
  } catch (e) {
    if (e instanceof SealBrokenError) return null;
    throw e;
  }
}

export function encryptedBackupFileName(plainName: string): string {
  return plainName.replace(/\.json$/, '.encrypted.json');
}
