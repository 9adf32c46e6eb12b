import type { QuarantineEntry } from '../quarantine-record';
import { seal, unseal } from './sealed-box';
import type { Vault } from './vault';

/**
 * A set-aside row while the lock is on. The row, its problems (which may quote its values)
 * and where it came from (a file name may name a client) are inside the ciphertext; only
 * the sequence and the instant stay in clear, so the count and order still work (ADR 0018).
 */
export interface SealedQuarantineEntry {
  seq?: number;
  quarantinedAt: string;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
}

export type QuarantineRow = QuarantineEntry | SealedQuarantineEntry;

export function isSealedEntry(row: QuarantineRow): row is SealedQuarantineEntry {
  return 'ciphertext' in row && 'iv' in row;
}

type Content = Pick<QuarantineEntry, 'source' | 'row' | 'problems'>;

export async function sealEntry(
  entry: QuarantineEntry,
  key: CryptoKey,
): Promise<SealedQuarantineEntry> {
  const { seq, quarantinedAt, source, row, problems } = entry;
  const content: Content = { source, row, problems };
  const { iv, ciphertext } = await seal(key, content);
  return { ...(seq === undefined ? {} : { seq }), quarantinedAt, iv, ciphertext };
}

export async function openEntry(
  entry: QuarantineRow,
  vault: Vault | undefined,
): Promise<QuarantineEntry> {
  if (!isSealedEntry(entry)) return entry;
  if (!vault) throw new Error(`Set-aside row ${entry.seq} is encrypted and no vault was given`);
  const content = await unseal<Content>(vault.requireKey(), entry);
  return {
    ...(entry.seq === undefined ? {} : { seq: entry.seq }),
    quarantinedAt: entry.quarantinedAt,
    ...content,
  };
}

/** What to store: sealed while the lock is set up, as it is otherwise. */
export async function entryToStore(
  entry: QuarantineEntry,
  vault: Vault | undefined,
): Promise<QuarantineRow> {
  return vault?.active ? sealEntry(entry, vault.requireKey()) : entry;
}
