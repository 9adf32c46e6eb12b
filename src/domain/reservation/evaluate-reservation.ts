import { EngineCache, FACT_TABLE } from '../evaluation/engine-factory';
import { ruleOutcomes, type RuleOutcome } from '../evaluation/rule-outcomes';
import type { FactTable } from '../facts/fact-table';
import type { RuleDef } from '../model/rule';

export interface ScopedOutcome extends RuleOutcome {
  facts: FactTable;
  /** Index of the booking case the outcome is about; undefined for request rules. */
  caseIndex?: number;
}

/** Runs rules through json-rules-engine and judges each with the three-valued logic. */
export async function evaluateRules(
  engines: EngineCache,
  rules: readonly RuleDef[],
  facts: FactTable,
  caseIndex?: number,
): Promise<ScopedOutcome[]> {
  if (rules.length === 0) return [];
  const { results, failureResults } = await engines
    .get(rules)
    .run({ ...facts.values, [FACT_TABLE]: facts });
  return ruleOutcomes(rules, [...results, ...failureResults], facts).map((o) => ({
    ...o,
    facts,
    ...(caseIndex === undefined ? {} : { caseIndex }),
  }));
}
