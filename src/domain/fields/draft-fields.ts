import type { Vocabulary } from '../model/vocabulary';
import type { QuestionField } from '../questions/question-field';
import { CASE_FIELD_DECLARATIONS } from './case-field-declarations';
import type { CsvCell, DraftField } from './draft-field';
import { PERSON_FIELD_DECLARATIONS } from './person-field-declarations';

/** Every draft field, in the order the editor asks for them. */
export const DRAFT_FIELDS: readonly DraftField[] = [
  ...CASE_FIELD_DECLARATIONS,
  ...PERSON_FIELD_DECLARATIONS,
];

export const FIELD_BY_POINTER: ReadonlyMap<string, DraftField> = new Map(
  DRAFT_FIELDS.map((f) => [f.pointer, f]),
);

/** The editor's question for a field. */
export function questionOf(field: DraftField): QuestionField {
  const q = field.question;
  return {
    pointer: field.pointer,
    kind: q.kind,
    label: field.label,
    group: q.group,
    options: q.options ?? (field.list ? { list: field.list } : undefined),
    applies: q.applies,
    askAlways: q.askAlways ?? (() => true),
  };
}

/** How a CSV cell of the field is read: as declared, else from its list or type. */
export function csvCellOf(field: DraftField): CsvCell {
  if (field.csv.cell) return field.csv.cell;
  if (field.list) return { vocabulary: field.list };
  return field.type === 'string' || field.type === 'list' ? 'text' : field.type;
}

/** The vocabulary list of each fact that holds ids, as the draft fields declare them. */
export function factVocabulary(): Record<string, keyof Vocabulary> {
  return Object.fromEntries(
    DRAFT_FIELDS.flatMap((f) => (f.fact && f.list ? [[f.fact, f.list]] : [])),
  );
}
