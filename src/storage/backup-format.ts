import type { Localized } from '../domain/model/localized';
import type { DraftRecord } from './draft-record';
import type { RowProblem } from './quarantine-record';

export const BACKUP_FORMAT = 'zairyu-precheck.backup';
export const BACKUP_VERSION = 1;

/** The file "Export backup" writes (rules/schema/backup.schema.json). */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  /** Records without their revision, which is local bookkeeping (ADR 0017). */
  drafts: Omit<DraftRecord, 'revision'>[];
}

/** Why a backup was refused: where in the file (JSON pointer) and what is wrong. */
export interface BackupProblem {
  pointer: string;
  message: Localized;
}

/** What became of one entry of the backup's `drafts`. */
export interface ImportRowReport {
  /** Position in the file's `drafts` (JSON pointer /drafts/index). */
  index: number;
  id?: string;
  title?: string;
  outcome: 'added' | 'replaced' | 'skipped' | 'quarantined';
  /** Why it was skipped or set aside. */
  problems: RowProblem[];
}

export type ImportResult =
  | {
      ok: true;
      added: number;
      replaced: number;
      skipped: number;
      quarantined: number;
      rows: ImportRowReport[];
    }
  | { ok: false; problems: BackupProblem[] };

/** "zairyu-precheck-backup-2026-11-23T0130Z.json": sortable, no characters a file system refuses. */
export function backupFileName(exportedAt: string): string {
  const stamp = exportedAt.slice(0, 16).replace(/:/g, '');
  return `zairyu-precheck-backup-${stamp}Z.json`;
}
