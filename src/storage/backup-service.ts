import { systemClock, type Clock } from './clock';
import type { PrecheckDatabase } from './database';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupFileName,
  type Backup,
  type ImportResult,
} from './backup-format';
import { fromStored, toStored } from './draft-record';

/** Export of every draft to one JSON file, and its import, all or nothing. */
export class BackupService {
  constructor(
    private readonly db: PrecheckDatabase,
    private readonly clock: Clock = systemClock,
  ) {}

  async exportAll(): Promise<{ fileName: string; backup: Backup; json: string }> {
    const rows = await this.db.drafts.toArray();
    // Oldest first, so two exports of the same data are the same file apart from exportedAt.
    const drafts = rows
      .map(fromStored)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const exportedAt = this.clock();
    const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, drafts };
    return {
      fileName: backupFileName(exportedAt),
      backup,
      json: JSON.stringify(backup, null, 2) + '\n',
    };
  }

  /**
   * Validates the whole file first, then writes every draft in one transaction: a refused
   * file, or a failure half-way, leaves the database as it was. A draft whose id already
   * exists is replaced by the backup's copy.
   */
  async importText(text: string): Promise<ImportResult> {
    // Loaded on first use: the validator is not part of the first screen.
    const { readBackup } = await import('./backup-validation');
    const read = readBackup(text);
    if ('problems' in read) return { ok: false, problems: read.problems };
    const rows = read.backup.drafts.map(toStored);
    return this.db.transaction('rw', this.db.drafts, async () => {
      const existing = await this.db.drafts.bulkGet(rows.map((row) => row.id));
      const replaced = existing.filter((row) => row !== undefined).length;
      await this.db.drafts.bulkPut(rows);
      return { ok: true as const, added: rows.length - replaced, replaced };
    });
  }
}
