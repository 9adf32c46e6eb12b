/** What a file under rules/ is, decided by its path alone. */
export type RuleFileKind =
  | { kind: 'schema'; id: string }
  | { kind: 'pack' }
  | { kind: 'sources' }
  | { kind: 'vocabulary' }
  | { kind: 'calendar' }
  | { kind: 'rule-set'; set: string }
  | { kind: 'parameters'; set: string }
  | { kind: 'cases'; set: string }
  | { kind: 'unknown' };

/**
 * rules/
 *   pack.json, sources.json, vocabulary.json, schema/*.schema.json, calendar/closures.json
 *   <set>/rules.json, <set>/parameters.json, <set>/cases/*.json
 */
export function classifyRuleFile(path: string): RuleFileKind {
  const parts = path.replace(/^\.?\/?/, '').split('/');
  if (parts[0] !== 'rules') return { kind: 'unknown' };
  const [, first, second, third] = parts;
  if (parts.length === 2) {
    if (first === 'pack.json') return { kind: 'pack' };
    if (first === 'sources.json') return { kind: 'sources' };
    if (first === 'vocabulary.json') return { kind: 'vocabulary' };
    return { kind: 'unknown' };
  }
  if (first === 'schema' && parts.length === 3) return { kind: 'schema', id: second! };
  if (first === 'calendar' && second === 'closures.json') return { kind: 'calendar' };
  if (!first || first === 'schema' || first === 'calendar') return { kind: 'unknown' };
  if (parts.length === 3 && second === 'rules.json') return { kind: 'rule-set', set: first };
  if (parts.length === 3 && second === 'parameters.json') return { kind: 'parameters', set: first };
  if (parts.length === 4 && second === 'cases' && third?.endsWith('.json')) {
    return { kind: 'cases', set: first };
  }
  return { kind: 'unknown' };
}
