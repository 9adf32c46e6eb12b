import type { RuleFileError } from '../domain/loading/rule-file-error';
import { columnLetter, type BulkIssue } from './bulk-issue';
import { columnForPointer } from './csv-columns';
import type { BoundColumn } from './row-to-draft';

/** The draft schema's errors, placed back in the cell the value came from. */
export function schemaIssues(
  errors: RuleFileError[],
  record: string[],
  row: number,
  columns: BoundColumn[],
): BulkIssue[] {
  return errors.map((error) => {
    const column = columnForPointer(error.pointer);
    const bound = column && columns.find((b) => b.column === column);
    return {
      row,
      column: bound ? columnLetter(bound.index) : null,
      header: bound?.header ?? null,
      key: column?.key ?? null,
      value: bound ? (record[bound.index] ?? '') : null,
      problem: { ja: error.ja ?? error.message, en: error.message },
      fix: {
        ja: 'このセルの値を「列と入力できる値」の説明に合わせて直してください',
        en: 'Correct this cell as described under "Columns and accepted values"',
      },
    };
  });
}
