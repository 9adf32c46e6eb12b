import type { RuleDef, RuleSet } from '../model/rule';

/** A rule is in force from `from` to `until`, both inclusive; null leaves that end open. */
export function isInForce(rule: RuleDef, date: string): boolean {
  const { from, until } = rule.effective;
  return (from === null || from <= date) && (until === null || date <= until);
}

export function rulesInForce(ruleSets: readonly RuleSet[], date: string): RuleDef[] {
  return ruleSets.flatMap((set) => set.rules.filter((r) => isInForce(r, date)));
}
