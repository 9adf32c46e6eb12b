import type { Localized } from '../model/localized';
import { BUILT_IN_OPERATORS } from './built-in-operators';
import { dateOperators } from './date-operators';
import { listOperators, membershipOperators } from './list-operators';
import type { OperatorDef } from './operator-def';
import { valueOperators } from './value-operators';

/** Operators the core adds to (or replaces in) json-rules-engine's set. */
export const CUSTOM_OPERATORS: readonly OperatorDef[] = [
  ...membershipOperators,
  ...dateOperators,
  ...listOperators,
  ...valueOperators,
];

/**
 * Every operator rule files may use, by name: the engine's built-ins, then the custom ones,
 * which replace a built-in of the same name as `engine.addOperator` does.
 */
export const OPERATORS: ReadonlyMap<string, OperatorDef> = new Map(
  [...BUILT_IN_OPERATORS, ...CUSTOM_OPERATORS].map((o) => [o.name, o]),
);

export const OPERATOR_LABELS: Readonly<Record<string, Localized>> = Object.fromEntries(
  [...OPERATORS.values()].map((o) => [o.name, o.label]),
);

export function isKnownOperator(name: string): boolean {
  return OPERATORS.has(name);
}
