import { liveQuery, type Observable } from 'dexie';
import type { Draft } from '../domain/model/draft';
import { systemClock, type Clock } from './clock';
import type { PrecheckDatabase } from './database';
import { draftIdentity } from './draft-identity';
import {
  contentOf,
  mergeContent,
  sameContent,
  withContent,
  type DraftContent,
  type SaveOutcome,
} from './draft-content';
import { DraftRowCodec } from './crypto/draft-row-codec';
import type { Vault } from './crypto/vault';
import { RECORD_SCHEMA_VERSION, type DraftRecord } from './draft-record';
import {
  matchesWords,
  searchableText,
  searchWords,
  type DraftQuery,
  type ProcedureNames,
} from './draft-search';

export interface DraftChanges {
  title?: string;
  draft?: Draft;
  formState?: unknown;
}

export interface DraftRepositoryOptions {
  clock?: Clock;
  newId?: () => string;
  /** Lets a search for 「更新」 or "extension" find drafts whose procedure is `extension`. */
  procedureNames?: ProcedureNames;
  /** The passphrase lock; when set up, rows are stored encrypted (ADR 0018). */
  vault?: Vault;
}

export class DraftNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No draft with id ${id}`);
    this.name = 'DraftNotFoundError';
  }
}

/** Every read and write of drafts goes through here; components never see a table. */
export class DraftRepository {
  private readonly clock: Clock;
  private readonly newId: () => string;
  private readonly names: ProcedureNames;
  private readonly rows: DraftRowCodec;

  constructor(
    private readonly db: PrecheckDatabase,
    options: DraftRepositoryOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.names = options.procedureNames ?? (() => []);
    this.rows = new DraftRowCodec(options.vault);
  }

  /** A new case as first stored, by one import or one "new case" alike. */
  private newRecord(init: DraftChanges, now: string): DraftRecord {
    return {
      id: this.newId(),
      title: init.title ?? '',
      draft: init.draft ?? {},
      ...(init.formState === undefined ? {} : { formState: init.formState }),
      createdAt: now,
      updatedAt: now,
      revision: 1,
      schemaVersion: RECORD_SCHEMA_VERSION,
    };
  }

  async create(init: DraftChanges = {}): Promise<DraftRecord> {
    const record = this.newRecord(init, this.clock());
    await this.db.drafts.add(await this.rows.write(record));
    return record;
  }

  /**
   * Many new cases in one transaction (one bulkAdd), as an import stores them: a thousand
   * rows take one write instead of a thousand. Returns the records as stored.
   */
  async createMany(inits: readonly DraftChanges[]): Promise<DraftRecord[]> {
    const now = this.clock();
    const records = inits.map((init) => this.newRecord(init, now));
    const rows = await Promise.all(records.map((record) => this.rows.write(record)));
    await this.db.drafts.bulkAdd(rows);
    return records;
  }

  async get(id: string): Promise<DraftRecord | undefined> {
    const row = await this.db.drafts.get(id);
    return row && this.rows.read(row);
  }

  /**
   * Applies `changes` over whatever is stored now, as one small read-write transaction. For
   * callers that hold no earlier version (a rename from the list); an editor uses saveFrom.
   */
  async save(id: string, changes: DraftChanges): Promise<DraftRecord> {
    return this.db.transaction('rw', this.db.drafts, async () => {
      const row = await this.db.drafts.get(id);
      if (!row) throw new DraftNotFoundError(id);
      const stored = await this.rows.read(row);
      const next: DraftRecord = {
        ...stored,
        ...changes,
        updatedAt: this.clock(),
        revision: stored.revision + 1,
      };
      await this.db.drafts.put(await this.rows.write(next));
      return next;
    });
  }

  /**
   * Saves what an editor holds (`mine`), edited from the stored version `base`. When another
   * tab saved in between, the two edits are merged field by field (ADR 0017): what only one
   * side changed is kept, and a field both changed differently keeps the stored value and is
   * returned as a conflict for the user to decide. Nothing is ever written over unseen.
   */
  async saveFrom(base: DraftRecord, mine: DraftContent): Promise<SaveOutcome> {
    return this.db.transaction('rw', this.db.drafts, async () => {
      const row = await this.db.drafts.get(base.id);
      if (!row) throw new DraftNotFoundError(base.id);
      const stored = await this.rows.read(row);
      const { content, conflicts } =
        stored.revision === base.revision
          ? { content: mine, conflicts: [] }
          : mergeContent(contentOf(base), mine, contentOf(stored));
      if (sameContent(content, contentOf(stored))) return { record: stored, conflicts };
      const record = withContent(stored, content, this.clock());
      await this.db.drafts.put(await this.rows.write(record));
      return { record, conflicts };
    });
  }

  /** A new case with the same content and a new id; the title says it is a copy. */
  async duplicate(id: string, titleSuffix = ' (2)'): Promise<DraftRecord> {
    const source = await this.get(id);
    if (!source) throw new DraftNotFoundError(id);
    return this.create({
      title: source.title + titleSuffix,
      draft: structuredClone(source.draft),
      formState: source.formState === undefined ? undefined : structuredClone(source.formState),
    });
  }

  async remove(id: string): Promise<void> {
    await this.db.drafts.delete(id);
  }

  /** Matching drafts, most recently changed first. */
  async list(query: DraftQuery = {}): Promise<DraftRecord[]> {
    const words = searchWords(query.text);
    // Sealed rows index nothing personal: under the lock every row is read and filtered here.
    const rows =
      query.procedure === undefined || this.rows.sealing
        ? await this.db.drafts.orderBy('updatedAt').reverse().toArray()
        : await this.db.drafts.where('procedure').equals(query.procedure).toArray();
    const records = await this.rows.readAll(rows);
    return records
      .filter((r) => query.procedure === undefined || (r.draft.procedure ?? '') === query.procedure)
      .filter((record) => matchesWords(record, words, this.names))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  /** What the search box matches a draft against (the case list indexes it once per save). */
  searchText(record: DraftRecord): string {
    return searchableText(record, this.names);
  }

  /** Identities of every kept case, to spot rows of an import that are already here. */
  async identities(): Promise<Set<string>> {
    const ids = new Set<string>();
    for (const record of await this.rows.readAll(await this.db.drafts.toArray())) {
      const id = draftIdentity(record.draft);
      if (id !== null) ids.add(id);
    }
    return ids;
  }

  count(): Promise<number> {
    return this.db.drafts.count();
  }

  /** The same list, pushed again whenever a draft is written (also from another tab). */
  live(query: DraftQuery = {}): Observable<DraftRecord[]> {
    return liveQuery(() => this.list(query));
  }

  liveCount(): Observable<number> {
    return liveQuery(() => this.count());
  }

  liveRecord(id: string): Observable<DraftRecord | undefined> {
    return liveQuery(() => this.get(id));
  }
}
