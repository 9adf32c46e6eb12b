import { deadlineSortKey } from '../../domain/cases-dashboard/case-order';
import type { CaseState } from '../../domain/cases-dashboard/case-state';
import type { DraftRecord } from '../../storage/draft-record';
import { searchWords } from '../../storage/draft-search';

export interface CaseRowData {
  record: DraftRecord;
  /** The agent's title, else the applicant's name, else '' (shown as "untitled"). */
  title: string;
  /** Null until the first check of this draft has finished. */
  state: CaseState | null;
  /** Normalised title, name and procedure names, for the search box. */
  haystack: string;
  /** Plain string order by nearest deadline; unchecked drafts last. */
  deadlineKey: string;
}

export type CaseSort = 'deadline' | 'updated' | 'title';
/** Value of the "any" choice in the procedure and state filters. */
export const ANY = '*';

export interface CaseFilter {
  text: string;
  procedure: string;
  state: string;
  sort: CaseSort;
}

// '\uffff' sorts after every deadline key, so drafts still being checked wait at the end.
const UNCHECKED = '\uffff';
const collator = new Intl.Collator('ja');

/**
 * The row of a draft, rebuilt only when the draft or its state changed, so one save or one
 * checked batch costs a few rows, not ten thousand: search text and sort key are computed
 * once per row here, and filtering and sorting then compare plain strings.
 */
export function caseRow(
  record: DraftRecord,
  state: CaseState | null,
  searchable: (record: DraftRecord) => string,
  previous?: CaseRowData,
): CaseRowData {
  // The live query hands new objects on every write: a save is recognised by its instant.
  const same = previous?.record.id === record.id && previous.record.updatedAt === record.updatedAt;
  if (same && previous!.state === state) return previous!;
  const title = same
    ? previous!.title
    : record.title.trim() || record.draft.applicant?.name?.trim() || '';
  const haystack = same ? previous!.haystack : searchable(record);
  if (same) record = previous!.record;
  const deadlineKey = state ? deadlineSortKey(state, title) : `${UNCHECKED}|${title}`;
  return { record, title, state, haystack, deadlineKey };
}

/** The rows the filters let through, in the chosen order. */
export function filterRows(rows: readonly CaseRowData[], filter: CaseFilter): CaseRowData[] {
  const words = searchWords(filter.text);
  const shown = rows.filter(
    (row) =>
      (filter.procedure === ANY || (row.record.draft.procedure ?? '') === filter.procedure) &&
      (filter.state === ANY || row.state?.kind === filter.state) &&
      words.every((word) => row.haystack.includes(word)),
  );
  return shown.sort(comparator(filter.sort));
}

function comparator(sort: CaseSort): (a: CaseRowData, b: CaseRowData) => number {
  if (sort === 'updated') {
    return (a, b) => cmp(b.record.updatedAt, a.record.updatedAt);
  }
  if (sort === 'title') {
    return (a, b) => collator.compare(a.title, b.title) || cmp(a.record.id, b.record.id);
  }
  return (a, b) => cmp(a.deadlineKey, b.deadlineKey) || cmp(a.record.id, b.record.id);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
