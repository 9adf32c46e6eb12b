import type { RuleFiles } from '../domain/loading/load-rule-pack';
import { classifyRuleFile } from '../domain/loading/rule-file-layout';
import type { DatedValue } from '../domain/model/parameter';
import type { RuleDef } from '../domain/model/rule';
import { toPointer } from './json-pointer';

export interface RuleLocation {
  file: string;
  /** Pointer of the rule inside its file, e.g. /rules/3. */
  pointer: string;
  rule: RuleDef;
}

export interface ParameterLocation {
  file: string;
  pointer: string;
  values: Record<string, DatedValue>;
}

/** Where a rule lives in the (possibly edited) files, found by its stable id. */
export function locateRule(files: RuleFiles, id: string): RuleLocation | undefined {
  for (const [file, json] of Object.entries(files)) {
    if (classifyRuleFile(file).kind !== 'rule-set') continue;
    const rules = (json as { rules?: RuleDef[] }).rules ?? [];
    const index = rules.findIndex((r) => r?.id === id);
    if (index >= 0) return { file, pointer: `/rules/${index}`, rule: rules[index]! };
  }
  return undefined;
}

export function locateParameter(files: RuleFiles, name: string): ParameterLocation | undefined {
  for (const [file, json] of Object.entries(files)) {
    if (classifyRuleFile(file).kind !== 'parameters') continue;
    const def = (json as { parameters?: Record<string, { values?: Record<string, DatedValue> }> })
      .parameters?.[name];
    if (def) return { file, pointer: toPointer(['parameters', name]), values: def.values ?? {} };
  }
  return undefined;
}

/** Paths in the order rules/ lists them, so exports and diffs read like the folder. */
export function sortedPaths(files: RuleFiles): string[] {
  return Object.keys(files).sort();
}
