import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openAppStorage } from '../../../src/storage/app-storage';
import { PrecheckDatabase } from '../../../src/storage/database';
import {
  isEncryptedBackup,
  openBackup,
  sealBackup,
} from '../../../src/storage/crypto/encrypted-backup';
import { enableLock, readVaultMeta } from '../../../src/storage/crypto/lock-setup';
import { openVault, Vault, VaultLockedError } from '../../../src/storage/crypto/vault';
import { steppingClock } from '../helpers';

// Few iterations keep the test quick; the app uses PBKDF2_ITERATIONS (600,000).
const ITERATIONS = 1_000;
const NAME = 'NGUYEN VAN A';

/** Every row of every table as text, binary fields decoded as Latin-1 and UTF-8. */
async function dump(db: PrecheckDatabase): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) {
    for (const row of await table.toArray()) {
      parts.push(
        JSON.stringify(row, (_k, v: unknown) =>
          v instanceof ArrayBuffer || v instanceof Uint8Array ? new TextDecoder().decode(v) : v,
        ),
      );
    }
  }
  return parts.join('\n');
}

async function lockedProfile() {
  const name = `lock-${crypto.randomUUID()}`;
  const vault = new Vault();
  const storage = openAppStorage({ name, clock: steppingClock(), vault });
  const kept = await storage.drafts.create({
    title: `${NAME} 更新`,
    draft: { procedure: 'extension', applicant: { name: NAME } },
  });
  await storage.settings.set('reservationFiler', { name: NAME } as never);
  const db = new PrecheckDatabase(name);
  await enableLock(db, vault, 'correct horse battery', 15, ITERATIONS);
  return { name, vault, storage, db, kept };
}

describe('passphrase lock', () => {
  it('seals every draft row and personal setting: no name and no index holds one', async () => {
    const { db, storage, kept, vault } = await lockedProfile();
    const text = await dump(db);
    expect(text).toContain(kept.id);
    expect(text).not.toContain(NAME);
    expect(text).not.toContain('extension');
    // Unlocked, the app works as before, search and procedure filter included.
    expect((await storage.drafts.get(kept.id))?.draft.applicant?.name).toBe(NAME);
    expect((await storage.drafts.list({ text: 'nguyen' })).map((r) => r.id)).toEqual([kept.id]);
    expect((await storage.drafts.list({ procedure: 'extension' })).map((r) => r.id)).toEqual([
      kept.id,
    ]);
    expect(await storage.settings.get('reservationFiler')).toEqual({ name: NAME });
    // New writes are sealed too.
    const added = await storage.drafts.create({ title: 'LEE SOYEON' });
    await storage.drafts.save(added.id, { draft: { applicant: { name: 'LEE SOYEON' } } });
    expect(await dump(db)).not.toContain('LEE SOYEON');
    vault.key = null;
    await expect(storage.drafts.get(kept.id)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(storage.settings.get('reservationFiler')).rejects.toBeInstanceOf(VaultLockedError);
  });

  it('opens only with the passphrase it was set up with', async () => {
    const { db } = await lockedProfile();
    const meta = await readVaultMeta(db);
    expect(meta).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: ITERATIONS, idleMinutes: 15 });
    expect(await openVault(meta!, 'wrong horse battery')).toBeNull();
    expect(await openVault(meta!, 'correct horse battery')).not.toBeNull();
  });

  it('a sealed row is not set aside as invalid when the database opens again', async () => {
    const { name, vault, kept } = await lockedProfile();
    const again = openAppStorage({ name, clock: steppingClock(), vault });
    expect(await again.drafts.count()).toBe(1);
    expect(await again.quarantine.count()).toBe(0);
    expect((await again.drafts.get(kept.id))?.title).toBe(`${NAME} 更新`);
  });

  it('keeps revisions counting and merging under the lock', async () => {
    const { storage, kept } = await lockedProfile();
    const base = (await storage.drafts.get(kept.id))!;
    await storage.drafts.saveFrom(base, { ...base, draft: { ...base.draft, channel: 'online' } });
    const stale = await storage.drafts.saveFrom(base, { ...base, title: 'renamed' });
    expect(stale.conflicts).toEqual([]);
    expect(await storage.drafts.get(kept.id)).toMatchObject({
      title: 'renamed',
      draft: { channel: 'online' },
      revision: base.revision + 2,
    });
  });

  it('exports an encrypted backup that only the passphrase opens', async () => {
    const { storage, vault } = await lockedProfile();
    const { json } = await storage.backup.exportAll();
    expect(json).toContain(NAME);
    const file = await sealBackup(json, vault.meta!, vault.key!);
    expect(file).not.toContain(NAME);
    expect(isEncryptedBackup(file)).toBe(true);
    expect(isEncryptedBackup(json)).toBe(false);
    expect(await openBackup(file, 'nope')).toBeNull();
    const opened = await openBackup(file, 'correct horse battery');
    expect(opened).toBe(json);
    // What it holds imports as an ordinary backup, sealed on arrival.
    const target = openAppStorage({
      name: `target-${crypto.randomUUID()}`,
      clock: steppingClock(),
      vault,
    });
    expect(await target.backup.importText(opened!)).toMatchObject({ ok: true, added: 1 });
    expect((await target.drafts.list())[0]?.draft.applicant?.name).toBe(NAME);
  });

  it('keeps set-aside rows sealed: those there before the lock and those a backup brings', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const vault = new Vault();
    const storage = openAppStorage({ name, clock: steppingClock(), vault });
    const badRow = (title: string) => ({
      id: crypto.randomUUID(),
      title,
      draft: { applicant: 'not an object' },
      createdAt: '2026-11-20T00:00:00Z',
      updatedAt: '2026-11-20T00:00:00Z',
      schemaVersion: 2,
    });
    const backup = (row: unknown) =>
      JSON.stringify({
        format: 'zairyu-precheck.backup',
        version: 1,
        exportedAt: '2026-11-21T00:00:00Z',
        drafts: [row],
      });
    const before = await storage.backup.importText(backup(badRow(NAME)), `${NAME}.json`);
    expect(before).toMatchObject({ ok: true, quarantined: 1 });
    const db = new PrecheckDatabase(name);
    expect(await dump(db)).toContain(NAME);

    await enableLock(db, vault, 'correct horse battery', 15, ITERATIONS);
    const after = await storage.backup.importText(backup(badRow('LEE SOYEON')), 'lee.json');
    expect(after).toMatchObject({ ok: true, quarantined: 1 });
    const text = await dump(db);
    expect(text).not.toContain(NAME);
    expect(text).not.toContain('LEE SOYEON');
    expect(text).not.toContain('not an object');
    // Unlocked, they read as before: the rows, their problems and where they came from.
    const entries = await storage.quarantine.list();
    expect(entries.map((e) => (e.row as { title: string }).title)).toEqual([NAME, 'LEE SOYEON']);
    expect(entries[0]!.source).toMatchObject({ kind: 'backup', fileName: `${NAME}.json` });
    expect(entries[1]!.problems.map((p) => p.pointer)).toContain('/draft/applicant');
    expect(await storage.quarantine.count()).toBe(2);
    vault.key = null;
    await expect(storage.quarantine.list()).rejects.toBeInstanceOf(VaultLockedError);
  });
});
