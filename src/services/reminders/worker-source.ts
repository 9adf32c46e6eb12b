import type { ThisWeekInput } from '../../domain/cases-dashboard/this-week';
import type { Lang } from '../../domain/model/localized';
import type { ReminderLog } from './reminder-plan';
import type { ReminderSource } from './reminder-run';

// The database and tables of src/storage/database.ts, read without Dexie: the service worker
// stays small and only reads what the page already wrote.
const DB = 'zairyu-precheck';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(): Promise<IDBDatabase> {
  // No version: the page owns the schema; opening must never create or upgrade it.
  return request(indexedDB.open(DB));
}

async function read<T>(db: IDBDatabase, store: string, key?: string): Promise<T> {
  const tx = db.transaction(store, 'readonly');
  const table = tx.objectStore(store);
  return request((key === undefined ? table.getAll() : table.get(key)) as IDBRequest<T>);
}

async function setting<T>(key: string): Promise<T | undefined> {
  const db = await open();
  try {
    return (await read<{ value: T } | undefined>(db, 'settings', key))?.value;
  } finally {
    db.close();
  }
}

/**
 * The service worker's source: cached case states and settings. It has no `names`: the worker
 * cannot know whether the app is locked, so its notices never name an applicant.
 */
export const workerSource: ReminderSource = {
  async states(): Promise<ThisWeekInput[]> {
    const db = await open();
    try {
      if (!db.objectStoreNames.contains('caseStates')) return [];
      const rows = await read<{ id: string; state: ThisWeekInput['state'] }[]>(db, 'caseStates');
      return rows.map((r) => ({ id: r.id, state: r.state }));
    } finally {
      db.close();
    }
  },
  closeWithin: () => setting<number>('closeWithinDays'),
  log: () => setting<ReminderLog>('reminderLog'),
  async saveLog(log: ReminderLog): Promise<void> {
    const db = await open();
    try {
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: 'reminderLog', value: log });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  },
};

export const workerReminders = {
  enabled: () => setting<boolean>('reminders'),
  context: () => setting<{ lang: Lang; unofficial: string | null }>('reminderContext'),
};
