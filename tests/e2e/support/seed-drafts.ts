import type { Page } from 'playwright-core';

/**
 * The i-th seeded draft: every tenth has only a name and a procedure, so it shows as "needs
 * input"; the others are complete online extensions whose stay expires on one of 168 days
 * in 2027. The benchmark checks the same drafts with the core in Node as its baseline.
 */
export function seededDraft(i: number): Record<string, unknown> {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 6)).padStart(2, '0');
  if (i % 10 === 9) return { applicant: { name: `APPLICANT ${i}` }, procedure: 'extension' };
  return {
    filer: {
      category: 'org_staff',
      credential: { kind: 'agent_certificate', number: '123456789012', expires: '2028-03-31' },
    },
    applicant: {
      name: `APPLICANT ${i}`,
      birthDate: '1995-04-02',
      nationality: 'VNM',
      status: 'engineer_humanities_international',
      periodOfStay: 'P1Y',
      stayExpires: `2027-${month}-${day}`,
    },
    procedure: 'extension',
    channel: 'online',
    bureau: 'tokyo',
  };
}

/**
 * Writes N drafts straight into the app's IndexedDB in one transaction (the app's own
 * bulk writes are tested elsewhere): seeding takes a second, not minutes.
 */
export async function seedDrafts(page: Page, n: number): Promise<void> {
  const records = Array.from({ length: n }, (_, i) => {
    const stamp = new Date(Date.UTC(2026, 10, 1, 0, 0, 0, i)).toISOString();
    const draft = seededDraft(i);
    return {
      id: `seed-${String(i).padStart(5, '0')}`,
      title: '',
      draft,
      createdAt: stamp,
      updatedAt: stamp,
      schemaVersion: 2,
      procedure: draft.procedure,
    };
  });
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('zairyu-precheck');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('drafts', 'readwrite');
    const store = tx.objectStore('drafts');
    for (const row of rows) store.put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}
