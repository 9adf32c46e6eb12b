/* eslint-disable svelte/prefer-svelte-reactivity -- the maps are caches behind the
   $state.raw rows: reactive maps would track ten thousand entries for nothing. */
import type { CaseChecks } from '../../services/case-checks';
import {
  caseStateKey,
  type CaseStateStore,
  type StoredCaseState,
} from '../../storage/case-state-store';
import type { DraftRecord } from '../../storage/draft-record';
import type { DraftRepository } from '../../storage/draft-repository';
import { follow } from '../../storage/live-query.svelte';
import type { TokyoNow } from './tokyo-now';
import { ANY, caseRow, filterRows, type CaseRowData, type CaseSort } from './case-index';
import { CASE_STATES_STORED } from '../../services/reminders/reminder-events';

export { ANY, type CaseRowData, type CaseSort };

/** Drafts go to the check worker in batches of this many; each batch streams into the list. */
const BATCH = 250;
/** How often checked rows are re-sorted into the list while a check runs. */
const PUBLISH_MS = 300;

/**
 * The dashboard's state: every draft, its cached or freshly checked state, and the filters.
 * Filters and search run over an in-memory index (case-index.ts), not the database, so
 * a keystroke costs one pass over the rows; checks run in the worker and stream in.
 */
export class CaseListModel {
  text = $state('');
  procedure = $state(ANY);
  stateFilter = $state(ANY);
  sort = $state<CaseSort>('deadline');
  records = $state.raw<DraftRecord[]>([]);
  loaded = $state(false);
  asOf = $state.raw<TokyoNow>() as TokyoNow;
  /** Every draft's row, in database order; replaced whenever a draft or a state changes. */
  private allRows = $state.raw<CaseRowData[]>([]);
  private states = new Map<string, StoredCaseState>();
  private rowCache = new Map<string, CaseRowData>();
  private run = 0;
  private checks: Promise<CaseChecks> | undefined;

  constructor(
    private readonly drafts: DraftRepository,
    /** Loads the rules and the checker; called once the list holds drafts. */
    private readonly loadChecks: () => Promise<CaseChecks>,
    asOf: TokyoNow,
    private readonly store?: CaseStateStore,
    /** Days before the window closes from which a fileable case shows "closes in N days". */
    private readonly soonDays?: number,
  ) {
    this.asOf = asOf;
  }

  get total(): number {
    return this.records.length;
  }

  /** Every draft's row, unfiltered (the "this week" view reads them). */
  get everyRow(): readonly CaseRowData[] {
    return this.allRows;
  }

  readonly rows: CaseRowData[] = $derived(
    filterRows(this.allRows, {
      text: this.text,
      procedure: this.procedure,
      state: this.stateFilter,
      sort: this.sort,
    }),
  );

  /** How many drafts have a state for today's date and today's rules. */
  checked = $state(0);
  /** True while some drafts still wait for a check: counts and filters are then partial. */
  readonly checking: boolean = $derived(this.loaded && this.checked < this.records.length);

  /** Loads cached states, then follows every draft; returns the stop function. */
  watch(): () => void {
    let stopped = false;
    let stop = () => {};
    const cached = this.store
      ? this.store.all().catch(() => new Map())
      : Promise.resolve(new Map());
    void cached.then((states: Map<string, StoredCaseState>) => {
      if (stopped) return;
      for (const [id, s] of states) if (!this.states.has(id)) this.states.set(id, s);
      stop = follow(this.drafts.live({}), (records) => {
        this.records = records;
        this.rebuild();
        this.loaded = true;
      });
    });
    return () => {
      stopped = true;
      stop();
    };
  }

  /** Checks every draft whose cached state is not for this version, this day and these rules. */
  async checkStale(): Promise<void> {
    const run = ++this.run;
    if (this.records.length === 0) return;
    const asOf = this.asOf;
    const day = asOf.day;
    const { checker, packHash: hash } = await (this.checks ??= this.loadChecks());
    if (run !== this.run) return;
    const keyOf = (r: DraftRecord) => caseStateKey(r.updatedAt, day, hash);
    const stale = this.records.filter((r) => this.states.get(r.id)?.key !== keyOf(r));
    const fresh = this.records.length - stale.length;
    this.checked = fresh;
    const ask = (from: number) =>
      checker.states(
        stale.slice(from, from + BATCH).map((r) => r.draft),
        asOf.instant,
        this.soonDays,
      );
    let next = stale.length > 0 ? ask(0) : undefined;
    let shown = performance.now();
    for (let from = 0; next; from += BATCH) {
      const states = await next;
      if (run !== this.run) return;
      // The worker checks the next batch while the page takes in this one.
      next = from + BATCH < stale.length ? ask(from + BATCH) : undefined;
      const batch = stale.slice(from, from + BATCH);
      const stored = batch.map((r, j) => ({ id: r.id, key: keyOf(r), state: states[j]! }));
      for (const s of stored) this.states.set(s.id, s);
      this.checked = fresh + from + batch.length;
      // Filtering and sorting every row for each batch would keep the page busy: the rows
      // are rebuilt a few times a second while the count moves with every batch.
      if (!next || performance.now() - shown >= PUBLISH_MS) {
        this.rebuild();
        shown = performance.now();
      }
      void this.store
        ?.putMany(stored)
        .then(() => dispatchEvent(new Event(CASE_STATES_STORED)))
        .catch(() => undefined);
    }
    if (this.loaded && stale.length > 0) {
      void this.store?.removeExcept(new Set(this.records.map((r) => r.id))).catch(() => {});
    }
  }

  /** Ends the worker of the checks, if they were ever loaded. */
  dispose(): void {
    void this.checks?.then((c) => c.checker.dispose());
  }

  private rebuild(): void {
    const next = new Map<string, CaseRowData>();
    const search = (r: DraftRecord) => this.drafts.searchText(r);
    this.allRows = this.records.map((record) => {
      // A state computed for an older save or another day is still shown until its check.
      const state = this.states.get(record.id)?.state ?? null;
      const row = caseRow(record, state, search, this.rowCache.get(record.id));
      next.set(record.id, row);
      return row;
    });
    this.rowCache = next;
  }
}
