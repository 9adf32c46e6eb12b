import type { CaseState } from '../domain/cases-dashboard/case-state';
import type { PrecheckDatabase } from './database';

/** One draft's dashboard state and what it was computed from. */
export interface StoredCaseState {
  /** The draft's id. */
  id: string;
  /** caseStateKey(): the draft's last save, the as-of day and the rule pack's content. */
  key: string;
  state: CaseState;
}

/**
 * Which version of a draft, on which Tokyo day, with which rules a state holds for. The
 * pack is named by its content hash, not its version, which a hand-made pack may reuse.
 */
export function caseStateKey(updatedAt: string, asOfDay: string, packHash: string): string {
  return `${updatedAt}|${asOfDay}|${packHash}`;
}

/**
 * Computed states survive a reload, so the case list shows every case at once and
 * re-checks only drafts that changed, a new day or other rules. A state is a cache: an
 * entry whose key does not match is simply checked again and overwritten.
 */
export class CaseStateStore {
  constructor(private readonly db: PrecheckDatabase) {}

  /**
   * Every stored state, read in pages by id: one read of ten thousand rows would hold the
   * page for a long task while they are unpacked; pages let it paint in between.
   */
  async all(pageSize = 1000): Promise<Map<string, StoredCaseState>> {
    const out = new Map<string, StoredCaseState>();
    let after: string | undefined;
    for (;;) {
      const table = this.db.caseStates;
      const from = after === undefined ? table.toCollection() : table.where(':id').above(after);
      const rows = await from.limit(pageSize).toArray();
      for (const row of rows) out.set(row.id, row);
      if (rows.length < pageSize) return out;
      after = rows[rows.length - 1]!.id;
    }
  }

  /** One transaction per batch of checks. */
  async putMany(rows: readonly StoredCaseState[]): Promise<void> {
    if (rows.length > 0) await this.db.caseStates.bulkPut(rows as StoredCaseState[]);
  }

  /** States of drafts that no longer exist. */
  async removeExcept(ids: ReadonlySet<string>): Promise<void> {
    const stored = (await this.db.caseStates.toCollection().primaryKeys()) as string[];
    const gone = stored.filter((id) => !ids.has(id));
    if (gone.length > 0) await this.db.caseStates.bulkDelete(gone);
  }
}
