import { fromBase64, sha256Hex, toBase64 } from './digest';

const ED25519 = { name: 'Ed25519' } as const;

/** The signature block of a signed bundle: the manifest's exact text and an Ed25519 signature of it. */
export interface PackSignature {
  algorithm: 'Ed25519';
  keyId: string;
  /** The manifest as signed: verifying the text itself avoids any question of re-serialising. */
  manifest: string;
  /** Base64 of the 64-byte signature over the manifest's UTF-8 bytes. */
  value: string;
}

/** A key's id: the first 16 hex digits of the SHA-256 of its base64 public key. */
export async function keyIdOf(publicKeyBase64: string): Promise<string> {
  return (await sha256Hex(publicKeyBase64)).slice(0, 16);
}

export interface PublisherKeyPair {
  keyId: string;
  publisher: string;
  /** Raw 32-byte public key, base64: what a deployment lists as trusted. */
  publicKey: string;
  /** JWK of the private key: stays with the publisher, never in the repository. */
  privateKeyJwk: JsonWebKey;
}

export async function generatePublisherKey(publisher: string): Promise<PublisherKeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const publicKey = toBase64(await crypto.subtle.exportKey('raw', pair.publicKey));
  const privateKeyJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  return { keyId: await keyIdOf(publicKey), publisher, publicKey, privateKeyJwk };
}

export async function signManifest(
  manifestText: string,
  key: Pick<PublisherKeyPair, 'keyId' | 'privateKeyJwk'>,
): Promise<PackSignature> {
  const privateKey = await crypto.subtle.importKey('jwk', key.privateKeyJwk, ED25519, false, [
    'sign',
  ]);
  const signature = await crypto.subtle.sign(
    ED25519,
    privateKey,
    new TextEncoder().encode(manifestText),
  );
  return {
    algorithm: 'Ed25519',
    keyId: key.keyId,
    manifest: manifestText,
    value: toBase64(signature),
  };
}

/** True only for a well-formed Ed25519 signature of exactly this text by this key. */
export async function signatureHolds(
  sig: PackSignature,
  publicKeyBase64: string,
): Promise<boolean> {
  const raw = fromBase64(publicKeyBase64);
  const value = fromBase64(sig.value);
  if (!raw || raw.length !== 32 || !value || value.length !== 64) return false;
  const publicKey = await crypto.subtle.importKey('raw', raw, ED25519, false, ['verify']);
  return crypto.subtle.verify(ED25519, publicKey, value, new TextEncoder().encode(sig.manifest));
}
