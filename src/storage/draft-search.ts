import type { DraftRecord } from './draft-record';

/** What the case list asks for: free text and a procedure; both optional. */
export interface DraftQuery {
  /** Words matched (all of them, any order) against title, applicant name and procedure. */
  text?: string;
  /** Procedure id from the vocabulary; '' means "no procedure chosen yet". */
  procedure?: string;
}

/** Extra words a procedure id is known by (its Japanese and English names). */
export type ProcedureNames = (procedure: string) => readonly string[];

/** Full-width letters, case and spacing must not decide whether a case is found. */
export function normalizeSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function searchWords(text: string | undefined): string[] {
  const normalized = normalizeSearch(text ?? '');
  return normalized === '' ? [] : normalized.split(' ');
}

export function searchableText(record: DraftRecord, names: ProcedureNames): string {
  const procedure = record.draft.procedure ?? '';
  const parts = [record.title, record.draft.applicant?.name ?? '', procedure];
  if (procedure) parts.push(...names(procedure));
  return normalizeSearch(parts.join(' '));
}

export function matchesWords(record: DraftRecord, words: string[], names: ProcedureNames): boolean {
  if (words.length === 0) return true;
  const haystack = searchableText(record, names);
  return words.every((word) => haystack.includes(word));
}
