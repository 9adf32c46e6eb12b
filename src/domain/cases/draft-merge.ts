/**
 * Three-way merge of two edits of one case made from the same saved version (two tabs, or
 * an editor that was typing while another tab saved). Plain objects merge key by key, so a
 * channel set in one tab and a title set in the other both survive; anything else — text,
 * numbers, lists such as the attachments — is one value: when both sides changed it to
 * different things, that is a conflict the user decides, never a silent overwrite.
 */

/** A field both sides changed differently; `pointer` is an RFC 6901 JSON pointer. */
export interface MergeConflict {
  pointer: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult<T> {
  /** Both sides' changes; where they conflict, `theirs` (what is already saved) is kept. */
  merged: T;
  conflicts: MergeConflict[];
}

export function mergeThreeWay<T>(base: T, mine: T, theirs: T): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = mergeNode(base, mine, theirs, '', conflicts) as T;
  return { merged, conflicts };
}

/** Escapes one object key for a JSON pointer (RFC 6901 §3). */
export function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function mergeNode(
  base: unknown,
  mine: unknown,
  theirs: unknown,
  pointer: string,
  conflicts: MergeConflict[],
): unknown {
  if (sameValue(mine, theirs)) return mine;
  if (sameValue(base, mine)) return theirs;
  if (sameValue(base, theirs)) return mine;
  // Both sides changed inside one object: look one level deeper. A missing object counts as
  // empty, since the editor drops an object once its last field is cleared.
  if ([base, mine, theirs].every(isObjectOrNothing)) {
    const [from, left, right] = [asObject(base), asObject(mine), asObject(theirs)];
    const out: Record<string, unknown> = {};
    const keys = new Set([...Object.keys(from), ...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys) {
      const value = mergeNode(
        from[key],
        left[key],
        right[key],
        `${pointer}/${pointerSegment(key)}`,
        conflicts,
      );
      if (value !== undefined) out[key] = value;
    }
    const dropped = mine === undefined || theirs === undefined;
    return dropped && Object.keys(out).length === 0 ? undefined : out;
  }
  conflicts.push({ pointer, base, mine, theirs });
  return theirs;
}

/** Structural equality of JSON-like values; a missing key equals an undefined one. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key], b[key])) return false;
    return true;
  }
  return false;
}

function asObject(value: unknown): Record<string, unknown> {
  return (value ?? {}) as Record<string, unknown>;
}

function isObjectOrNothing(value: unknown): boolean {
  return value === undefined || isPlainObject(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
