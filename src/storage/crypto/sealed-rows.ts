import { Dexie } from 'dexie';
import type { StoredDraft } from '../draft-record';
import { seal, unseal } from './sealed-box';

/**
 * A draft row while the lock is on: only what IndexedDB needs to key and order rows is in
 * clear; title, applicant, answers and attachment results are inside the ciphertext, so
 * no index holds a name (ADR 0018).
 */
export interface SealedDraftRow {
  id: string;
  updatedAt: string;
  revision: number;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
}

export function isSealedRow(row: unknown): row is SealedDraftRow {
  return typeof row === 'object' && row !== null && 'ciphertext' in row && 'iv' in row;
}

// Dexie.waitFor keeps a transaction open across WebCrypto, which is not an IndexedDB request.
const inTx = <T>(work: Promise<T>): Promise<T> =>
  Dexie.currentTransaction ? Dexie.waitFor(work) : work;

export async function sealRow(row: StoredDraft, key: CryptoKey): Promise<SealedDraftRow> {
  const { iv, ciphertext } = await inTx(seal(key, row));
  return { id: row.id, updatedAt: row.updatedAt, revision: row.revision, iv, ciphertext };
}

export async function openRow(row: SealedDraftRow, key: CryptoKey): Promise<StoredDraft> {
  const stored = await inTx(unseal<StoredDraft>(key, row));
  // The clear revision is the counted one (the write hook raises it on every put).
  return { ...stored, revision: row.revision };
}
