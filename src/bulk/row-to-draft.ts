import type { Draft } from '../domain/model/draft';
import { columnLetter, type BulkIssue } from './bulk-issue';
import type { CellConverter } from './cell-converter';
import type { CsvColumn } from './csv-columns';

/** A recognised column of the file: where it is and how its cells are read. */
export interface BoundColumn {
  index: number;
  header: string;
  column: CsvColumn;
  convert: CellConverter;
}

export interface RowDraft {
  draft: Draft;
  title: string | null;
  issues: BulkIssue[];
}

/** One spreadsheet row into a draft; each cell that cannot be read becomes an issue at its place. */
export function rowToDraft(record: string[], row: number, columns: BoundColumn[]): RowDraft {
  const draft: Record<string, unknown> = {};
  const issues: BulkIssue[] = [];
  let title: string | null = null;
  for (const bound of columns) {
    const raw = record[bound.index] ?? '';
    if (raw.trim() === '') continue;
    const result = bound.convert(raw);
    if (!result.ok) {
      issues.push({
        row,
        column: columnLetter(bound.index),
        header: bound.header,
        key: bound.column.key,
        value: raw,
        ...result.error,
      });
      continue;
    }
    if (result.value === undefined) continue;
    if (bound.column.path === null) title = String(result.value);
    else setPath(draft, bound.column.path, result.value);
  }
  return { draft: draft as Draft, title, issues };
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node = (node[key] ??= {}) as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}
