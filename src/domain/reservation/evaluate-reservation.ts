import type { RuleOutcome } from '../evaluation/rule-outcomes';
import type { ProgramCache } from '../evaluation/rule-program';
import type { FactTable } from '../facts/fact-table';
import type { RuleDef } from '../model/rule';

export interface ScopedOutcome extends RuleOutcome {
  facts: FactTable;
  /** Index of the booking case the outcome is about; undefined for request rules. */
  caseIndex?: number;
}

/** Judges reservation rules with the compiled three-valued evaluator the checker uses. */
export function evaluateRules(
  programs: ProgramCache,
  rules: readonly RuleDef[],
  facts: FactTable,
  caseIndex?: number,
): ScopedOutcome[] {
  if (rules.length === 0) return [];
  return programs
    .get(rules)
    .run(facts)
    .map((o) => ({
      rule: o.rule,
      outcome: o.outcome,
      leaves: o.leaves,
      asks: o.asks,
      facts,
      ...(caseIndex === undefined ? {} : { caseIndex }),
    }));
}
