import { liveQuery, type Observable } from 'dexie';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format';
import { systemClock, type Clock } from './clock';
import { openEntry } from './crypto/sealed-quarantine';
import type { Vault } from './crypto/vault';
import type { PrecheckDatabase } from './database';
import type { QuarantineEntry } from './quarantine-record';
import { sweepDrafts } from './quarantine-sweep';

/** The rows kept aside: counted for the case list, shown, exported and deleted on their screen. */
export class QuarantineRepository {
  constructor(
    private readonly db: PrecheckDatabase,
    private readonly clock: Clock = systemClock,
    private readonly vault?: Vault,
  ) {}

  private fullCheck: Promise<number> | undefined;

  /**
   * Checks every stored draft against the draft schema (the open only checked their shape)
   * and sets aside the ones that fail; once per session, as the validators are a chunk of
   * their own that the first screen does without. Resolves to how many moved.
   */
  checkAll(): Promise<number> {
    return (this.fullCheck ??= import('./row-validation').then(({ rowProblems }) =>
      sweepDrafts(this.db, this.clock, rowProblems),
    ));
  }

  /** Opened with the lock's key when they were sealed (ADR 0018). */
  async list(): Promise<QuarantineEntry[]> {
    const rows = await this.db.quarantine.orderBy('seq').toArray();
    return Promise.all(rows.map((row) => openEntry(row, this.vault)));
  }

  count(): Promise<number> {
    return this.db.quarantine.count();
  }

  live(): Observable<QuarantineEntry[]> {
    return liveQuery(() => this.list());
  }

  liveCount(): Observable<number> {
    return liveQuery(() => this.count());
  }

  async remove(seq: number): Promise<void> {
    await this.db.quarantine.delete(seq);
  }

  async clear(): Promise<void> {
    await this.db.quarantine.clear();
  }

  /**
   * The rows as a backup file, exactly as they were found (less the derived `procedure`
   * index), so they can be corrected in an editor and brought back with "Import backup".
   */
  async exportAll(): Promise<{ fileName: string; json: string }> {
    const entries = await this.list();
    const exportedAt = this.clock();
    const drafts = entries.map((e) =>
      e.source.kind === 'database' ? withoutDerived(e.row) : e.row,
    );
    const file = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, drafts };
    const stamp = exportedAt.slice(0, 16).replace(/:/g, '');
    return {
      fileName: `zairyu-precheck-set-aside-${stamp}Z.json`,
      json: JSON.stringify(file, null, 2) + '\n',
    };
  }
}

function withoutDerived(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  const { procedure: _derived, ...rest } = row as Record<string, unknown>;
  void _derived;
  return rest;
}
