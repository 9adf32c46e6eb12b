import type { RuleFiles } from './check-rule-pack';
import { classifyRuleFile } from './rule-file-layout';
import type { RuleFileError } from './rule-file-error';

/** The rules/schema/*.schema.json files of a pack, keyed by schema id. */
export function splitSchemas(files: RuleFiles): Record<string, object> {
  const schemas: Record<string, object> = {};
  for (const [path, json] of Object.entries(files)) {
    const k = classifyRuleFile(path);
    if (k.kind === 'schema') schemas[k.id] = json as object;
  }
  return schemas;
}

/**
 * Schemas come from the app: a pack that carries different ones would otherwise choose what
 * counts as valid. Identical copies (a pack exported with its schemas) are accepted.
 */
export function schemaFileErrors(
  own: Record<string, object>,
  app: Record<string, object>,
): RuleFileError[] {
  return Object.entries(own)
    .filter(([id, schema]) => JSON.stringify(schema) !== JSON.stringify(app[id]))
    .map(([id]) => ({
      file: `rules/schema/${id}`,
      pointer: '',
      message: `differs from the app's schema: a rule pack cannot replace rules/schema/*; remove this file from the pack (the app's own schemas are used)`,
      ja: `アプリのスキーマと異なります。ルールパックで rules/schema/* を置き換えることはできません。このファイルをパックから除いてください（アプリのスキーマが使われます）`,
    }));
}
