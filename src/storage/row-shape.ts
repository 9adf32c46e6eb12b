import type { Localized } from '../domain/model/localized';
import { isInstant } from './calendar-text';
import { RECORD_SCHEMA_VERSION } from './draft-record';
import type { RowProblem } from './quarantine-record';

// How to repair any field: the quarantine screen exports the rows as a backup file.
const EDIT_AND_IMPORT: Localized = {
  ja: '隔離データをJSONに書き出し、この項目を直すか削除してから、バックアップとして読み込んでください',
  en: 'Export the set-aside rows as JSON, correct or remove this field, then import the file as a backup',
};

export const problem = (
  pointer: string,
  en: string,
  ja: string,
  fix = EDIT_AND_IMPORT,
): RowProblem => ({
  pointer,
  message: { ja, en },
  fix,
});

/**
 * What would break a screen outright: not an object, no id or title, instants that are not
 * instants, a record from a newer app, a draft that is not an object. Cheap and free of the
 * schema validators, so it runs on every open before the first screen reads.
 */
export function shapeProblems(row: unknown): RowProblem[] {
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
  if (typeof r.draft !== 'object' || r.draft === null || Array.isArray(r.draft)) {
    out.push(
      problem(
        '/draft',
        'draft must be an object ({} for an empty case)',
        'draft はオブジェクトにしてください（空の案件は {}）',
      ),
    );
  }
  return out;
}
