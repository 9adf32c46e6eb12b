import { judge } from '../../domain/evaluation/compiled-condition';
import type { FactSource } from '../../domain/evaluation/three-valued';
import type { ConditionNode } from '../../domain/model/rule';
import type { ConditionOutcome } from '../../domain/model/report';
import type { RulePack } from '../../domain/model/rule-pack';
import { parameterFactsOn, PARAM_PREFIX } from '../../domain/parameters/parameter-values';

/** A fact not in the map is one the draft has not said yet. */
class KnownFacts implements FactSource {
  constructor(private readonly known: ReadonlyMap<string, unknown>) {}
  get(name: string): unknown {
    return this.known.get(name);
  }
  isUnknown(name: string): boolean {
    return !this.known.has(name);
  }
}

/**
 * Evaluates a condition tree knowing only some facts, with the core's own compiled
 * evaluator: a leaf reading a fact not in `known` is unknown. Static checks use it to ask
 * "can this rule hold for procedure X on date D, whatever else the draft says?".
 */
export function evaluatePartially(
  node: ConditionNode,
  known: ReadonlyMap<string, unknown>,
): ConditionOutcome {
  try {
    return judge(node, new KnownFacts(known));
  } catch {
    // A rule being edited may hold a pattern that does not compile yet: it may still hold.
    return 'unknown';
  }
}

/** The facts known on a day whatever the draft: the as-of date and every parameter in force. */
export function knownOn(pack: RulePack, date: string): Map<string, unknown> {
  const known = new Map<string, unknown>([['asOfDate', date]]);
  for (const [name, v] of Object.entries(parameterFactsOn(pack.parameters, date))) {
    known.set(PARAM_PREFIX + name, v.value);
  }
  return known;
}
