/** A JSON value encrypted with AES-GCM: a fresh 96-bit IV per value, the tag in the ciphertext. */
export interface SealedBox {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
}

/** The passphrase was wrong, or the data was changed: AES-GCM cannot tell which. */
export class SealBrokenError extends Error {
  constructor() {
    super('The data could not be decrypted with this key');
    this.name = 'SealBrokenError';
  }
}

export async function seal(key: CryptoKey, value: unknown): Promise<SealedBox> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
  return { iv, ciphertext };
}

export async function unseal<T = unknown>(key: CryptoKey, box: SealedBox): Promise<T> {
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: box.iv }, key, box.ciphertext);
  } catch {
    throw new SealBrokenError();
  }
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let text = '';
  for (const byte of view) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}
