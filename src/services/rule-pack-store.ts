import { Temporal } from '@js-temporal/polyfill';
import { Dexie, type EntityTable } from 'dexie';
import type { RuleFiles } from '../domain/loading/load-rule-pack';
import type { PackLabel } from './pack-admission';

export const RULE_PACK_DB_NAME = 'zairyu-precheck-rules';

/** Where a stored pack came from: a bundle file, a URL, or the workbench's own edits. */
export type RulePackOrigin = 'file' | 'url' | 'workbench';

/** A rule pack kept in the browser, with the version and day from its rules/pack.json. */
export interface StoredRulePack {
  id: string;
  version: string;
  published: string;
  origin: RulePackOrigin;
  /** File name or URL it was loaded from. */
  source?: string;
  /** ISO 8601 instant (UTC). */
  savedAt: string;
  files: RuleFiles;
  /** The bundle's signature block, verified again each time the pack is loaded. */
  signature?: unknown;
  label?: PackLabel;
  /** The user acknowledged that these rules are unofficial (unsigned, or from the workbench). */
  acknowledged?: boolean;
}

/** What admission learnt about a pack, kept with it. */
export interface KeptTrust {
  signature?: unknown;
  label?: PackLabel;
  acknowledged?: boolean;
}

interface StateRow {
  key: 'active';
  id: string | null;
}

/** Its own database, so rule packs never touch the drafts' schema versions. */
class RulePackDatabase extends Dexie {
  packs!: EntityTable<StoredRulePack, 'id'>;
  state!: EntityTable<StateRow, 'key'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ packs: 'id, savedAt, version', state: 'key' });
  }
}

/** Rule packs loaded at run time and which one the app uses; none active = the shipped rules. */
export class RulePackStore {
  private readonly db: RulePackDatabase;

  constructor(
    name = RULE_PACK_DB_NAME,
    private readonly clock: () => string = () => Temporal.Now.instant().toString(),
  ) {
    this.db = new RulePackDatabase(name);
  }

  /** Keeps a pack (already validated by the caller) and makes it the active one. */
  async save(
    files: RuleFiles,
    origin: RulePackOrigin,
    source?: string,
    trust: KeptTrust = {},
  ): Promise<StoredRulePack> {
    const meta = (files['rules/pack.json'] ?? {}) as { version?: string; published?: string };
    const savedAt = this.clock();
    const record: StoredRulePack = {
      id: `${meta.version ?? 'unversioned'}@${savedAt}`,
      version: meta.version ?? '',
      published: meta.published ?? '',
      origin,
      ...(source ? { source } : {}),
      savedAt,
      files,
      ...trust,
    };
    await this.db.transaction('rw', this.db.packs, this.db.state, async () => {
      await this.db.packs.put(record);
      await this.db.state.put({ key: 'active', id: record.id });
    });
    return record;
  }

  /** Every kept pack, newest first. */
  async list(): Promise<StoredRulePack[]> {
    return (await this.db.packs.orderBy('savedAt').toArray()).reverse();
  }

  async active(): Promise<StoredRulePack | undefined> {
    const state = await this.db.state.get('active');
    return state?.id ? this.db.packs.get(state.id) : undefined;
  }

  async activate(id: string): Promise<void> {
    if (!(await this.db.packs.get(id))) throw new Error(`no stored rule pack ${id}`);
    await this.db.state.put({ key: 'active', id });
  }

  /** The way back: the app uses the rules it was built with; kept packs stay listed. */
  async useShipped(): Promise<void> {
    await this.db.state.put({ key: 'active', id: null });
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.packs, this.db.state, async () => {
      await this.db.packs.delete(id);
      const state = await this.db.state.get('active');
      if (state?.id === id) await this.db.state.put({ key: 'active', id: null });
    });
  }

  close(): void {
    this.db.close();
  }
}
