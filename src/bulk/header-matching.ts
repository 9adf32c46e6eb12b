import type { Vocabulary } from '../domain/model/vocabulary';
import { columnLetter, normalizeText, type BulkIssue } from './bulk-issue';
import { cellConverter } from './cell-converter';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns';
import type { BoundColumn } from './row-to-draft';

/** Headers compare without case, spacing, "_", "・", "*" or a trailing hint in brackets. */
export function normalizeHeader(header: string): string {
  return normalizeText(header.normalize('NFKC').replace(/\(.*?\)|\[.*?\]|[*※・:]/g, '')).replace(
    /\s+/g,
    '',
  );
}

const BY_HEADER = new Map<string, CsvColumn>(
  CSV_COLUMNS.flatMap((c) =>
    [c.key, c.ja, ...c.aliases].map((h) => [normalizeHeader(h), c] as [string, CsvColumn]),
  ),
);

export interface HeaderBinding {
  columns: BoundColumn[];
  /** Layout columns the file does not have: their fields stay empty. */
  missing: CsvColumn[];
  /** Unknown and repeated headers; these columns are ignored. */
  warnings: BulkIssue[];
}

export function matchHeaders(
  headers: string[],
  row: number,
  vocabulary: Vocabulary,
): HeaderBinding {
  const columns: BoundColumn[] = [];
  const warnings: BulkIssue[] = [];
  headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const place = { row, column: columnLetter(index), header, value: null };
    const column = BY_HEADER.get(normalizeHeader(header));
    if (!column) {
      warnings.push({
        ...place,
        key: null,
        problem: {
          ja: `列「${header}」は様式にない列のため読み込みません`,
          en: `Column "${header}" is not part of the layout and is ignored`,
        },
        fix: {
          ja: '読み込む場合は「列と入力できる値」にある見出しに直してください',
          en: 'To import it, rename it to a header listed under "Columns and accepted values"',
        },
      });
      return;
    }
    const first = columns.find((b) => b.column === column);
    if (first) {
      warnings.push({
        ...place,
        key: column.key,
        problem: {
          ja: `列「${header}」は列${columnLetter(first.index)}と同じ項目のため読み込みません`,
          en: `Column "${header}" repeats column ${columnLetter(first.index)} and is ignored`,
        },
        fix: { ja: 'どちらか一方の列を削除してください', en: 'Delete one of the two columns' },
      });
      return;
    }
    columns.push({ index, header, column, convert: cellConverter(column, vocabulary) });
  });
  const missing = CSV_COLUMNS.filter((c) => !columns.some((b) => b.column === c));
  return { columns, missing, warnings };
}
