import type { Localized } from '../domain/model/localized';
import { BackupService } from './backup-service';
import type { Vault } from './crypto/vault';
import { CaseStateStore } from './case-state-store';
import type { Dexie } from 'dexie';
import { systemClock, type Clock } from './clock';
import { DEFAULT_DB_NAME, PrecheckDatabase } from './database';
import { DraftRepository } from './draft-repository';
import { PersistenceService } from './persistence';
import { QuarantineRepository } from './quarantine-repository';
import { sweepDrafts } from './quarantine-sweep';
import { shapeProblems } from './row-shape';
import { SettingsRepository } from './settings-repository';

export interface AppStorage {
  drafts: DraftRepository;
  settings: SettingsRepository;
  backup: BackupService;
  caseStates: CaseStateStore;
  quarantine: QuarantineRepository;
  persistence: PersistenceService;
  close(): void;
}

export interface AppStorageOptions {
  name?: string;
  clock?: Clock;
  /** Vocabulary procedures, so searching by a procedure's name finds its drafts. */
  procedures?: readonly ({ id: string } & Localized)[];
  persistence?: PersistenceService;
  /** The passphrase lock (ADR 0018); the app passes its one in-memory vault. */
  vault?: Vault;
}

/** Opens the database and builds the repositories the screens use. */
export function openAppStorage(options: AppStorageOptions = {}): AppStorage {
  const db = new PrecheckDatabase(options.name ?? DEFAULT_DB_NAME);
  // Before any screen reads: rows that fail validation move to the quarantine (ADR 0015).
  db.on('ready', (ready) =>
    sweepDrafts(ready as Dexie, options.clock ?? systemClock, shapeProblems),
  );
  const names = new Map((options.procedures ?? []).map((p) => [p.id, [p.ja, p.en]]));
  return {
    drafts: new DraftRepository(db, {
      ...(options.clock ? { clock: options.clock } : {}),
      procedureNames: (id) => names.get(id) ?? [],
      ...(options.vault ? { vault: options.vault } : {}),
    }),
    settings: new SettingsRepository(db, options.vault),
    backup: new BackupService(db, options.clock, options.vault),
    caseStates: new CaseStateStore(db),
    quarantine: new QuarantineRepository(db, options.clock, options.vault),
    persistence: options.persistence ?? new PersistenceService(),
    close: () => db.close(),
  };
}
