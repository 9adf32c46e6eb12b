import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PrecheckDatabase } from '../../src/storage/database';
import { DraftRepository } from '../../src/storage/draft-repository';
import {
  CURRENT_DB_VERSION,
  declareVersions,
  type DraftRowV1,
} from '../../src/storage/schema-versions';
import { CaseStateStore } from '../../src/storage/case-state-store';
import { SettingsRepository } from '../../src/storage/settings-repository';

const V1_ROWS: DraftRowV1[] = [
  {
    id: '0b7c5a52-8d1e-4c3e-9a57-1f2d3c4b5a60',
    label: 'NGUYEN VAN A — 更新',
    draft: {
      procedure: 'extension',
      applicant: { name: 'NGUYEN VAN A', stayExpires: '2027-01-31' },
    },
    formState: { 'applicant.birthDate': '1995-0' },
    createdAt: '2026-10-01T00:00:00Z',
    updatedAt: '2026-10-02T00:00:00Z',
  },
  {
    id: '1c8d6b63-9e2f-4d4f-8b68-2e3f4d5c6b71',
    label: '',
    draft: {},
    createdAt: '2026-10-03T00:00:00Z',
    updatedAt: '2026-10-03T00:00:00Z',
  },
];

describe('database migrations', () => {
  it('opens a version-1 database at the current version and keeps every field', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareVersions(old, 1);
    await old.table('drafts').bulkAdd(V1_ROWS);
    expect(old.verno).toBe(1);
    old.close();

    const db = new PrecheckDatabase(name);
    const drafts = new DraftRepository(db);
    const first = await drafts.get(V1_ROWS[0]!.id);
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expect(first).toEqual({
      id: V1_ROWS[0]!.id,
      title: 'NGUYEN VAN A — 更新',
      draft: V1_ROWS[0]!.draft,
      formState: { 'applicant.birthDate': '1995-0' },
      createdAt: '2026-10-01T00:00:00Z',
      updatedAt: '2026-10-02T00:00:00Z',
      revision: 1,
      schemaVersion: 2,
    });
    expect((await drafts.get(V1_ROWS[1]!.id))?.title).toBe('');
    // The index added in v2 is filled by the upgrade, not only by later writes.
    expect((await drafts.list({ procedure: 'extension' })).map((r) => r.id)).toEqual([
      V1_ROWS[0]!.id,
    ]);
    expect((await drafts.list({ procedure: '' })).map((r) => r.id)).toEqual([V1_ROWS[1]!.id]);
    // The settings table is new in v2 and usable straight away.
    await new SettingsRepository(db).set('language', 'en');
    expect(await new SettingsRepository(db).get('language')).toBe('en');
    db.close();
  });

  it('a fresh database starts at the current version', async () => {
    const db = new PrecheckDatabase(`fresh-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'caseStates',
      'drafts',
      'quarantine',
      'settings',
    ]);
    db.close();
  });

  it('opens a version-2 database at the current version: drafts untouched, an empty state cache', async () => {
    const name = `migrate-v2-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareVersions(old, 2);
    const row = {
      id: V1_ROWS[0]!.id,
      title: 'NGUYEN',
      draft: { procedure: 'extension' },
      createdAt: '2026-10-01T00:00:00Z',
      updatedAt: '2026-10-02T00:00:00Z',
      schemaVersion: 2,
      procedure: 'extension',
    };
    await old.table('drafts').add(row);
    expect(old.verno).toBe(2);
    old.close();

    const db = new PrecheckDatabase(name);
    expect((await new DraftRepository(db).get(row.id))?.title).toBe('NGUYEN');
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    const states = new CaseStateStore(db);
    expect((await states.all()).size).toBe(0);
    const state = {
      kind: 'fileable' as const,
      opens: null,
      closes: null,
      daysToOpen: null,
      daysToClose: null,
      needs: 0,
      blocks: 0,
    };
    await states.putMany([{ id: row.id, key: 'k', state }]);
    expect((await states.all()).get(row.id)?.state).toEqual(state);
    db.close();
  });
});
