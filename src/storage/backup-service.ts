import { systemClock, type Clock } from './clock';
import type { PrecheckDatabase } from './database';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupFileName,
  type Backup,
  type ImportResult,
  type ImportRowReport,
} from './backup-format';
import { DraftRowCodec } from './crypto/draft-row-codec';
import { entryToStore } from './crypto/sealed-quarantine';
import type { Vault } from './crypto/vault';
import type { DraftRecord } from './draft-record';
import type { QuarantineEntry, RowProblem } from './quarantine-record';

/** Export of every draft to one JSON file, and its import, all or nothing. */
export class BackupService {
  private readonly rows: DraftRowCodec;

  constructor(
    private readonly db: PrecheckDatabase,
    private readonly clock: Clock = systemClock,
    private readonly vault?: Vault,
  ) {
    // Under the passphrase lock rows are opened and sealed with its key (ADR 0018).
    this.rows = new DraftRowCodec(vault);
  }

  async exportAll(): Promise<{ fileName: string; backup: Backup; json: string }> {
    const rows = await this.db.drafts.toArray();
    // Oldest first, so two exports of the same data are the same file apart from exportedAt.
    // Revisions are this device's bookkeeping, not part of a backup (ADR 0017).
    const drafts = (await this.rows.readAll(rows))
      .map((stored) => {
        const { revision: _local, ...record } = stored;
        void _local;
        return record;
      })
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
   * Reads the whole file first, then writes in one transaction: good rows are stored (a
   * draft whose id exists is replaced by the backup's copy), rows that fail validation go
   * to the quarantine, a second row with an id already in the file is skipped. A file that
   * is not a backup, or a failure half-way, leaves the database as it was.
   */
  async importText(text: string, fileName = ''): Promise<ImportResult> {
    // Loaded on first use: the validator is not part of the first screen.
    const { readBackup } = await import('./backup-validation');
    const read = readBackup(text);
    if ('problems' in read) return { ok: false, problems: read.problems };
    const now = this.clock();
    const reports: ImportRowReport[] = [];
    const good: { report: ImportRowReport; record: DraftRecord }[] = [];
    const aside: QuarantineEntry[] = [];
    const firstIndex = new Map<string, number>();
    for (const { index, row, problems } of read.rows) {
      const fields = row as Partial<DraftRecord> | null;
      const report: ImportRowReport = {
        index,
        ...(typeof fields?.id === 'string' ? { id: fields.id } : {}),
        ...(typeof fields?.title === 'string' ? { title: fields.title } : {}),
        outcome: 'quarantined',
        problems,
      };
      reports.push(report);
      if (problems.length > 0) {
        aside.push({
          source: { kind: 'backup', fileName, index },
          row,
          problems,
          quarantinedAt: now,
        });
        continue;
      }
      const record = row as DraftRecord;
      const first = firstIndex.get(record.id);
      if (first !== undefined) {
        report.outcome = 'skipped';
        report.problems = [duplicateOf(first)];
        continue;
      }
      firstIndex.set(record.id, index);
      good.push({ report, record });
    }
    const sealed = await Promise.all(good.map((g) => this.rows.write(g.record)));
    const asideRows = await Promise.all(aside.map((entry) => entryToStore(entry, this.vault)));
    return this.db.transaction('rw', this.db.drafts, this.db.quarantine, async () => {
      const existing = await this.db.drafts.bulkGet(good.map((g) => g.record.id));
      good.forEach((g, i) => (g.report.outcome = existing[i] ? 'replaced' : 'added'));
      await this.db.drafts.bulkPut(sealed);
      if (asideRows.length > 0) await this.db.quarantine.bulkAdd(asideRows);
      const count = (outcome: ImportRowReport['outcome']) =>
        reports.filter((r) => r.outcome === outcome).length;
      return {
        ok: true as const,
        added: count('added'),
        replaced: count('replaced'),
        skipped: count('skipped'),
        quarantined: count('quarantined'),
        rows: reports,
      };
    });
  }
}

function duplicateOf(first: number): RowProblem {
  return {
    pointer: '/id',
    message: {
      ja: `ID が /drafts/${first} と同じです。最初の行だけを読み込みました`,
      en: `same id as /drafts/${first}; only the first of them was imported`,
    },
    fix: {
      ja: 'どちらも必要なら、片方の id を新しい UUID にしてから読み込んでください',
      en: 'If both are needed, give one of them a new UUID as id and import again',
    },
  };
}
