import type { Localized } from '../model/localized';
import { dateOperators } from './date-operators';
import { listOperators, membershipOperators } from './list-operators';
import type { OperatorDef } from './operator-def';
import { valueOperators } from './value-operators';

export const CUSTOM_OPERATORS: readonly OperatorDef[] = [
  ...membershipOperators,
  ...dateOperators,
  ...listOperators,
  ...valueOperators,
];

/** json-rules-engine's own operators that rule files may use. */
const BUILT_IN: Record<string, Localized> = {
  equal: { ja: 'が次と等しい', en: 'equals' },
  notEqual: { ja: 'が次と異なる', en: 'does not equal' },
  lessThan: { ja: '未満', en: 'is less than' },
  lessThanInclusive: { ja: '以下', en: 'is at most' },
  greaterThan: { ja: 'を超える', en: 'is greater than' },
  greaterThanInclusive: { ja: '以上', en: 'is at least' },
};

export const OPERATOR_LABELS: Readonly<Record<string, Localized>> = {
  ...BUILT_IN,
  ...Object.fromEntries(CUSTOM_OPERATORS.map((o) => [o.name, o.label])),
};

export function isKnownOperator(name: string): boolean {
  return name in OPERATOR_LABELS;
}
