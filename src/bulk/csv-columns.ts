import type { CsvCell } from '../domain/fields/draft-field';
import { csvCellOf, DRAFT_FIELDS } from '../domain/fields/draft-fields';

/** How a cell's text becomes a draft value. */
export type CellKind = CsvCell;

export interface CsvColumn {
  /** Stable key, also the English header of the template. */
  key: string;
  /** Japanese header of the template. */
  ja: string;
  /** Other headers people write for the same column (matched after normalisation). */
  aliases: string[];
  /** Where the value goes in the draft; null for columns that are not draft fields (title). */
  path: string[] | null;
  kind: CellKind;
}

// The template's column order (docs/csv-format.md): who files, the person, then the case.
const TEMPLATE_ORDER = [
  'filer_category',
  'credential_kind',
  'credential_number',
  'credential_expires',
  'applicant_name',
  'birth_date',
  'nationality',
  'status',
  'period_of_stay',
  'stay_expires',
  'procedure',
  'with_procedures',
  'reentry_kind',
  'target_status',
  'grounds_date',
  'event_date',
  'channel',
  'bureau',
  'receipt_method',
  'new_kanji_name_request',
  'permission_by_passport_stamp',
  'applicant_unable_through_illness',
  'reference_form9_attached',
];

const TITLE: CsvColumn = {
  key: 'title',
  ja: '案件名',
  path: null,
  kind: 'text',
  aliases: ['case title', 'case', '件名'],
};

function columnOf(key: string): CsvColumn {
  const field = DRAFT_FIELDS.find((f) => f.csv.key === key);
  if (!field) throw new Error(`no draft field declares the CSV column ${key}`);
  return {
    key,
    ja: field.csv.ja,
    path: field.pointer.split('/').slice(1),
    kind: csvCellOf(field),
    aliases: field.csv.aliases ?? [],
  };
}

/**
 * The documented layout (docs/csv-format.md), in template order, from the draft fields'
 * declarations (src/domain/fields). One row is one case; every column is optional, so a
 * file may carry only the columns a company keeps.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [TITLE, ...TEMPLATE_ORDER.map(columnOf)];

/** The column a draft field's JSON pointer belongs to (for schema errors and needed inputs). */
export function columnForPointer(pointer: string): CsvColumn | undefined {
  const segments = pointer.split('/').filter(Boolean);
  return CSV_COLUMNS.find(
    (c) =>
      c.path !== null &&
      c.path.length <= segments.length &&
      c.path.every((s, i) => segments[i] === s),
  );
}

export function columnHeader(column: CsvColumn, lang: 'ja' | 'en'): string {
  return lang === 'ja' ? column.ja : column.key;
}
