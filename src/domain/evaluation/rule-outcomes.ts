import type { RuleResult } from 'json-rules-engine';
import type { FactTable } from '../facts/fact-table';
import type { ConditionOutcome } from '../model/report';
import type { RuleDef } from '../model/rule';
import { outcomeOf, type EvaluatedNode } from './three-valued';

export interface RuleOutcome {
  rule: RuleDef;
  outcome: ConditionOutcome;
  conditions: EvaluatedNode;
  /** Draft pointers whose answer would decide an undecided rule (policy "ask" only). */
  asks: string[];
}

/** Pairs every rule in force with its three-valued outcome for this draft. */
export function ruleOutcomes(
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
    return { rule, outcome, conditions, asks: [...new Set(asks)] };
  });
}

/**
 * The leaves whose answer could still change the outcome: a branch that is already decided
 * (an `any` with a true member, an `all` with a false one) asks for nothing.
 */
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
