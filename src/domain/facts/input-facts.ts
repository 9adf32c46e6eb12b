import type { Draft } from '../model/draft';
import { DRAFT_FIELDS } from '../fields/draft-fields';
import type { Localized } from '../model/localized';

/**
 * What happens when a draft leaves a field empty:
 * - ask: a rule that depends on it cannot decide, so the verdict is needs_input
 * - default: the field has a natural empty value (no companions, flag not set)
 * - not_checked: filled in later (files the app inspects, the receipt method chosen at
 *   filing); until then rules that depend on it stay silent instead of blocking
 */
export type MissingPolicy = 'ask' | 'default' | 'not_checked';

export interface InputFact {
  name: string;
  pointer: string;
  label: Localized;
  type: 'string' | 'date' | 'duration' | 'list' | 'boolean';
  missing: MissingPolicy;
  read: (draft: Draft) => unknown;
  fallback?: unknown;
}

/** Reads the value at a pointer; the keys are split once, since it runs for every draft. */
function readerOf(pointer: string): (draft: Draft) => unknown {
  const keys = pointer.split('/').slice(1);
  return (draft) => {
    let node: unknown = draft;
    for (const key of keys) {
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  };
}

/** The draft fields rules read, from their declarations (src/domain/fields). */
export const INPUT_FACTS: readonly InputFact[] = DRAFT_FIELDS.flatMap((f): InputFact[] =>
  f.fact
    ? [
        {
          name: f.fact,
          pointer: f.pointer,
          label: f.label,
          type: f.type,
          missing: f.missing ?? 'ask',
          read: readerOf(f.pointer),
          ...(f.fallback !== undefined ? { fallback: f.fallback } : {}),
        },
      ]
    : [],
);

export const INPUT_BY_POINTER: ReadonlyMap<string, InputFact> = new Map(
  INPUT_FACTS.map((f) => [f.pointer, f]),
);
