import type { Localized } from '../domain/model/localized';

/**
 * One problem found in a CSV file, placed as a spreadsheet shows it: row number (1 = first
 * line) and column letter + header. `problem` says what is wrong, `fix` what to type instead.
 */
export interface BulkIssue {
  /** Spreadsheet row number; null for a problem with the whole file. */
  row: number | null;
  /** Column letter (A, B, …, AA); null when the problem is not in one cell. */
  column: string | null;
  /** The header as written in the file. */
  header: string | null;
  /** Layout key of the column (docs/csv-format.md), when it is a known column. */
  key: string | null;
  value: string | null;
  problem: Localized;
  fix: Localized;
}

/** Problems found in a cell's value, before the cell's place in the file is known. */
export interface CellProblem {
  problem: Localized;
  fix: Localized;
}

/** Converted value, or the problem that stopped the conversion. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; error: CellProblem };

export const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
export const fail = <T>(problem: Localized, fix: Localized): CellResult<T> => ({
  ok: false,
  error: { problem, fix },
});

/** A = 0, Z = 25, AA = 26: the letters a spreadsheet puts above each column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export { normalizeText } from '../domain/input/typed-text';
