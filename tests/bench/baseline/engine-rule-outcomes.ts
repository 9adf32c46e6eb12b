import type { RuleResult } from 'json-rules-engine';
import type { FactTable } from '../../../src/domain/facts/fact-table';
import type { RuleDef } from '../../../src/domain/model/rule';
import type { RuleOutcome } from '../../../src/domain/evaluation/rule-outcomes';
import { leafOutcome, leaves, outcomeOf, type EvaluatedNode } from './engine-three-valued';

/**
 * The previous path's second pass: every json-rules-engine result re-judged with Kleene's
 * logic over the annotated condition copy the engine returns, in the outcome shape the
 * report assembly reads today.
 */
export function engineRuleOutcomes(
  rules: readonly RuleDef[],
  results: readonly RuleResult[],
  facts: FactTable,
): RuleOutcome[] {
  const byId = new Map(results.map((r) => [r.name as string, r]));
  return rules.map((rule) => {
    const conditions = (byId.get(rule.id)?.conditions ?? rule.conditions) as EvaluatedNode;
    const outcome = outcomeOf(conditions, facts);
    const asks =
      outcome === 'unknown'
        ? undecidedLeaves(conditions, facts).flatMap((leaf) => askedPointers(leaf, facts))
        : [];
    return {
      rule,
      outcome,
      leaves: leaves(conditions).map((leaf) => ({
        fact: leaf.fact ?? '',
        operator: leaf.operator ?? '',
        value: leaf.value,
        outcome: leafOutcome(leaf, facts),
      })),
      asks: [...new Set(asks)],
    };
  });
}

function undecidedLeaves(node: EvaluatedNode, facts: FactTable): EvaluatedNode[] {
  if (outcomeOf(node, facts) !== 'unknown') return [];
  const children = node.all ?? node.any ?? (node.not ? [node.not] : undefined);
  if (!children) return [node];
  return children.flatMap((child) => undecidedLeaves(child, facts));
}

function askedPointers(leaf: EvaluatedNode, facts: FactTable): string[] {
  const names = [leaf.fact, (leaf.value as { fact?: string } | null)?.fact];
  return names.flatMap((name) => {
    const u = name ? facts.unknown.get(name) : undefined;
    return u?.policy === 'ask' ? u.pointers : [];
  });
}
