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
  return record;
}
