import Papa from 'papaparse';
import { validateDraft } from '../domain/loading/draft-validation';
import type { SchemaValidator } from '../domain/loading/schema-validator';
import type { Draft } from '../domain/model/draft';
import type { Vocabulary } from '../domain/model/vocabulary';
import { columnLetter, type BulkIssue } from './bulk-issue';
import { excessCells, noHeader, tooManyRows, unclosedQuote } from './file-issues';
import type { CsvEncoding } from './decode-csv';
import { matchHeaders } from './header-matching';
import { rowToDraft } from './row-to-draft';
import { schemaIssues } from './schema-issues';

export interface ParsedRow {
  /** Spreadsheet row number. */
  row: number;
  /** The case, or null when the row has errors (it is then not imported). */
  draft: Draft | null;
  /** From the 案件名 / title column, when the row has one. */
  title: string | null;
  /** What could be read from the row, to name invalid rows too (name, procedure). */
  partial: Draft;
  errors: BulkIssue[];
}

export interface BulkParseResult {
  encoding: CsvEncoding | null;
  headerRow: number | null;
  /** Recognised columns: letter, header as written and layout key. */
  columns: { letter: string; header: string; key: string }[];
  /** Layout keys the file lacks (their fields stay empty and the check may ask for them). */
  missing: string[];
  /** Problems that stop the whole file (no header found, unreadable text). */
  fileErrors: BulkIssue[];
  /** Ignored columns and other things worth knowing; nothing is lost by them. */
  warnings: BulkIssue[];
  rows: ParsedRow[];
}

export interface ParseContext {
  vocabulary: Vocabulary;
  validator: SchemaValidator;
}

/** Checking takes a few ms a row; beyond this a file is better split (and the tab stays usable). */
export const MAX_ROWS = 10_000;

const isBlank = (record: string[]) => record.every((cell) => cell.trim() === '');

/** Reads CSV text: one row per case, each cell checked; rows with errors are kept apart. */
export function parseCasesCsv(
  text: string,
  context: ParseContext,
  encoding: CsvEncoding | null = null,
): BulkParseResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t'],
  });
  const records = parsed.data;
  const result: BulkParseResult = {
    encoding,
    headerRow: null,
    columns: [],
    missing: [],
    fileErrors: [],
    warnings: [],
    rows: [],
  };
  const headerIndex = records.findIndex((r) => !isBlank(r));
  const binding =
    headerIndex < 0
      ? null
      : matchHeaders(records[headerIndex]!, headerIndex + 1, context.vocabulary);
  if (!binding || binding.columns.length === 0) {
    result.fileErrors.push(noHeader(headerIndex < 0 ? null : headerIndex + 1));
    return result;
  }
  const headers = records[headerIndex]!;
  result.headerRow = headerIndex + 1;
  const dataRows = records.slice(headerIndex + 1).filter((r) => !isBlank(r)).length;
  if (dataRows > MAX_ROWS) {
    result.fileErrors.push(tooManyRows(dataRows, MAX_ROWS));
    return result;
  }
  result.columns = binding.columns.map((b) => ({
    letter: columnLetter(b.index),
    header: b.header,
    key: b.column.key,
  }));
  result.missing = binding.missing.map((c) => c.key);
  result.warnings.push(...binding.warnings);
  const quoteErrors = new Set(parsed.errors.filter((e) => e.type === 'Quotes').map((e) => e.row));

  records.forEach((record, index) => {
    if (index <= headerIndex || isBlank(record)) return;
    const row = index + 1;
    const { draft, title, issues } = rowToDraft(record, row, binding.columns);
    if (quoteErrors.has(index)) issues.push(unclosedQuote(row));
    const extra = record.slice(headers.length).findIndex((c) => c.trim() !== '');
    if (extra >= 0)
      issues.push(excessCells(row, headers.length + extra, record[headers.length + extra]!));
    if (issues.length === 0)
      issues.push(
        ...schemaIssues(
          validateDraft(context.validator, draft, `row ${row}`),
          record,
          row,
          binding.columns,
        ),
      );
    result.rows.push({
      row,
      draft: issues.length === 0 ? draft : null,
      partial: draft,
      title,
      errors: issues,
    });
  });
  return result;
}
