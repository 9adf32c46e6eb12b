import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PrecheckDatabase } from '../../src/storage/database';
import { DraftRepository } from '../../src/storage/draft-repository';
import { declareVersions } from '../../src/storage/schema-versions';
import { caseStateKey } from '../../src/storage/case-state-store';
import { testStorage } from './helpers';

describe('draft revisions', () => {
  it('starts at 1 and counts every write, whoever writes', async () => {
    const { drafts, backup } = testStorage();
    const created = await drafts.create({ title: 'Kim' });
    expect(created.revision).toBe(1);
    expect((await drafts.get(created.id))?.revision).toBe(1);
    const renamed = await drafts.save(created.id, { title: 'Kim M' });
    expect(renamed.revision).toBe(2);
    const { json } = await backup.exportAll();
    expect(json).not.toContain('revision');
    // Importing the backup replaces the case: one more write, so an open editor notices.
    await backup.importText(json);
    expect((await drafts.get(created.id))?.revision).toBe(3);
  });

  it('a save from the stored revision writes what the editor holds', async () => {
    const { drafts } = testStorage();
    const base = await drafts.create({ title: 'Kim', draft: { procedure: 'extension' } });
    const outcome = await drafts.saveFrom(base, { title: 'Kim', draft: {} });
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.record).toMatchObject({ revision: 2, draft: {} });
    expect(await drafts.get(base.id)).toEqual(outcome.record);
  });

  it('the two-tab probe: a stale save merges instead of losing the other tab', async () => {
    const { drafts } = testStorage();
    const opened = await drafts.create({ title: 'Kim', draft: { procedure: 'extension' } });
    // Tab A sets the channel and saves.
    const a = await drafts.saveFrom(opened, {
      title: 'Kim',
      draft: { procedure: 'extension', channel: 'online' },
    });
    // Tab B, opened before, still at revision 1, sets the title.
    const b = await drafts.saveFrom(opened, {
      title: 'Kim Minjun',
      draft: { procedure: 'extension' },
    });
    expect(b.conflicts).toEqual([]);
    expect(b.record.revision).toBe(a.record.revision + 1);
    expect(await drafts.get(opened.id)).toMatchObject({
      title: 'Kim Minjun',
      draft: { procedure: 'extension', channel: 'online' },
      revision: 3,
    });
    // The cached state is keyed by the last save, which the merge moved on.
    expect(caseStateKey(b.record.updatedAt, 'd', 'p')).not.toBe(
      caseStateKey(a.record.updatedAt, 'd', 'p'),
    );
  });

  it('keeps the stored value of a field both changed and reports the conflict', async () => {
    const { drafts } = testStorage();
    const opened = await drafts.create({ title: 'Kim', draft: {}, formState: {} });
    await drafts.saveFrom(opened, { title: 'Kim', draft: { channel: 'online' }, formState: {} });
    const stale = await drafts.saveFrom(opened, {
      title: 'Kim',
      draft: { channel: 'counter', bureau: 'tokyo' },
      formState: {},
    });
    expect(stale.conflicts).toEqual([
      { pointer: '/draft/channel', base: undefined, mine: 'counter', theirs: 'online' },
    ]);
    expect((await drafts.get(opened.id))?.draft).toEqual({ channel: 'online', bureau: 'tokyo' });
  });

  it('writes nothing when a stale save brings nothing new', async () => {
    const { drafts } = testStorage();
    const opened = await drafts.create({ title: 'Kim' });
    const saved = await drafts.saveFrom(opened, { title: 'Lee', draft: {} });
    const again = await drafts.saveFrom(opened, { title: 'Lee', draft: {} });
    expect(again).toEqual({ record: saved.record, conflicts: [] });
  });

  it('a database from before revisions (v4) opens with every draft at revision 1', async () => {
    const name = `migrate-v4-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareVersions(old, 4);
    const id = '0b7c5a52-8d1e-4c3e-9a57-1f2d3c4b5a60';
    await old.table('drafts').add({
      id,
      title: 'NGUYEN',
      draft: { procedure: 'extension' },
      createdAt: '2026-10-01T00:00:00Z',
      updatedAt: '2026-10-02T00:00:00Z',
      schemaVersion: 2,
      procedure: 'extension',
    });
    old.close();
    const db = new PrecheckDatabase(name);
    const repo = new DraftRepository(db);
    const row = await repo.get(id);
    expect(row).toMatchObject({ title: 'NGUYEN', revision: 1 });
    expect((await repo.saveFrom(row!, { title: 'NGUYEN V', draft: {} })).record.revision).toBe(2);
    db.close();
  });
});
