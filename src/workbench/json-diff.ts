import { toPointer } from './json-pointer';

export interface JsonChange {
  pointer: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Arrays of rules or terms are matched by id, so inserting one rule is one change, not many. */
function idKeyed(list: unknown[]): Map<string, number> | undefined {
  const ids = new Map<string, number>();
  for (const [i, item] of list.entries()) {
    const id = isObject(item) ? item.id : undefined;
    if (typeof id !== 'string' || ids.has(id)) return undefined;
    ids.set(id, i);
  }
  return ids;
}

/** Changes from `before` to `after` as JSON pointers into `after` (into `before` for removals). */
export function jsonDiff(
  before: unknown,
  after: unknown,
  path: (string | number)[] = [],
): JsonChange[] {
  if (before === after) return [];
  const pointer = toPointer(path);
  if (Array.isArray(before) && Array.isArray(after)) {
    const a = idKeyed(before);
    const b = idKeyed(after);
    if (a && b) {
      const out: JsonChange[] = [];
      for (const [id, i] of b) {
        const j = a.get(id);
        if (j === undefined)
          out.push({ pointer: toPointer([...path, i]), kind: 'added', after: after[i] });
        else out.push(...jsonDiff(before[j], after[i], [...path, i]));
      }
      for (const [id, j] of a) {
        if (!b.has(id))
          out.push({ pointer: toPointer([...path, j]), kind: 'removed', before: before[j] });
      }
      return out;
    }
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return [{ pointer, kind: 'changed', before, after }];
  }
  if (isObject(before) && isObject(after)) {
    const out: JsonChange[] = [];
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!(key in after))
        out.push({ pointer: toPointer([...path, key]), kind: 'removed', before: before[key] });
      else if (!(key in before))
        out.push({ pointer: toPointer([...path, key]), kind: 'added', after: after[key] });
      else out.push(...jsonDiff(before[key], after[key], [...path, key]));
    }
    return out;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ pointer, kind: 'changed', before, after }];
}
