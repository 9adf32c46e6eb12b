/** Reading and writing a draft field by its JSON pointer (RFC 6901, plain object keys only). */

const segments = (pointer: string): string[] =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

export function valueAt(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const key of segments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A field counts as answered when it holds something other than nothing or an empty list. */
export function hasValueAt(doc: unknown, pointer: string): boolean {
  const value = valueAt(doc, pointer);
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/**
 * A copy of `doc` with the field set; `undefined` removes it, and objects left empty by the
 * removal go too, so the draft never carries `{"filer": {}}` leftovers.
 */
export function withValueAt<T extends object>(doc: T, pointer: string, value: unknown): T {
  const keys = segments(pointer);
  return setIn(doc as Record<string, unknown>, keys, value) as T;
}

function setIn(node: Record<string, unknown>, keys: string[], value: unknown): object {
  const [key, ...rest] = keys;
  if (key === undefined) return node;
  const copy: Record<string, unknown> = { ...node };
  const next =
    rest.length === 0
      ? value
      : setIn((isObject(copy[key]) ? copy[key] : {}) as Record<string, unknown>, rest, value);
  if (next === undefined || (isObject(next) && Object.keys(next).length === 0)) delete copy[key];
  else copy[key] = next;
  return copy;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
