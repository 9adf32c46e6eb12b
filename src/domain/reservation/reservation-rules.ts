import { leaves, valueFactRef } from '../evaluation/three-valued';
import { isInForce } from '../evaluation/rules-in-force';
import type { RuleDef, RuleSet } from '../model/rule';
import { isCaseFact } from './reservation-fact-catalogue';

export interface ScopedRules {
  /** Rules about the request as a whole, run once. */
  request: RuleDef[];
  /** Rules reading a case field, run once per case of the booking. */
  perCase: RuleDef[];
}

/** A rule is a case rule when any of its conditions reads a case fact. */
export function isCaseRule(rule: RuleDef): boolean {
  return leaves(rule.conditions).some((leaf) => {
    const ref = valueFactRef(leaf.value);
    return isCaseFact(leaf.fact) || (ref !== undefined && isCaseFact(ref));
  });
}

/** The reservation set's rules in force on `date`, split by what they are evaluated for. */
export function scopedRulesInForce(set: RuleSet | undefined, date: string): ScopedRules {
  const rules = (set?.rules ?? []).filter((r) => isInForce(r, date));
  return {
    request: rules.filter((r) => !isCaseRule(r)),
    perCase: rules.filter((r) => isCaseRule(r)),
  };
}
