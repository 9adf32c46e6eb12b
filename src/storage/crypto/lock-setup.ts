import type { PrecheckDatabase } from '../database';
import { PERSONAL_SETTINGS } from '../settings-repository';
import { isSealedEntry, sealEntry } from './sealed-quarantine';
import { isSealedRow, sealRow } from './sealed-rows';
import { isSealedSetting, sealSetting } from './sealed-settings';
import { createVault, type Vault, type VaultMeta } from './vault';

/** Where the lock's clear part lives: the settings table, under a key no setting uses. */
export const VAULT_SETTING = 'vault';

/** Tabs of this origin hear of a lock being set up, and reload to its lock screen. */
export const VAULT_CHANNEL = 'zairyu-precheck-vault';

export async function readVaultMeta(db: PrecheckDatabase): Promise<VaultMeta | null> {
  const row = await db.settings.get(VAULT_SETTING);
  return (row?.value as VaultMeta | undefined) ?? null;
}

/**
 * Sets up the passphrase lock: derives the key, then seals every draft row, every set-aside
 * row and every personal setting and stores the lock's clear part, in one transaction — afterwards no
 * row holds a name in clear. Leaves `vault` unlocked with the new key.
 */
export async function enableLock(
  db: PrecheckDatabase,
  vault: Vault,
  passphrase: string,
  idleMinutes: number,
  iterations?: number,
): Promise<void> {
  const { meta, key } = await createVault(passphrase, idleMinutes, iterations);
  const rows = await db.drafts.toArray();
  const sealedRows = await Promise.all(
    rows.filter((row) => !isSealedRow(row)).map((row) => sealRow(row, key)),
  );
  const settings = await db.settings.bulkGet([...PERSONAL_SETTINGS]);
  const sealedSettings = await Promise.all(
    settings
      .filter((row) => row !== undefined && !isSealedSetting(row.value))
      .map(async (row) => ({ key: row!.key, value: await sealSetting(row!.value, key) })),
  );
  const aside = await db.quarantine.toArray();
  const sealedAside = await Promise.all(
    aside.filter((row) => !isSealedEntry(row)).map((row) => sealEntry(row as never, key)),
  );
  await db.transaction('rw', db.drafts, db.settings, db.quarantine, async () => {
    // A row written by another tab meanwhile is sealed too, by that tab after its reload.
    await db.drafts.bulkPut(sealedRows as never[]);
    await db.quarantine.bulkPut(sealedAside);
    await db.settings.bulkPut(sealedSettings);
    await db.settings.put({ key: VAULT_SETTING, value: meta });
  });
  vault.meta = meta;
  vault.key = key;
  announceVaultChange();
}

export async function setIdleMinutes(
  db: PrecheckDatabase,
  vault: Vault,
  idleMinutes: number,
): Promise<void> {
  if (!vault.meta) return;
  const meta = { ...vault.meta, idleMinutes };
  await db.settings.put({ key: VAULT_SETTING, value: meta });
  vault.meta = meta;
}

// Channels of one page hear each other too: a message names its page, which ignores it.
const PAGE_ID = crypto.randomUUID();

export function announceVaultChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(VAULT_CHANNEL);
  channel.postMessage(PAGE_ID);
  channel.close();
}

/** Whether a message on VAULT_CHANNEL came from another page. */
export function fromAnotherPage(message: unknown): boolean {
  return message !== PAGE_ID;
}
