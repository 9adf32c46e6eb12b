import type { Draft } from '../domain/model/draft';

/** Version of the stored record shape; raised together with a new database version. */
export const RECORD_SCHEMA_VERSION = 2;

/** One case as the app keeps it: the draft plus what the editor needs to resume. */
export interface DraftRecord {
  /** crypto.randomUUID() */
  id: string;
  /** Free text the agent recognises the case by, e.g. the applicant's name. */
  title: string;
  /** The draft as typed so far; may be incomplete. */
  draft: Draft;
  /** Unfinished editor input (a half-typed date…), kept so nothing typed is lost. */
  formState?: unknown;
  /** ISO 8601 instants (Temporal.Instant#toString), so they sort as text. */
  createdAt: string;
  updatedAt: string;
  /**
   * 1 when created, +1 on every write. An editor saves against the revision it started from;
   * a save from an older revision is merged, never written over a newer one (ADR 0017).
   * Local bookkeeping: backups leave it out and an import numbers it on from what is here.
   */
  revision: number;
  schemaVersion: number;
}

/** The row in IndexedDB: the record plus fields derived from it for indexing. */
export interface StoredDraft extends DraftRecord {
  /** draft.procedure, or '' (IndexedDB does not index undefined). */
  procedure: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export function toStored(record: DraftRecord): StoredDraft {
  return { ...record, procedure: record.draft.procedure ?? '' };
}

export function fromStored(row: StoredDraft): DraftRecord {
  const { procedure: _derived, ...record } = row;
  void _derived;
  // A row written before revisions (or put back from the quarantine) counts as revision 0.
  return { ...record, revision: typeof row.revision === 'number' ? row.revision : 0 };
}
