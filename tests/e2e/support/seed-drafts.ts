import type { Page } from 'playwright-core';

/**
 * Writes N drafts straight into the app's IndexedDB in one transaction (the app's own
 * bulk writes are tested elsewhere): seeding takes a second, not minutes. Every tenth draft
 * names a procedure the rules do not know, so it shows as "has errors"; the others are
 * complete online extensions whose stay expires on one of 168 days in 2027.
 */
export async function seedDrafts(page: Page, n: number): Promise<void> {
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('zairyu-precheck');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('drafts', 'readwrite');
    const store = tx.objectStore('drafts');
    for (let i = 0; i < count; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (i % 6)).padStart(2, '0');
      const stamp = new Date(Date.UTC(2026, 10, 1, 0, 0, 0, i)).toISOString();
      const draft =
        i % 10 === 9
          ? { applicant: { name: `APPLICANT ${i}` }, procedure: 'extension' }
          : {
              filer: {
                category: 'org_staff',
                credential: {
                  kind: 'agent_certificate',
                  number: '123456789012',
                  expires: '2028-03-31',
                },
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
      store.put({
        id: `seed-${String(i).padStart(5, '0')}`,
        title: '',
        draft,
        createdAt: stamp,
        updatedAt: stamp,
        schemaVersion: 2,
        procedure: draft.procedure,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, n);
}
