import { mergeThreeWay, sameValue, type MergeConflict } from '../domain/cases/draft-merge';
import type { Draft } from '../domain/model/draft';
import type { DraftRecord } from './draft-record';

/** What an editor changes in a case; the rest of the record is the app's bookkeeping. */
export interface DraftContent {
  title: string;
  draft: Draft;
  formState?: unknown;
}

export interface SaveOutcome {
  /** The record as stored after the save (unchanged when there was nothing new to write). */
  record: DraftRecord;
  /** Fields both sides changed differently; pointers into DraftContent (/title, /draft/…). */
  conflicts: MergeConflict[];
}

export function contentOf(record: DraftContent): DraftContent {
  return {
    title: record.title,
    draft: record.draft,
    ...(record.formState === undefined ? {} : { formState: record.formState }),
  };
}

export function sameContent(a: DraftContent, b: DraftContent): boolean {
  return sameValue(contentOf(a), contentOf(b));
}

/** Three-way merge of two editors' content; conflicting fields keep `theirs`. */
export function mergeContent(
  base: DraftContent,
  mine: DraftContent,
  theirs: DraftContent,
): { content: DraftContent; conflicts: MergeConflict[] } {
  const { merged, conflicts } = mergeThreeWay(contentOf(base), contentOf(mine), contentOf(theirs));
  // The merge drops an object emptied on one side; a case always has a draft and a title.
  return {
    content: { ...merged, title: merged.title ?? '', draft: merged.draft ?? {} },
    conflicts,
  };
}

/** The next revision of `stored`, holding `content`. */
export function withContent(stored: DraftRecord, content: DraftContent, now: string): DraftRecord {
  const { formState: _old, ...rest } = stored;
  void _old;
  return {
    ...rest,
    ...contentOf(content),
    updatedAt: now,
    revision: stored.revision + 1,
  };
}
