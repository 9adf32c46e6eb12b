/** RFC 6901 JSON pointers over plain JSON, with copy-on-write updates for edit history. */

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function getAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const key of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Returns a copy of `doc` with the value at `pointer` replaced; only the objects on the
 * path are copied, so unchanged branches keep their identity (cheap diffing, undo).
 * `undefined` removes the key (or the array item).
 */
export function setAt(doc: unknown, pointer: string, value: unknown): unknown {
  return setPath(doc, parsePointer(pointer), value);
}

function setPath(node: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string, ...string[]];
  if (Array.isArray(node)) {
    const copy = [...node];
    const index = key === '-' ? copy.length : Number(key);
    const next = setPath(copy[index], rest, value);
    if (next === undefined && rest.length === 0) copy.splice(index, 1);
    else copy[index] = next;
    return copy;
  }
  const copy: Record<string, unknown> = { ...((node as Record<string, unknown>) ?? {}) };
  const next = setPath(copy[key], rest, value);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}
