import type { Draft } from '../model/draft';
import { DRAFT_DATE_FIELDS } from './draft-date-fields';
import { isValidIsoDate } from '../time/tokyo-time';
import type { RuleFileError } from './rule-file-error';
import type { SchemaValidator } from './schema-validator';

/**
 * A draft is checked against draft.schema.json; every error names the field by its JSON
 * pointer. The schema's date pattern lets 2026-02-30 through, so real dates are checked too.
 */
export function validateDraft(
  validator: SchemaValidator,
  draft: unknown,
  file: string,
  basePointer = '',
): RuleFileError[] {
  const errors = validator.validate('draft.schema.json', draft, file, basePointer);
  if (errors.length > 0) return errors;
  for (const path of DRAFT_DATE_FIELDS) {
    const value = path.reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key],
      draft,
    );
    if (typeof value === 'string' && !isValidIsoDate(value)) {
      errors.push({
        file,
        pointer: `${basePointer}/${path.join('/')}`,
        message: `"${value}" is not a calendar date: use YYYY-MM-DD with a real day (e.g. 2026-02-28)`,
        ja: `「${value}」は実在する日付ではありません。YYYY-MM-DD 形式で入力してください（例: 2026-02-28）`,
      });
    }
  }
  return errors;
}

export function asDraft(value: unknown): Draft {
  return value as Draft;
}
