import type { Dexie, Transaction } from 'dexie';
import { RECORD_SCHEMA_VERSION, type StoredDraft } from './draft-record';

/** A draft as version 1 stored it: the free-text title was called `label`, nothing derived. */
export interface DraftRowV1 {
  id: string;
  label: string;
  draft: { procedure?: string } & Record<string, unknown>;
  formState?: unknown;
  createdAt: string;
  updatedAt: string;
}

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

/** v1 → v2: `label` becomes `title`, `procedure` is derived and indexed, settings appear. */
export function upgradeRowV1(row: DraftRowV1): Omit<StoredDraft, 'revision'> {
  const { label, ...rest } = row;
  return {
    ...rest,
    title: label ?? '',
    draft: rest.draft ?? {},
    procedure: typeof rest.draft?.procedure === 'string' ? rest.draft.procedure : '',
    schemaVersion: 2,
  } as Omit<StoredDraft, 'revision'>;
}

/**
 * Every schema the database has ever had, oldest first. Never edit a shipped entry: add a
 * new version with an upgrade, so a browser holding old data is carried forward.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: { drafts: 'id, updatedAt' } },
  {
    version: 2,
    stores: { drafts: 'id, updatedAt, procedure, title', settings: 'key' },
    upgrade: (tx) =>
      tx
        .table('drafts')
        .toCollection()
        .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
          ref.value = upgradeRowV1(row as unknown as DraftRowV1);
        }),
  },
  // v3: each draft's dashboard state, cached so a long list opens without re-checking.
  { version: 3, stores: { caseStates: 'id' } },
  // v4: rows that fail validation are moved aside here instead of hiding the list (ADR 0015).
  { version: 4, stores: { quarantine: '++seq' } },
  // v5: every draft carries a revision, so a save from a stale tab merges (ADR 0017).
  {
    version: 5,
    stores: {},
    upgrade: (tx) =>
      tx
        .table('drafts')
        .toCollection()
        .modify((row: unknown) => {
          // A row that is not an object is left for the quarantine sweep to report.
          if (typeof row !== 'object' || row === null) return;
          const draft = row as { revision?: unknown };
          if (typeof draft.revision !== 'number') draft.revision = 1;
        }),
  },
];

export const CURRENT_DB_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

// A database version may add a table without changing the draft record; never the reverse.
if (RECORD_SCHEMA_VERSION > CURRENT_DB_VERSION) {
  throw new Error('RECORD_SCHEMA_VERSION must not exceed the latest database version');
}

/** Declares versions 1…upTo on a Dexie instance (tests open old versions this way). */
export function declareVersions(db: Dexie, upTo = CURRENT_DB_VERSION): void {
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
