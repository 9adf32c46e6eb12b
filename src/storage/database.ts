import { Dexie, type EntityTable } from 'dexie';
import type { StoredCaseState } from './case-state-store';
import type { SettingRecord, StoredDraft } from './draft-record';
import type { QuarantineRow } from './crypto/sealed-quarantine';
import { numberRevisions } from './draft-revisions';
import { declareVersions } from './schema-versions';

export const DEFAULT_DB_NAME = 'zairyu-precheck';

/** The app's IndexedDB database. Only the repositories in src/storage use its tables. */
export class PrecheckDatabase extends Dexie {
  drafts!: EntityTable<StoredDraft, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  caseStates!: EntityTable<StoredCaseState, 'id'>;
  quarantine!: EntityTable<QuarantineRow, 'seq'>;

  constructor(name = DEFAULT_DB_NAME) {
    super(name);
    declareVersions(this);
    numberRevisions(this);
  }
}
