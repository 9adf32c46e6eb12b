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
    expect(await target.backup.importText(json)).toMatchObject({
      ok: true,
      added: 2,
      replaced: 0,
      skipped: 0,
      quarantined: 0,
    });
    expect(await target.drafts.list()).toEqual(await source.drafts.list());
    // Importing the same file again replaces, it does not duplicate.
    expect(await target.backup.importText(json)).toMatchObject({ ok: true, added: 0, replaced: 2 });
    expect(await target.drafts.count()).toBe(2);
  });

  it('sets a broken row aside with its pointer and stores the rest, reporting each row', async () => {
    const storage = await seeded();
    const { backup } = await storage.backup.exportAll();
    const broken = structuredClone(backup) as unknown as { drafts: Record<string, unknown>[] };
    broken.drafts[0]!.title = 'changed';
    delete broken.drafts[1]!.createdAt;
    const result = await storage.backup.importText(JSON.stringify(broken), 'b.json');
    expect(result).toMatchObject({ ok: true, added: 0, replaced: 1, skipped: 0, quarantined: 1 });
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.index, r.outcome])).toEqual([
      [0, 'replaced'],
      [1, 'quarantined'],
    ]);
    const missing = result.rows[1]!.problems;
    expect(missing.map((p) => p.pointer)).toEqual(['/createdAt']);
    expect(missing[0]!.message.en).toContain('createdAt');
    expect(missing[0]!.message.ja).toContain('createdAt');
    expect((await storage.drafts.get(backup.drafts[0]!.id))?.title).toBe('changed');
    const aside = await storage.quarantine.list();
    expect(aside.map((e) => e.source)).toEqual([{ kind: 'backup', fileName: 'b.json', index: 1 }]);
    expect(aside[0]!.row).toEqual(broken.drafts[1]);
  });

  it('validates each draft: a procedure object or an applicant string is set aside, not stored', async () => {
    const storage = await seeded();
    const { backup } = await storage.backup.exportAll();
    const target = testStorage();
    const file = structuredClone(backup) as unknown as { drafts: Record<string, unknown>[] };
    file.drafts[0]!.draft = { procedure: { id: 'extension' }, applicant: 'NGUYEN VAN A' };
    const result = await target.backup.importText(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, added: 1, quarantined: 1 });
    if (!result.ok) return;
    expect(result.rows[0]!.problems.map((p) => p.pointer).sort()).toEqual([
      '/draft/applicant',
      '/draft/procedure',
    ]);
    expect(await target.drafts.count()).toBe(1);
    expect(await target.quarantine.count()).toBe(1);
  });

  it('skips a repeated id, sets aside newer record versions; refuses wrong formats and non-JSON', async () => {
    const storage = await seeded();
    const { backup } = await storage.backup.exportAll();
    const dup: Backup = { ...backup, drafts: [backup.drafts[0]!, backup.drafts[0]!] };
    const dupResult = await storage.backup.importText(JSON.stringify(dup));
    expect(dupResult).toMatchObject({ ok: true, replaced: 1, skipped: 1, quarantined: 0 });
    if (dupResult.ok) expect(dupResult.rows[1]!.problems[0]!.message.en).toContain('/drafts/0');
    const newer = structuredClone(backup);
    newer.drafts[1]!.schemaVersion = 99;
    const newerResult = await storage.backup.importText(JSON.stringify(newer));
    expect(newerResult).toMatchObject({ ok: true, quarantined: 1 });
    if (newerResult.ok) {
      expect(newerResult.rows[1]!.problems.map((p) => p.pointer)).toEqual(['/schemaVersion']);
    }
    const pointers = async (text: string) => {
      const result = await storage.backup.importText(text);
      return result.ok ? [] : result.problems.map((p) => p.pointer);
    };
    const before = await storage.drafts.count();
    expect(await pointers(JSON.stringify({ ...backup, format: 'other' }))).toEqual(['/format']);
    expect(await pointers(JSON.stringify({ ...backup, drafts: {} }))).toEqual(['/drafts']);
    expect(await pointers('{"format": ')).toEqual(['']);
    expect(await storage.drafts.count()).toBe(before);
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
