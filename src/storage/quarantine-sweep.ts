import type { Dexie } from 'dexie';
import type { Clock } from './clock';
import type { QuarantineEntry } from './quarantine-record';

/**
 * Runs while the database opens (Dexie `ready`, before any screen reads): every draft row is
 * validated and the ones that fail move to the quarantine table in one transaction, so one
 * bad row can no longer hide the list or hang a screen. Returns how many moved.
 */
export async function sweepDrafts(db: Dexie, clock: Clock): Promise<number> {
  // The validators are a separate chunk, fetched while the database opens.
  const { rowProblems } = await import('./row-validation');
  const rows: unknown[] = await db.table('drafts').toArray();
  const now = clock();
  const bad: QuarantineEntry[] = [];
  const keys: unknown[] = [];
  for (const row of rows) {
    const problems = rowProblems(row);
    if (problems.length === 0) continue;
    bad.push({ source: { kind: 'database' }, row, problems, quarantinedAt: now });
    // The primary key is the row's `id` (keyPath), present on every stored row.
    keys.push((row as { id: unknown }).id);
  }
  if (bad.length === 0) return 0;
  await db.transaction('rw', db.table('drafts'), db.table('quarantine'), async () => {
    await db.table('quarantine').bulkAdd(bad);
    await db.table('drafts').bulkDelete(keys as string[]);
  });
  return bad.length;
}
