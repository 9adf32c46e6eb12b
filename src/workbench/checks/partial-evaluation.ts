import { valueFactRef } from '../../domain/evaluation/three-valued';
import type { ConditionNode } from '../../domain/model/rule';
import type { ConditionOutcome } from '../../domain/model/report';
import type { RulePack } from '../../domain/model/rule-pack';
import { parameterFactsOn, PARAM_PREFIX } from '../../domain/parameters/parameter-values';
import { CUSTOM_OPERATORS } from '../../domain/operators/operator-catalogue';

type Compare = (a: unknown, b: unknown) => boolean;
const num =
  (f: (a: number, b: number) => boolean): Compare =>
  (a, b) =>
    typeof a === 'number' && typeof b === 'number' && f(a, b);

/** json-rules-engine's built-ins, as the engine defines them, plus the core's own operators. */
const OPERATORS: ReadonlyMap<string, Compare> = new Map<string, Compare>([
  ['equal', (a, b) => a === b],
  ['notEqual', (a, b) => a !== b],
  ['lessThan', num((a, b) => a < b)],
  ['lessThanInclusive', num((a, b) => a <= b)],
  ['greaterThan', num((a, b) => a > b)],
  ['greaterThanInclusive', num((a, b) => a >= b)],
  ...CUSTOM_OPERATORS.map((o): [string, Compare] => [o.name, o.evaluate]),
]);

/**
 * Evaluates a condition tree knowing only some facts (Kleene logic, as the core does for a
 * half-written draft): a leaf reading a fact not in `known` is unknown. Static checks use it
 * to ask "can this rule hold for procedure X on date D, whatever else the draft says?".
 */
export function evaluatePartially(
  node: ConditionNode,
  known: ReadonlyMap<string, unknown>,
): ConditionOutcome {
  if ('all' in node)
    return combine(
      node.all.map((n) => evaluatePartially(n, known)),
      false,
    );
  if ('any' in node)
    return combine(
      node.any.map((n) => evaluatePartially(n, known)),
      true,
    );
  if ('not' in node) {
    const inner = evaluatePartially(node.not, known);
    return inner === 'unknown' ? inner : !inner;
  }
  const ref = valueFactRef(node.value);
  if (!known.has(node.fact) || (ref !== undefined && !known.has(ref))) return 'unknown';
  const op = OPERATORS.get(node.operator);
  if (!op) return 'unknown';
  try {
    return op(known.get(node.fact), ref !== undefined ? known.get(ref) : node.value);
  } catch {
    return 'unknown';
  }
}

function combine(outcomes: ConditionOutcome[], decisive: boolean): ConditionOutcome {
  if (outcomes.includes(decisive)) return decisive;
  if (outcomes.includes('unknown')) return 'unknown';
  return !decisive;
}

/** The facts known on a day whatever the draft: the as-of date and every parameter in force. */
export function knownOn(pack: RulePack, date: string): Map<string, unknown> {
  const known = new Map<string, unknown>([['asOfDate', date]]);
  for (const [name, v] of Object.entries(parameterFactsOn(pack.parameters, date))) {
    known.set(PARAM_PREFIX + name, v.value);
  }
  return known;
}
