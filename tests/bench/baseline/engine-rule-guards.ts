import type { FactTable } from '../../../src/domain/facts/fact-table';
import type { ConditionNode, RuleDef } from '../../../src/domain/model/rule';

// Facts that most rules test first and every draft states early.
const GUARD_FACTS = new Set(['channel', 'procedure']);

interface Guard {
  fact: string;
  allowed: readonly unknown[];
}

const guardCache = new WeakMap<RuleDef, Guard[]>();

/** Literal `equal` / `in` tests on a guard fact at the top level of a rule's `all`. */
function guardsOf(rule: RuleDef): Guard[] {
  let guards = guardCache.get(rule);
  if (guards) return guards;
  const top: ConditionNode[] = 'all' in rule.conditions ? rule.conditions.all : [rule.conditions];
  guards = top.flatMap((node): Guard[] => {
    if (!('fact' in node) || !GUARD_FACTS.has(node.fact)) return [];
    if (node.operator === 'equal' && typeof node.value !== 'object') {
      return [{ fact: node.fact, allowed: [node.value] }];
    }
    if (node.operator === 'in' && Array.isArray(node.value)) {
      return [{ fact: node.fact, allowed: node.value }];
    }
    return [];
  });
  guardCache.set(rule, guards);
  return guards;
}

/**
 * False when a guard already fails for this draft (an online-only rule for a counter
 * filing): such a rule cannot hold, so the engine need not run it. json-rules-engine
 * clones every rule's conditions on each run, so fewer rules is most of its cost.
 */
export function couldHold(rule: RuleDef, facts: FactTable): boolean {
  return guardsOf(rule).every(
    (g) => !facts.isKnown(g.fact) || g.allowed.includes(facts.values[g.fact]),
  );
}
