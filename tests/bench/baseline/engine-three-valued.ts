import type { ConditionOutcome } from '../../../src/domain/model/report';
import type { FactTable } from '../../../src/domain/facts/fact-table';

/** A condition node as json-rules-engine returns it in a rule result, leaves annotated. */
export interface EvaluatedNode {
  all?: EvaluatedNode[];
  any?: EvaluatedNode[];
  not?: EvaluatedNode;
  fact?: string;
  operator?: string;
  value?: unknown;
  result?: boolean;
  factResult?: unknown;
  valueResult?: unknown;
}

export function valueFactRef(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'fact' in value) {
    const ref = (value as { fact: unknown }).fact;
    return typeof ref === 'string' ? ref : undefined;
  }
  return undefined;
}

/**
 * json-rules-engine is two-valued: with an undefined fact `notIn` holds and `in` fails.
 * A leaf that reads an unknown fact is therefore "unknown" here, and the tree is combined
 * with Kleene's logic, so a missing answer never passes or blocks silently.
 */
export function leafOutcome(leaf: EvaluatedNode, facts: FactTable): ConditionOutcome {
  const ref = valueFactRef(leaf.value);
  if (leaf.fact && facts.unknown.has(leaf.fact)) return 'unknown';
  if (ref && facts.unknown.has(ref)) return 'unknown';
  return leaf.result === undefined ? 'unknown' : leaf.result;
}

export function outcomeOf(node: EvaluatedNode, facts: FactTable): ConditionOutcome {
  if (node.all)
    return combine(
      node.all.map((n) => outcomeOf(n, facts)),
      false,
    );
  if (node.any)
    return combine(
      node.any.map((n) => outcomeOf(n, facts)),
      true,
    );
  if (node.not) {
    const inner = outcomeOf(node.not, facts);
    return inner === 'unknown' ? inner : !inner;
  }
  return leafOutcome(node, facts);
}

/** `decisive` is the value that settles the group: true for any, false for all. */
function combine(outcomes: ConditionOutcome[], decisive: boolean): ConditionOutcome {
  if (outcomes.includes(decisive)) return decisive;
  if (outcomes.includes('unknown')) return 'unknown';
  return !decisive;
}

export function leaves(node: EvaluatedNode): EvaluatedNode[] {
  if (node.all) return node.all.flatMap(leaves);
  if (node.any) return node.any.flatMap(leaves);
  if (node.not) return leaves(node.not);
  return [node];
}
