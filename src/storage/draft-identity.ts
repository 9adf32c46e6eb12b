import type { Draft } from '../domain/model/draft';
import { normalizeSearch } from './draft-search';

/**
 * Who and what a draft is about: applicant name, birth date, nationality and procedure.
 * Two drafts with the same identity are probably the same case entered twice (an import
 * run again); without a name and a birth date nothing can be said, so there is none.
 */
export function draftIdentity(draft: Draft): string | null {
  const name = normalizeSearch(draft.applicant?.name ?? '');
  const birth = draft.applicant?.birthDate ?? '';
  if (name === '' || birth === '') return null;
  return [name, birth, draft.applicant?.nationality ?? '', draft.procedure ?? ''].join('|');
}

/** Indexes of the rows whose identity matches one of the kept cases. */
export function possibleDuplicates(
  rows: readonly { draft: Draft }[],
  existing: ReadonlySet<string>,
): number[] {
  return rows.flatMap((row, i) => {
    const id = draftIdentity(row.draft);
    return id !== null && existing.has(id) ? [i] : [];
  });
}
