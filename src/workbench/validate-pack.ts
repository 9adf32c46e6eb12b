import { checkRulePack, type RuleFiles } from '../domain/loading/check-rule-pack';
import { splitSchemas } from '../domain/loading/pack-schemas';
import type { RuleFileError } from '../domain/loading/rule-file-error';
import type { RulePack } from '../domain/model/rule-pack';
import { shippedRuleFiles } from '../services/shipped-rules';

export type PackValidation = { ok: true; pack: RulePack } | { ok: false; errors: RuleFileError[] };

let app: Record<string, object> | undefined;
/** The schemas built into the app: every pack is validated against these, never its own. */
export function appSchemas(): Record<string, object> {
  return (app ??= splitSchemas(shippedRuleFiles()));
}

/**
 * The same loader as `npm run rules:check`, so the workbench names every problem with the
 * same file and JSON pointer as the command line.
 */
export function validatePack(
  files: RuleFiles,
  schemas: Record<string, object> = appSchemas(),
): PackValidation {
  try {
    const { pack, errors } = checkRulePack(files, { schemas });
    return errors.length === 0 ? { ok: true, pack } : { ok: false, errors };
  } catch (e) {
    return { ok: false, errors: [{ file: 'rules/', pointer: '', message: String(e) }] };
  }
}

/** Errors of one file, for showing them next to the form that edits it. */
export function errorsIn(
  errors: readonly RuleFileError[],
  file: string,
  pointer = '',
): RuleFileError[] {
  return errors.filter(
    (e) => e.file === file && (e.pointer === pointer || e.pointer.startsWith(pointer + '/')),
  );
}
