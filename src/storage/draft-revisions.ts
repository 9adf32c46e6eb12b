import type { PrecheckDatabase } from './database';

/**
 * Every write of a draft row raises its revision by one, whoever writes it: the editor's
 * save, a backup import replacing a case, a row put back from the quarantine. An editor
 * that started from an older revision then sees the change and merges (ADR 0017); a
 * writer cannot forget to count, nor put back a lower number.
 */
export function numberRevisions(db: PrecheckDatabase): void {
  db.drafts.hook('creating', (_key, row) => {
    if (typeof row.revision !== 'number') row.revision = 1;
  });
  db.drafts.hook('updating', (_changes, _key, old, tx) => {
    // A schema upgrade reshapes rows; it is not an edit and numbers nothing.
    if (isUpgrade(tx)) return undefined;
    return { revision: (typeof old.revision === 'number' ? old.revision : 0) + 1 };
  });
}

// Dexie runs upgraders in a 'readwrite' wrapper around the browser's versionchange transaction.
function isUpgrade(tx: unknown): boolean {
  return (tx as { idbtrans?: IDBTransaction }).idbtrans?.mode === 'versionchange';
}
