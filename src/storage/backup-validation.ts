import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { describeAjvErrors } from '../domain/loading/ajv-messages';
import { precompiled } from '../domain/loading/generated/schema-validators.js';
import { schemaFingerprint } from '../domain/loading/schema-fingerprint';
import backupSchema from '../../rules/schema/backup.schema.json';
import type { Backup, BackupProblem } from './backup-format';
import { RECORD_SCHEMA_VERSION } from './draft-record';

let compiled: ValidateFunction | undefined;

// The validator generated at build time (no code compiled at run time, so a strict
// Content-Security-Policy holds); Ajv only if the schema no longer matches the generated one.
function validator(): ValidateFunction {
  const entry = precompiled['backup.schema.json'];
  if (entry && entry[1] === schemaFingerprint(backupSchema)) return entry[0];
  return (compiled ??= new Ajv2020({ allErrors: true, strict: false }).compile(backupSchema));
}

/** Parses and validates a backup file; every problem names its JSON pointer. */
export function readBackup(text: string): { backup: Backup } | { problems: BackupProblem[] } {
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
  const validate = validator();
  if (!validate(data)) {
    const errors = describeAjvErrors((validate.errors ?? []) as ErrorObject[], 'backup', '');
    return {
      problems: errors.map((e) => ({
        pointer: e.pointer,
        message: { ja: e.ja ?? e.message, en: e.message },
      })),
    };
  }
  const backup = data as Backup;
  const problems = semanticProblems(backup);
  return problems.length > 0 ? { problems } : { backup };
}

/** What a schema cannot say: ids are unique, and no record comes from a newer app. */
function semanticProblems(backup: Backup): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const seen = new Map<string, number>();
  backup.drafts.forEach((record, index) => {
    const first = seen.get(record.id);
    if (first !== undefined) {
      problems.push({
        pointer: `/drafts/${index}/id`,
        message: {
          ja: `ID ${record.id} は /drafts/${first} と重複しています`,
          en: `id ${record.id} is also used by /drafts/${first}`,
        },
      });
    } else seen.set(record.id, index);
    if (record.schemaVersion > RECORD_SCHEMA_VERSION) {
      problems.push({
        pointer: `/drafts/${index}/schemaVersion`,
        message: {
          ja: `新しい版のアプリで作られたデータです（${record.schemaVersion}）。アプリを更新してから読み込んでください`,
          en: `written by a newer version of the app (${record.schemaVersion}); update the app, then import again`,
        },
      });
    }
  });
  return problems;
}
