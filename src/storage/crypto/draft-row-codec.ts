import { fromStored, toStored, type DraftRecord, type StoredDraft } from '../draft-record';
import { isSealedRow, openRow, sealRow, type SealedDraftRow } from './sealed-rows';
import type { Vault } from './vault';

export type DraftRow = StoredDraft | SealedDraftRow;

/**
 * Turns records into rows and back: sealed while the lock is set up, plain otherwise.
 * Reading a sealed row without the key fails (VaultLockedError); it never yields a blank.
 */
export class DraftRowCodec {
  constructor(private readonly vault: Vault | undefined) {}

  /** Rows are sealed, so the `procedure` and `title` indexes hold nothing to search. */
  get sealing(): boolean {
    return this.vault?.active ?? false;
  }

  async read(row: DraftRow): Promise<DraftRecord> {
    if (!isSealedRow(row)) return fromStored(row);
    if (!this.vault) throw new Error(`Draft ${row.id} is encrypted and no vault was given`);
    return fromStored(await openRow(row, this.vault.requireKey()));
  }

  async readAll(rows: readonly DraftRow[]): Promise<DraftRecord[]> {
    return Promise.all(rows.map((row) => this.read(row)));
  }

  /** The row to put; typed as StoredDraft since the table is declared for plain rows. */
  async write(record: DraftRecord): Promise<StoredDraft> {
    const plain = toStored(record);
    if (!this.sealing) return plain;
    return (await sealRow(plain, this.vault!.requireKey())) as unknown as StoredDraft;
  }
}
