import type { Temporal } from '@js-temporal/polyfill';
import { compareByDeadline, type CaseState } from '../../domain/cases-dashboard';
import type { DraftCheckService } from '../../services/draft-check-service';
import type { DraftRecord } from '../../storage/draft-record';
import type { DraftRepository } from '../../storage/draft-repository';
import type { DraftQuery } from '../../storage/draft-search';
import { follow } from '../../storage/live-query.svelte';
import { checkKey, checkRecord, yieldToBrowser, type CheckedState } from './case-checks';

export type CaseSort = 'deadline' | 'updated' | 'title';
/** Value of the "any" choice in the procedure and state filters. */
export const ANY = '*';
/** Checks run in slices of about this many milliseconds, then the list repaints. */
const SLICE_MS = 50;

export interface CaseRowData {
  record: DraftRecord;
  /** The agent's title, else the applicant's name, else '' (shown as "untitled"). */
  title: string;
  /** Null until the first check of this draft has finished. */
  state: CaseState | null;
}

/** The dashboard's state: filters, the live list of drafts and each draft's checked state. */
export class CaseListModel {
  text = $state('');
  procedure = $state(ANY);
  stateFilter = $state(ANY);
  sort = $state<CaseSort>('deadline');
  records = $state.raw<DraftRecord[]>([]);
  total = $state(0);
  loaded = $state(false);
  asOf = $state.raw<Temporal.ZonedDateTime>() as Temporal.ZonedDateTime;
  private states = $state.raw<Record<string, CheckedState>>({});
  private run = 0;

  constructor(
    private readonly drafts: DraftRepository,
    private readonly service: DraftCheckService,
    asOf: Temporal.ZonedDateTime,
    /** Days before the window closes from which a fileable case shows "closes in N days". */
    private readonly soonDays?: number,
  ) {
    this.asOf = asOf;
  }

  // Unchanged rows keep their identity, so one autosave re-renders one row, not all of them.
  private rowCache: Record<string, CaseRowData> = {};

  readonly rows: CaseRowData[] = $derived.by(() => {
    const next: Record<string, CaseRowData> = {};
    const rows = this.records.map((record) => {
      const state = this.states[record.id]?.state ?? null;
      const cached = this.rowCache[record.id];
      const title = record.title.trim() || record.draft.applicant?.name?.trim() || '';
      const same = cached?.state === state && cached.record.updatedAt === record.updatedAt;
      const row = same ? cached : { record, title, state };
      next[record.id] = row;
      return row;
    });
    this.rowCache = next;
    const shown =
      this.stateFilter === ANY ? rows : rows.filter((r) => r.state?.kind === this.stateFilter);
    return shown.sort(this.comparator());
  });

  readonly checking: boolean = $derived(
    this.records.some((r) => this.states[r.id]?.key !== checkKey(r, this.asOf)),
  );

  /** Follows the drafts matching the text and procedure filters; returns the stop function. */
  watch(): () => void {
    const query: DraftQuery = { text: this.text };
    if (this.procedure !== ANY) query.procedure = this.procedure;
    const stopList = follow(this.drafts.live(query), (records) => {
      this.records = records;
      this.loaded = true;
    });
    const stopCount = follow(this.drafts.liveCount(), (n) => (this.total = n));
    return () => {
      stopList();
      stopCount();
    };
  }

  /** Checks every draft that changed since its last check (or every one on a new day). */
  async checkStale(): Promise<void> {
    const run = ++this.run;
    const asOf = this.asOf;
    const stale = this.records.filter((r) => this.states[r.id]?.key !== checkKey(r, asOf));
    let batch: Record<string, CheckedState> = {};
    let sliceStart = performance.now();
    for (const [i, record] of stale.entries()) {
      batch[record.id] = await checkRecord(this.service, record, asOf, this.soonDays);
      if (run !== this.run) return;
      if (performance.now() - sliceStart >= SLICE_MS || i === stale.length - 1) {
        this.states = { ...this.states, ...batch };
        batch = {};
        await yieldToBrowser();
        if (run !== this.run) return;
        sliceStart = performance.now();
      }
    }
  }

  private comparator(): (a: CaseRowData, b: CaseRowData) => number {
    if (this.sort === 'updated') {
      return (a, b) => b.record.updatedAt.localeCompare(a.record.updatedAt);
    }
    if (this.sort === 'title') {
      return (a, b) =>
        a.title.localeCompare(b.title, 'ja') || a.record.id.localeCompare(b.record.id);
    }
    // Unchecked drafts wait at the end until their state is known.
    return (a, b) => {
      if (!a.state || !b.state) return a.state ? -1 : b.state ? 1 : 0;
      return compareByDeadline(
        { state: a.state, title: a.title },
        { state: b.state, title: b.title },
      );
    };
  }
}
