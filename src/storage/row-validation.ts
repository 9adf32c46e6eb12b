import type { ErrorObject } from 'ajv';
import { describeAjvErrors } from '../domain/loading/ajv-messages';
import { DRAFT_DATE_FIELDS } from '../domain/loading/draft-date-fields';
import { precompiled } from '../domain/loading/generated/schema-validators.js';
import { isCalendarDay } from './calendar-text';
import type { RowProblem } from './quarantine-record';
import { problem, shapeProblems } from './row-shape';

/**
 * Everything that keeps a stored or imported row from being used as a case, each with its
 * JSON pointer inside the row: the shape, then the draft against draft.schema.json with the
 * validator generated at build time (no code is compiled at run time) and real dates.
 */
export function rowProblems(row: unknown): RowProblem[] {
  const shape = shapeProblems(row);
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return shape;
  return [...shape, ...draftProblems((row as { draft?: unknown }).draft)];
}

function draftProblems(draft: unknown): RowProblem[] {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) return [];
  const entry = precompiled['draft.schema.json'];
  if (!entry)
    throw new Error('draft.schema.json has no generated validator: run npm run schemas:code');
  const validate = entry[0];
  if (!validate(draft)) {
    return describeAjvErrors((validate.errors ?? []) as ErrorObject[], 'draft', '/draft').map((e) =>
      problem(e.pointer, e.message, e.ja ?? e.message),
    );
  }
  const out: RowProblem[] = [];
  for (const path of DRAFT_DATE_FIELDS) {
    const value = path.reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key],
      draft,
    );
    if (typeof value === 'string' && !isCalendarDay(value)) {
      out.push(
        problem(
          `/draft/${path.join('/')}`,
          `"${value}" is not a calendar date: use YYYY-MM-DD with a real day (e.g. 2026-02-28)`,
          `「${value}」は実在する日付ではありません。YYYY-MM-DD 形式で入力してください（例: 2026-02-28）`,
        ),
      );
    }
  }
  return out;
}
