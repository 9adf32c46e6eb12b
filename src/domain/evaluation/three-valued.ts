import type { ConditionLeaf, ConditionNode } from '../model/rule';
import type { ConditionOutcome } from '../model/report';

/**
 * What the evaluator needs to know about a fact: its value and whether it is unknown.
 * A draft's FactTable is one; the workbench's "known on this day" map is another.
 */
export interface FactSource {
  get(name: string): unknown;
  isUnknown(name: string): boolean;
}

export function valueFactRef(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'fact' in value) {
    const ref = (value as { fact: unknown }).fact;
    return typeof ref === 'string' ? ref : undefined;
  }
  return undefined;
}

/** Kleene's `and`: false settles it, otherwise any unknown leaves it unknown. */
export function kleeneAll(outcomes: readonly ConditionOutcome[]): ConditionOutcome {
  return combine(outcomes, false);
}

/** Kleene's `or`: true settles it, otherwise any unknown leaves it unknown. */
export function kleeneAny(outcomes: readonly ConditionOutcome[]): ConditionOutcome {
  return combine(outcomes, true);
}

export function kleeneNot(outcome: ConditionOutcome): ConditionOutcome {
  return outcome === 'unknown' ? outcome : !outcome;
}

/** `decisive` is the value that settles the group: true for any, false for all. */
function combine(outcomes: readonly ConditionOutcome[], decisive: boolean): ConditionOutcome {
  if (outcomes.includes(decisive)) return decisive;
  if (outcomes.includes('unknown')) return 'unknown';
  return !decisive;
}

/** The comparisons of a condition tree, left to right. */
export function leaves(node: ConditionNode): ConditionLeaf[] {
  if ('all' in node) return node.all.flatMap(leaves);
  if ('any' in node) return node.any.flatMap(leaves);
  if ('not' in node) return leaves(node.not);
  return [node];
}
