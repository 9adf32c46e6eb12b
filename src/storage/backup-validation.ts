import type { ErrorObject } from 'ajv';
import { describeAjvErrors } from '../domain/loading/ajv-messages';
import { precompiled } from '../domain/loading/generated/schema-validators.js';
import type { BackupProblem } from './backup-format';
import type { RowProblem } from './quarantine-record';
import { rowProblems } from './row-validation';

/** One entry of a backup's `drafts`: usable when `problems` is empty. */
export interface BackupRow {
  index: number;
  row: unknown;
  problems: RowProblem[];
}

const ROW_FIX = {
  ja: 'この行を直してから、もう一度バックアップとして読み込んでください',
  en: 'Correct this row, then import the file again',
};

const ROW_PATH = /^\/drafts\/(\d+)(\/.*)?$/;

/**
 * Parses a backup file. A file that is not a backup at all (not JSON, another format or
 * version, no `drafts` list) is refused with its problems; otherwise every row is judged on
 * its own, so one broken case no longer keeps the good ones out. Uses the validator
 * generated at build time (no code compiled at run time, so a strict CSP holds).
 */
export function readBackup(text: string): { rows: BackupRow[] } | { problems: BackupProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const reason = (e as Error).message;
    return {
      problems: [
        {
          pointer: '',
          message: {
            ja: `JSONとして読めません（${reason}）`,
            en: `The file is not JSON (${reason})`,
          },
        },
      ],
    };
  }
  const entry = precompiled['backup.schema.json'];
  if (!entry)
    throw new Error('backup.schema.json has no generated validator: run npm run schemas:code');
  const validate = entry[0];
  const errors = validate(data) ? [] : ((validate.errors ?? []) as ErrorObject[]);
  const fileErrors = errors.filter((e) => !ROW_PATH.test(e.instancePath));
  if (fileErrors.length > 0) {
    return {
      problems: describeAjvErrors(fileErrors, 'backup', '').map((e) => ({
        pointer: e.pointer,
        message: { ja: e.ja ?? e.message, en: e.message },
      })),
    };
  }
  const drafts = (data as { drafts: unknown[] }).drafts;
  return {
    rows: drafts.map((row, index) => ({ index, row, problems: problemsOf(row, index, errors) })),
  };
}

/**
 * The row's own checks (draft schema, real dates and instants), then whatever the backup
 * schema adds (id format, unknown fields) where the row checks found nothing already.
 */
function problemsOf(row: unknown, index: number, errors: ErrorObject[]): RowProblem[] {
  const own = rowProblems(row);
  const covered = (pointer: string) =>
    own.some((p) => pointer === p.pointer || pointer.startsWith(p.pointer + '/'));
  const extra: ErrorObject[] = [];
  for (const e of errors) {
    const match = ROW_PATH.exec(e.instancePath);
    if (!match || Number(match[1]) !== index) continue;
    const missing = e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : '';
    if (!covered((match[2] ?? '') + missing)) extra.push(e);
  }
  const prefix = `/drafts/${index}`;
  return [
    ...own,
    ...describeAjvErrors(extra, 'backup', '').map((e) => ({
      pointer: e.pointer.slice(prefix.length),
      message: { ja: e.ja ?? e.message, en: e.message },
      fix: ROW_FIX,
    })),
  ];
}
