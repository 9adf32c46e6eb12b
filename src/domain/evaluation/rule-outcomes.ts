import type { RuleResult } from 'json-rules-engine';
import type { FactTable } from '../facts/fact-table';
import type { ConditionOutcome } from '../model/report';
import type { RuleDef } from '../model/rule';
import { leafOutcome, leaves, outcomeOf, type EvaluatedNode } from './three-valued';

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
        ? leaves(conditions)
            .filter((leaf) => leafOutcome(leaf, facts) === 'unknown')
            .flatMap((leaf) => askedPointers(leaf, facts))
        : [];
    return { rule, outcome, conditions, asks: [...new Set(asks)] };
  });
}

function askedPointers(leaf: EvaluatedNode, facts: FactTable): string[] {
  const names = [leaf.fact, (leaf.value as { fact?: string } | null)?.fact];
  return names.flatMap((name) => {
    const u = name ? facts.unknown.get(name) : undefined;
    return u?.policy === 'ask' ? u.pointers : [];
  });
}
