import { loadRulePack, type RuleFiles } from '../domain/loading/load-rule-pack';
import { RulePackError, type RuleFileError } from '../domain/loading/rule-file-error';
import type { RulePack } from '../domain/model/rule-pack';

export type PackValidation = { ok: true; pack: RulePack } | { ok: false; errors: RuleFileError[] };

/**
 * The same loader as `npm run rules:check`, so the workbench names every problem with the
 * same file and JSON pointer as the command line.
 */
export function validatePack(files: RuleFiles): PackValidation {
  try {
    return { ok: true, pack: loadRulePack(files) };
  } catch (e) {
    if (e instanceof RulePackError) return { ok: false, errors: e.errors };
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
