/**
 * "Wipe this device": everything this origin keeps in the browser — every IndexedDB
 * database (cases, settings, reservations outbox…), Cache Storage (the offline app),
 * localStorage, sessionStorage, the origin-private file system — and the service worker.
 * Returns what it could not remove, so the screen can say so instead of claiming success.
 */
export async function wipeDevice(): Promise<string[]> {
  const failed: string[] = [];
  const attempt = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch {
      failed.push(what);
    }
  };
  await attempt('serviceWorker', async () => {
    const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
    await Promise.all(registrations.map((r) => r.unregister()));
  });
  await attempt('indexedDB', async () => {
    const databases = await indexedDB.databases();
    await Promise.all(databases.map((d) => d.name && deleteDatabase(d.name)));
  });
  await attempt('caches', async () => {
    if (typeof caches === 'undefined') return;
    await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
  });
  await attempt('opfs', async () => {
    const root = await navigator.storage?.getDirectory?.();
    if (!root) return;
    const names: string[] = [];
    for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys())
      names.push(name);
    await Promise.all(names.map((name) => root.removeEntry(name, { recursive: true })));
  });
  await attempt('localStorage', async () => localStorage.clear());
  await attempt('sessionStorage', async () => sessionStorage.clear());
  return failed;
}

// Open connections (this tab's Dexie, other tabs) close on `versionchange`; the deletion
// then completes. `blocked` is only a notice that it is waiting for them.
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
  });
}
