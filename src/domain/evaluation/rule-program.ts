import type { FactTable } from '../facts/fact-table';
import { applyReceiptExclusion } from '../facts/receipt-facts';
import type { RuleDef } from '../model/rule';
import { compileCondition, type CompiledCondition } from './compiled-condition';
import { JudgedRule, type RuleOutcome } from './rule-outcomes';

/** Rules with effects run first (priority 10) so that checks see what they changed. */
export function priorityOf(rule: RuleDef): number {
  return rule.priority ?? (rule.effects ? 10 : 1);
}

interface Member {
  rule: RuleDef;
  /** Position in the rule list, which is the order of the outcomes. */
  index: number;
  compiled: CompiledCondition;
}

interface Stage {
  members: Member[];
  /** Members whose effect narrows the receipt methods when they hold. */
  narrowing: Member[];
  /** True when no later stage changes a fact, so explanations may be built lazily. */
  settled: boolean;
}

/**
 * A set of rules compiled once, judged per draft in an explicit order: stages by priority,
 * highest first; after each stage the effects of its rules that surely hold are applied, so
 * later stages see the narrowed receipt methods. An unknown rule never narrows anything.
 */
export class RuleProgram {
  private readonly stages: Stage[];

  constructor(readonly rules: readonly RuleDef[]) {
    const byPriority = new Map<number, Member[]>();
    rules.forEach((rule, index) => {
      const p = priorityOf(rule);
      const members = byPriority.get(p) ?? [];
      members.push({ rule, index, compiled: compileCondition(rule.conditions) });
      byPriority.set(p, members);
    });
    this.stages = [...byPriority.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, members]) => ({
        members,
        narrowing: members.filter((m) => m.rule.effects?.excludeReceiptMethods?.length),
        settled: true,
      }));
    let lastNarrowing = -1;
    this.stages.forEach((s, i) => {
      if (s.narrowing.length > 0) lastNarrowing = i;
    });
    this.stages.forEach((s, i) => (s.settled = i > lastNarrowing));
  }

  /** Every rule's outcome, in the order of `rules`. Narrows `facts` as effects apply. */
  run(facts: FactTable): RuleOutcome[] {
    const outcomes = new Array<RuleOutcome>(this.rules.length);
    for (const stage of this.stages) {
      for (const { rule, index, compiled } of stage.members) {
        const outcome = compiled.root.judge(facts);
        outcomes[index] = new JudgedRule(rule, outcome, compiled, facts, stage.settled);
      }
      for (const { rule, index } of stage.narrowing) {
        if (outcomes[index]!.outcome === true) {
          applyReceiptExclusion(facts, rule.effects!.excludeReceiptMethods!, rule.title);
        }
      }
    }
    return outcomes;
  }
}

/** Programs keyed by the ids of the rules in force, shared by every date with that set. */
export class ProgramCache {
  private readonly programs = new Map<string, RuleProgram>();

  get(rules: readonly RuleDef[]): RuleProgram {
    const key = rules.map((r) => r.id).join('\n');
    let program = this.programs.get(key);
    if (!program) this.programs.set(key, (program = new RuleProgram(rules)));
    return program;
  }
}
