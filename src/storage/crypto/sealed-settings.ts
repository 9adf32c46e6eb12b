import { seal, unseal } from './sealed-box';

/** A setting's value while the lock is on: the value itself is inside the ciphertext. */
export interface SealedSetting {
  sealed: { iv: Uint8Array<ArrayBuffer>; ciphertext: ArrayBuffer };
}

export function isSealedSetting(value: unknown): value is SealedSetting {
  return typeof value === 'object' && value !== null && 'sealed' in value;
}

export async function sealSetting(value: unknown, key: CryptoKey): Promise<SealedSetting> {
  return { sealed: await seal(key, value) };
}

export function openSetting<T>(value: SealedSetting, key: CryptoKey): Promise<T> {
  return unseal<T>(key, value.sealed);
}
