/** A problem in a rule file or a draft: where (file + JSON pointer) and what to do about it. */
export interface RuleFileError {
  file: string;
  pointer: string;
  /** English; `ja` carries the Japanese text where one exists. */
  message: string;
  ja?: string;
}

export function formatRuleFileError(error: RuleFileError): string {
  return `${error.file}#${error.pointer || '/'}: ${error.message}`;
}

/** Thrown when a rule pack cannot be used; carries every error found, not just the first. */
export class RulePackError extends Error {
  readonly errors: RuleFileError[];

  constructor(errors: RuleFileError[]) {
    super(
      `${errors.length} error(s) in the rule files:\n` +
        errors.map((e) => `  ${formatRuleFileError(e)}`).join('\n'),
    );
    this.name = 'RulePackError';
    this.errors = errors;
  }
}

/** JSON pointer segment escaping (RFC 6901). */
export function pointerJoin(base: string, ...segments: (string | number)[]): string {
  return (
    base + segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
  );
}
