import type { Temporal } from '@js-temporal/polyfill';
import { INPUT_FACTS } from '../../../src/domain/facts/input-facts';
import type { Draft } from '../../../src/domain/model/draft';
import type { Random } from './random';
import { sampleAt, setAt, type Pools } from './value-pools';

/** Every field of a draft that a rule can read, by pointer, plus the inspected files. */
function fieldPointers(): string[] {
  return [...INPUT_FACTS.map((f) => f.pointer), '/attachments', '/photo'];
}

/** A draft with every field given, drawn from the vocabulary and the date pools. */
export function completeDraft(random: Random, pools: Pools): Draft {
  const draft: Record<string, unknown> = {};
  for (const pointer of fieldPointers()) setAt(draft, pointer, sampleAt(pointer, random, pools));
  return draft as Draft;
}

/** The same draft with one to three fields left out, as a half-written case has them. */
export function partialDraft(random: Random, complete: Draft): { draft: Draft; removed: string[] } {
  const draft = structuredClone(complete) as Record<string, unknown>;
  const pointers = fieldPointers();
  const removed = new Set<string>();
  const count = random.int(1, 3);
  while (removed.size < count) removed.add(random.pick(pointers));
  for (const pointer of removed) {
    const keys = pointer.split('/').slice(1);
    let node: Record<string, unknown> | undefined = draft;
    for (const key of keys.slice(0, -1)) node = node?.[key] as Record<string, unknown> | undefined;
    if (node) delete node[keys.at(-1)!];
  }
  return { draft: draft as Draft, removed: [...removed] };
}

/** One way the user could fill in every field the draft leaves out. */
export function completion(
  random: Random,
  draft: Draft,
  missing: readonly string[],
  pools: Pools,
): Draft {
  const filled = structuredClone(draft) as Record<string, unknown>;
  for (const pointer of missing) setAt(filled, pointer, sampleAt(pointer, random, pools));
  return filled as Draft;
}

/**
 * Pointers of the answers this draft still lacks (policy "ask"). Fields with a default are
 * answered by it, and what is checked later (files, the receipt method) is not an answer:
 * facts such as "a receipt method is chosen" describe the draft as it is.
 */
export function missingAnswers(draft: Draft): string[] {
  return INPUT_FACTS.filter((f) => f.missing === 'ask' && f.read(draft) === undefined).map(
    (f) => f.pointer,
  );
}

export type { Temporal };
