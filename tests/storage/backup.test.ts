import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Backup } from '../../src/storage/backup-format';
import { BackupService } from '../../src/storage/backup-service';
import { PrecheckDatabase } from '../../src/storage/database';
import { DraftRepository } from '../../src/storage/draft-repository';
import { testStorage } from './helpers';

async function seeded() {
  const storage = testStorage();
  await storage.drafts.create({
    title: 'NGUYEN VAN A',
    draft: {
      procedure: 'extension',
      applicant: { name: 'NGUYEN VAN A', stayExpires: '2027-01-31' },
    },
    formState: { half: '2027-0', nested: [1, { a: null }] },
  });
  await storage.drafts.create({ title: '', draft: {} });
  return storage;
}

describe('BackupService', () => {
  it('round-trips every draft into an empty database unchanged', async () => {
    const source = await seeded();
    const { json, fileName, backup } = await source.backup.exportAll();
    expect(fileName).toMatch(/^zairyu-precheck-backup-2026-11-23T\d{4}Z\.json$/);
    expect(backup.drafts).toHaveLength(2);
    const target = testStorage();
    expect(await target.backup.importText(json)).toEqual({ ok: true, added: 2, replaced: 0 });
    expect(await target.drafts.list()).toEqual(await source.drafts.list());
    // Importing the same file again replaces, it does not duplicate.
    expect(await target.backup.importText(json)).toEqual({ ok: true, added: 0, replaced: 2 });
    expect(await target.drafts.count()).toBe(2);
  });

  it('refuses an invalid backup with the pointer and changes nothing', async () => {
    const storage = await seeded();
    const before = await storage.drafts.list();
    const { backup } = await storage.backup.exportAll();
    const broken = structuredClone(backup) as unknown as { drafts: Record<string, unknown>[] };
    broken.drafts[0]!.title = 'changed';
    delete broken.drafts[1]!.createdAt;
    const result = await storage.backup.importText(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const missing = result.problems.find((p) => p.pointer === '/drafts/1');
    expect(missing?.message.en).toContain('createdAt');
    expect(missing?.message.ja).toContain('createdAt');
    expect(await storage.drafts.list()).toEqual(before);
  });

  it('names duplicate ids, newer record versions, wrong formats and non-JSON', async () => {
    const storage = await seeded();
    const { backup } = await storage.backup.exportAll();
    const dup: Backup = { ...backup, drafts: [backup.drafts[0]!, backup.drafts[0]!] };
    const pointers = async (text: string) => {
      const result = await storage.backup.importText(text);
      return result.ok ? [] : result.problems.map((p) => p.pointer);
    };
    expect(await pointers(JSON.stringify(dup))).toEqual(['/drafts/1/id']);
    const newer = structuredClone(backup);
    newer.drafts[1]!.schemaVersion = 99;
    expect(await pointers(JSON.stringify(newer))).toEqual(['/drafts/1/schemaVersion']);
    expect(await pointers(JSON.stringify({ ...backup, format: 'other' }))).toEqual(['/format']);
    expect(await pointers('{"format": ')).toEqual(['']);
  });

  it('rolls back everything when a write fails half-way', async () => {
    const source = await seeded();
    const { json } = await source.backup.exportAll();
    const db = new PrecheckDatabase(`rollback-${crypto.randomUUID()}`);
    const drafts = new DraftRepository(db);
    await drafts.create({ title: 'kept' });
    let writes = 0;
    // The second new row fails, as a full disk would, inside the import transaction.
    db.drafts.hook('creating', () => {
      if (++writes === 2) throw new Error('disk full');
    });
    await expect(new BackupService(db).importText(json)).rejects.toThrow('disk full');
    expect(writes).toBe(2);
    expect((await drafts.list()).map((r) => r.title)).toEqual(['kept']);
  });
});
