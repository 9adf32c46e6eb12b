import type { Dexie } from 'dexie';
import type { Clock } from './clock';
import { isSealedRow } from './crypto/sealed-rows';
import type { QuarantineEntry, RowProblem } from './quarantine-record';

export type RowCheck = (row: unknown) => RowProblem[];

/**
 * Every draft row is checked and the ones that fail move to the quarantine table in one
 * transaction, so one bad row can no longer hide the list or hang a screen. Runs twice:
 * with the cheap shape check while the database opens (Dexie `ready`, before any screen
 * reads), and with the full schema check once the first screen is up. Returns how many moved.
 */
export async function sweepDrafts(db: Dexie, clock: Clock, check: RowCheck): Promise<number> {
  const rows: unknown[] = await db.table('drafts').toArray();
  const now = clock();
  const bad: QuarantineEntry[] = [];
  const keys: unknown[] = [];
  for (const row of rows) {
    // An encrypted row (ADR 0018) is checked when it is opened with the key, not here.
    if (isSealedRow(row)) continue;
    const problems = check(row);
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
