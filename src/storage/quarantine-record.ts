import type { Localized } from '../domain/model/localized';

/** One thing wrong with a row: where (JSON pointer into the row), what, and how to fix it. */
export interface RowProblem {
  pointer: string;
  message: Localized;
  fix: Localized;
}

/**
 * A row kept aside because it does not match the draft record schema. The row is kept
 * exactly as it was found, so nothing is lost; the case list never sees it.
 */
export interface QuarantineEntry {
  /** Auto-incremented; the row's own id may be missing or not unique. */
  seq?: number;
  /** Where the row came from: the database on open, or the backup file (with its row index). */
  source: { kind: 'database' } | { kind: 'backup'; fileName: string; index: number };
  row: unknown;
  problems: RowProblem[];
  /** ISO 8601 instant. */
  quarantinedAt: string;
}
