import type { OperatorDef } from './operator-def';

/**
 * json-rules-engine 7.3.1 checks the fact value of its numeric operators with
 * `Number.parseFloat(v).toString() !== 'NaN'` before comparing; the compiled evaluator
 * must answer exactly as the engine does, so the same test is kept here.
 */
const isNumeric = (v: unknown): boolean => Number.parseFloat(v as string).toString() !== 'NaN';

// The engine compares with JavaScript's own < and <=, coercions included.
type Loose = number;
const numeric =
  (test: (a: Loose, b: Loose) => boolean) =>
  (fact: unknown, value: unknown): boolean =>
    isNumeric(fact) && test(fact as Loose, value as Loose);

/** json-rules-engine's own operators that rule files may use, with the engine's semantics. */
export const BUILT_IN_OPERATORS: readonly OperatorDef[] = [
  {
    name: 'equal',
    label: { ja: 'が次と等しい', en: 'equals' },
    evaluate: (a, b) => a === b,
  },
  {
    name: 'notEqual',
    label: { ja: 'が次と異なる', en: 'does not equal' },
    evaluate: (a, b) => a !== b,
  },
  {
    name: 'lessThan',
    label: { ja: '未満', en: 'is less than' },
    evaluate: numeric((a, b) => a < b),
  },
  {
    name: 'lessThanInclusive',
    label: { ja: '以下', en: 'is at most' },
    evaluate: numeric((a, b) => a <= b),
  },
  {
    name: 'greaterThan',
    label: { ja: 'を超える', en: 'is greater than' },
    evaluate: numeric((a, b) => a > b),
  },
  {
    name: 'greaterThanInclusive',
    label: { ja: '以上', en: 'is at least' },
    evaluate: numeric((a, b) => a >= b),
  },
];
