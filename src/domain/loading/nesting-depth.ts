import { pointerJoin, type RuleFileError } from './rule-file-error';

/**
 * Conditions may nest at most this many levels (all/any/not count one each, a leaf one).
 * The shipped rules need 4; the limit leaves room for policy staff while keeping the schema
 * validator and the evaluator, both recursive, far from the engine's stack limit.
 */
export const MAX_CONDITION_DEPTH = 32;

/** Any JSON file deeper than this is refused before a recursive validator sees it. */
export const MAX_JSON_DEPTH = 100;

/**
 * The pointer of the first node deeper than `limit` (the root is depth 1), found without
 * recursion so a pathological file cannot overflow the stack here either.
 */
export function firstTooDeep(json: unknown, limit: number, base = ''): string | undefined {
  const stack: [unknown, string, number][] = [[json, base, 1]];
  while (stack.length > 0) {
    const [node, pointer, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return pointer;
    for (const [key, child] of Object.entries(node)) {
      stack.push([child, pointerJoin(pointer, key), depth + 1]);
    }
  }
  return undefined;
}

/** Condition levels from `node` down (all/any/not/leaf), iteratively; -1 when deeper than `limit`. */
export function conditionDepth(node: unknown, limit = MAX_CONDITION_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[node, 1]];
  while (stack.length > 0) {
    const [n, depth] = stack.pop()!;
    if (n === null || typeof n !== 'object') continue;
    if (depth > limit) return -1;
    deepest = Math.max(deepest, depth);
    const o = n as Record<string, unknown>;
    for (const key of ['all', 'any'] as const) {
      if (Array.isArray(o[key])) for (const c of o[key] as unknown[]) stack.push([c, depth + 1]);
    }
    if ('not' in o) stack.push([o.not, depth + 1]);
  }
  return deepest;
}

/** Errors for rules whose conditions nest past MAX_CONDITION_DEPTH, at each rule's conditions. */
export function conditionDepthErrors(file: string, json: unknown): RuleFileError[] {
  const rules = (json as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule, i) =>
    conditionDepth((rule as { conditions?: unknown } | null)?.conditions) < 0
      ? [
          {
            file,
            pointer: pointerJoin('', 'rules', i, 'conditions'),
            message: `conditions nest deeper than ${MAX_CONDITION_DEPTH} levels (all/any/not): flatten them, e.g. join nested "all" groups into one`,
            ja: `条件の入れ子が ${MAX_CONDITION_DEPTH} 段を超えています（all/any/not）。入れ子の "all" を一つにまとめるなどして浅くしてください`,
          },
        ]
      : [],
  );
}

/** An error when any node of the file is deeper than MAX_JSON_DEPTH; no validator sees such a file. */
export function jsonDepthError(file: string, json: unknown): RuleFileError | undefined {
  const deep = firstTooDeep(json, MAX_JSON_DEPTH);
  if (deep === undefined) return undefined;
  return {
    file,
    pointer: deep,
    message: `nested deeper than ${MAX_JSON_DEPTH} levels: no rule file needs this; flatten the structure`,
    ja: `入れ子が ${MAX_JSON_DEPTH} 段を超えています。構造を浅くしてください`,
  };
}
