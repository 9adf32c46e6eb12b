/**
 * The key that encrypts this device's cases, derived from the agent's passphrase with
 * PBKDF2-SHA-256 (WebCrypto, no library). 600,000 iterations is OWASP's 2023 figure for
 * PBKDF2-HMAC-SHA256; it costs about half a second on an office PC, once per unlock (ADR 0018).
 */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

export function newSalt(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

/** A non-extractable AES-GCM-256 key: script can use it but never read it out. */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
