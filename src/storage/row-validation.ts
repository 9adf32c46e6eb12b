import type { ErrorObject } from 'ajv';
import { describeAjvErrors } from '../domain/loading/ajv-messages';
import { DRAFT_DATE_FIELDS } from '../domain/loading/draft-date-fields';
import { precompiled } from '../domain/loading/generated/schema-validators.js';
import type { Localized } from '../domain/model/localized';
import { RECORD_SCHEMA_VERSION } from './draft-record';
import type { RowProblem } from './quarantine-record';
import { isCalendarDay, isInstant } from './calendar-text';

// How to repair any field: the quarantine screen exports the rows as a backup file.
const EDIT_AND_IMPORT: Localized = {
  ja: '隔離データをJSONに書き出し、この項目を直すか削除してから、バックアップとして読み込んでください',
  en: 'Export the set-aside rows as JSON, correct or remove this field, then import the file as a backup',
};

const problem = (pointer: string, en: string, ja: string, fix = EDIT_AND_IMPORT): RowProblem => ({
  pointer,
  message: { ja, en },
  fix,
});

/**
 * Everything that keeps a stored or imported row from being used as a case, each with its
 * JSON pointer inside the row. The draft is checked with the generated standalone
 * validator of draft.schema.json (no code is compiled at run time).
 */
export function rowProblems(row: unknown): RowProblem[] {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return [problem('', 'the row is not an object', '行がオブジェクトではありません')];
  }
  const r = row as Record<string, unknown>;
  const out: RowProblem[] = [];
  if (typeof r.id !== 'string' || r.id === '') {
    out.push(problem('/id', 'id must be non-empty text', 'id は空でない文字列にしてください'));
  }
  if (typeof r.title !== 'string') {
    out.push(
      problem(
        '/title',
        'title must be text ("" for none)',
        'title は文字列にしてください（なければ ""）',
      ),
    );
  }
  for (const key of ['createdAt', 'updatedAt'] as const) {
    const value = r[key];
    if (typeof value !== 'string' || !isInstant(value)) {
      out.push(
        problem(
          `/${key}`,
          `${key} ${JSON.stringify(value)} is not a date and time in UTC (e.g. 2026-11-23T01:00:00Z)`,
          `${key} ${JSON.stringify(value)} は日時ではありません（例: 2026-11-23T01:00:00Z）`,
        ),
      );
    }
  }
  const version = r.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    out.push(
      problem(
        '/schemaVersion',
        'schemaVersion must be a whole number',
        'schemaVersion は整数にしてください',
      ),
    );
  } else if (version > RECORD_SCHEMA_VERSION) {
    out.push(
      problem(
        '/schemaVersion',
        `written by a newer version of the app (${version})`,
        `新しい版のアプリで作られたデータです（${version}）`,
        {
          ja: 'アプリを更新してから、書き出したJSONをバックアップとして読み込んでください',
          en: 'Update the app, then import the exported JSON as a backup',
        },
      ),
    );
  }
  out.push(...draftProblems(r.draft));
  return out;
}

function draftProblems(draft: unknown): RowProblem[] {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) {
    return [
      problem(
        '/draft',
        'draft must be an object ({} for an empty case)',
        'draft はオブジェクトにしてください（空の案件は {}）',
      ),
    ];
  }
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
