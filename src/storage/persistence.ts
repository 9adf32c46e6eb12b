/** What the browser answered when asked to keep this site's data. */
export type PersistenceResult = 'persisted' | 'granted' | 'denied' | 'unsupported';

export interface PersistenceReport {
  result: PersistenceResult;
  /** Bytes used and available, when the browser says. */
  usage?: number;
  quota?: number;
}

type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

/**
 * Drafts are the agent's work: without persistent storage the browser may delete them
 * under storage pressure. Asks once; reports what the browser decided.
 */
export class PersistenceService {
  constructor(
    private readonly storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
  ) {}

  async request(): Promise<PersistenceReport> {
    const storage = this.storage;
    if (!storage?.persist) return { result: 'unsupported' };
    const estimate = await this.estimate();
    try {
      if (storage.persisted && (await storage.persisted())) {
        return { result: 'persisted', ...estimate };
      }
      const granted = await storage.persist();
      return { result: granted ? 'granted' : 'denied', ...estimate };
    } catch {
      return { result: 'denied', ...estimate };
    }
  }

  private async estimate(): Promise<{ usage?: number; quota?: number }> {
    try {
      const found = await this.storage?.estimate?.();
      return found ? { usage: found.usage, quota: found.quota } : {};
    } catch {
      return {};
    }
  }
}
