import { Engine, type Almanac, type RuleResult } from 'json-rules-engine';
import type { FactTable } from '../../../src/domain/facts/fact-table';
import type { ConditionNode, RuleDef } from '../../../src/domain/model/rule';
import { CUSTOM_OPERATORS } from '../../../src/domain/operators/operator-catalogue';
import type { OperatorDef } from '../../../src/domain/operators/operator-def';
import { outcomeOf, type EvaluatedNode } from './engine-three-valued';
import { applyReceiptExclusion } from '../../../src/domain/facts/receipt-facts';

/** Run-time fact carrying the draft's FactTable, so effect handlers can judge unknowns. */
export const FACT_TABLE = '$factTable';

/** Rules with effects run first (priority 10) so that checks see what they changed. */
export function priorityOf(rule: RuleDef): number {
  return rule.priority ?? (rule.effects ? 10 : 1);
}

/**
 * One json-rules-engine Engine for a set of rules. The only effect other rules can see is
 * a narrowed receipt-method list, applied to the almanac when a rule definitely holds.
 */
export function createEngine(
  rules: readonly RuleDef[],
  operators: readonly OperatorDef[] = CUSTOM_OPERATORS,
): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const op of operators) engine.addOperator(op.name, op.evaluate);
  for (const rule of rules) {
    engine.addRule({
      name: rule.id,
      priority: priorityOf(rule),
      conditions: asTopLevel(rule.conditions) as never,
      event: { type: rule.id },
      onSuccess: rule.effects?.excludeReceiptMethods
        ? (_event: unknown, almanac: Almanac, result: RuleResult) =>
            applyExclusion(rule, almanac, result)
        : undefined,
    });
  }
  return engine;
}

/** json-rules-engine wants all/any/not at the root; rule files may also use a single leaf. */
function asTopLevel(conditions: ConditionNode): ConditionNode {
  return 'fact' in conditions ? { all: [conditions] } : conditions;
}

async function applyExclusion(rule: RuleDef, almanac: Almanac, result: RuleResult): Promise<void> {
  const facts = (await almanac.factValue(FACT_TABLE)) as FactTable;
  if (outcomeOf(result.conditions as EvaluatedNode, facts) !== true) return;
  applyReceiptExclusion(facts, rule.effects!.excludeReceiptMethods!, rule.title);
  for (const name of ['receiptMethodsAllowed', 'receiptMethodExclusions']) {
    if (facts.isKnown(name)) almanac.addFact(name, facts.values[name]);
  }
}

/** Engines keyed by the ids of the rules in force, shared by every as-of date with that set. */
export class EngineCache {
  private readonly engines = new Map<string, Engine>();

  constructor(private readonly operators: readonly OperatorDef[] = CUSTOM_OPERATORS) {}

  get(rules: readonly RuleDef[]): Engine {
    const key = rules.map((r) => r.id).join('\n');
    let engine = this.engines.get(key);
    if (!engine) this.engines.set(key, (engine = createEngine(rules, this.operators)));
    return engine;
  }
}

/** Every fact value, those shared through the table's prototype (parameters) included. */
export function allFactValues(facts: FactTable): Record<string, unknown> {
  const all: Record<string, unknown> = {};
  for (const name in facts.values) all[name] = facts.values[name];
  return all;
}
