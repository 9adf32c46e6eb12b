import { INPUT_BY_POINTER } from '../facts/input-facts';
import type { Lang } from '../model/localized';
import type { NeededInput, NeedPurpose, Verdict } from '../model/report';
import type { RuleOutcome } from './rule-outcomes';

const RANK: Record<NeedPurpose, number> = { verdict: 0, fee: 1, checklist: 2 };

/**
 * What an undecided rule waits for: a block rule waits for the verdict, a rule that adds
 * checklist items for the checklist, a rule reading the fee for the fee. Other rules (info
 * and warnings) do not make an answer needed.
 */
function purposeOf(o: RuleOutcome): NeedPurpose | undefined {
  if (o.rule.severity === 'block') return 'verdict';
  if (o.rule.effects?.checklist?.length) return 'checklist';
  if (o.leaves.some((l) => l.fact === 'feeYen')) return 'fee';
  return undefined;
}

/**
 * Every answer still missing, with what it is needed for. The verdict waits only when it is
 * needs_input (a blocked case stays blocked whatever the answer); the fee and checklist
 * answers are listed whatever the verdict, so a fee-only question never holds up a case.
 * A field needed for several purposes is listed once, for the most important one.
 */
export function neededInputs(
  outcomes: readonly RuleOutcome[],
  verdict: Verdict,
  lang: Lang,
): NeededInput[] {
  const byField = new Map<string, NeededInput>();
  for (const o of outcomes) {
    if (o.outcome !== 'unknown' || o.asks.length === 0) continue;
    const purpose = purposeOf(o);
    if (!purpose || (purpose === 'verdict' && verdict !== 'needs_input')) continue;
    for (const field of o.asks) {
      const need = byField.get(field);
      if (!need) {
        const label = INPUT_BY_POINTER.get(field)?.label[lang] ?? field;
        byField.set(field, { field, label, for: purpose, rules: [o.rule.id] });
        continue;
      }
      if (RANK[purpose] < RANK[need.for]) need.for = purpose;
      if (!need.rules.includes(o.rule.id)) need.rules.push(o.rule.id);
    }
  }
  return [...byField.values()].sort((a, b) => RANK[a.for] - RANK[b.for]);
}

/** The needs that decide whether the case can be filed: what lists and counts show. */
export const verdictNeeds = (needs: readonly NeededInput[]): NeededInput[] =>
  needs.filter((n) => n.for === 'verdict');
