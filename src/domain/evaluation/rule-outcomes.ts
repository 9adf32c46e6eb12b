import type { FactTable } from '../facts/fact-table';
import type { ConditionOutcome } from '../model/report';
import type { RuleDef } from '../model/rule';
import { undecidedLeaves, type CompiledCondition } from './compiled-condition';

/** One comparison of a rule as judged for a draft; explain() adds the values from the facts. */
export interface LeafResult {
  fact: string;
  operator: string;
  /** The value as written in the rule: a literal or `{ "fact": … }`. */
  value: unknown;
  outcome: ConditionOutcome;
}

export interface RuleOutcome {
  rule: RuleDef;
  outcome: ConditionOutcome;
  leaves: readonly LeafResult[];
  /** Draft pointers whose answer would decide an undecided rule (policy "ask" only). */
  asks: string[];
}

/**
 * A rule's outcome for one draft. The per-leaf results and the fields asked for are what
 * explanations and needs read; most rules are never explained, so both are worked out on
 * first read, unless facts may still change afterwards (an effect yet to narrow the receipt
 * methods), then at once.
 */
export class JudgedRule implements RuleOutcome {
  private judgedLeaves: readonly LeafResult[] | undefined;
  private askedFor: string[] | undefined;

  constructor(
    readonly rule: RuleDef,
    readonly outcome: ConditionOutcome,
    private readonly compiled: CompiledCondition,
    private readonly facts: FactTable,
    settled: boolean,
  ) {
    if (!settled) {
      this.judgedLeaves = this.judgeLeaves();
      this.askedFor = this.asks;
    }
  }

  get leaves(): readonly LeafResult[] {
    return (this.judgedLeaves ??= this.judgeLeaves());
  }

  get asks(): string[] {
    return (this.askedFor ??=
      this.outcome === 'unknown' ? askedPointers(this.compiled, this.facts) : []);
  }

  private judgeLeaves(): LeafResult[] {
    return this.compiled.leaves.map(({ leaf, judge }) => ({
      fact: leaf!.fact,
      operator: leaf!.operator,
      value: leaf!.value,
      outcome: judge(this.facts),
    }));
  }
}

function askedPointers(compiled: CompiledCondition, facts: FactTable): string[] {
  const pointers = undecidedLeaves(compiled.root, facts).flatMap(({ leaf }) =>
    [leaf!.fact, leaf!.ref].flatMap((name) => {
      const u = name ? facts.unknown.get(name) : undefined;
      return u?.policy === 'ask' ? u.pointers : [];
    }),
  );
  return [...new Set(pointers)];
}
