/**
 * A file's bytes as the repository holds them: two-space JSON and a final newline. Bundles
 * carry parsed JSON, so hashing this form gives the same digest for the folder and the bundle.
 */
export function canonicalFileText(json: unknown): string {
  return JSON.stringify(json, null, 2) + '\n';
}

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 of a text's UTF-8 bytes, lower-case hex (WebCrypto: the browser and Node 20 alike). */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const s = atob(text);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}
