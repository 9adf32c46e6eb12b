import { conditionDepthErrors, jsonDepthError } from './nesting-depth';
import type { RuleFileError } from './rule-file-error';
import type { SchemaId, SchemaValidator } from './schema-validator';

/**
 * Schema errors of a file, after the depth limits that keep the recursive validator safe
 * (a condition nested 10⁵ deep overflowed the stack inside Ajv's generated code).
 * `validated` is false when the file was too deep to hand to the validator at all.
 */
export function guardedSchemaErrors(
  validator: SchemaValidator,
  id: SchemaId,
  path: string,
  json: unknown,
): { found: RuleFileError[]; validated: boolean } {
  const deepRules = id === 'rule-set.schema.json' ? conditionDepthErrors(path, json) : [];
  // Too-deep conditions are reported and stood in for, so the file's other rules are still validated.
  const shallow = deepRules.length > 0 ? withLeafConditions(json, deepRules) : json;
  const tooDeep = jsonDepthError(path, shallow);
  if (tooDeep) return { found: [...deepRules, tooDeep], validated: false };
  return { found: [...deepRules, ...validator.validate(id, shallow, path)], validated: true };
}

/** A copy whose too-deep rules hold a one-leaf condition in their place. */
function withLeafConditions(json: unknown, deep: readonly RuleFileError[]): unknown {
  const doc = json as { rules: Record<string, unknown>[] };
  const at = new Set(deep.map((e) => Number(e.pointer.split('/')[2])));
  const leaf = { fact: 'channel', operator: 'equal', value: 'online' };
  return { ...doc, rules: doc.rules.map((r, i) => (at.has(i) ? { ...r, conditions: leaf } : r)) };
}

const REQUIRED = [
  'rules/pack.json',
  'rules/vocabulary.json',
  'rules/calendar/closures.json',
  'rules/sources.json',
];

/** The files no pack can be used without. */
export function missingFiles(files: Record<string, unknown>): RuleFileError[] {
  return REQUIRED.filter((path) => !(path in files)).map((file) => ({
    file,
    pointer: '',
    message: 'missing: the rule pack cannot be used without it',
    ja: 'ありません。このファイルがないとルールパックは使えません',
  }));
}
