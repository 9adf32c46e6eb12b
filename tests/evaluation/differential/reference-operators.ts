import { Temporal } from '@js-temporal/polyfill';
import type { OperatorDef } from '../../../src/domain/operators/operator-def';

// The core's own operators written again, independently, for the oracle: json-rules-engine
// runs these, so a slip in src/domain/operators (an off-by-one in a date comparison) shows
// up as a difference instead of being shared by both sides.

const date = (v: unknown): Temporal.PlainDate | undefined => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  try {
    return Temporal.PlainDate.from(v, { overflow: 'reject' });
  } catch {
    return undefined;
  }
};

function compareDates(test: (order: number) => boolean): OperatorDef['evaluate'] {
  return (fact, value) => {
    const a = date(fact);
    const b = date(value);
    return a !== undefined && b !== undefined && test(Temporal.PlainDate.compare(a, b));
  };
}

const days = (v: unknown): number | undefined => {
  if (typeof v !== 'string') return undefined;
  try {
    const d = Temporal.Duration.from(v);
    return d.years * 365 + d.months * 30 + d.weeks * 7 + d.days;
  } catch {
    return undefined;
  }
};

const list = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

const op = (name: string, evaluate: OperatorDef['evaluate']): OperatorDef => ({
  name,
  label: { ja: name, en: name },
  evaluate,
});

export const REFERENCE_OPERATORS: readonly OperatorDef[] = [
  op('in', (a, b) => list(b)?.some((x) => x === a) ?? false),
  op('notIn', (a, b) => (list(b) ? !list(b)!.some((x) => x === a) : false)),
  op('contains', (a, b) => list(a)?.some((x) => x === b) ?? false),
  op('doesNotContain', (a, b) => (list(a) ? !list(a)!.some((x) => x === b) : false)),
  op(
    'dateBefore',
    compareDates((o) => o < 0),
  ),
  op(
    'dateOnOrBefore',
    compareDates((o) => o <= 0),
  ),
  op(
    'dateAfter',
    compareDates((o) => o > 0),
  ),
  op(
    'dateOnOrAfter',
    compareDates((o) => o >= 0),
  ),
  op(
    'sameDate',
    compareDates((o) => o === 0),
  ),
  op('intersects', (a, b) => {
    const x = list(a);
    const y = list(b);
    return !!x && !!y && x.some((v) => y.indexOf(v) >= 0);
  }),
  op('someNotIn', (a, b) => {
    const x = list(a);
    const y = list(b);
    return !!x && !!y && x.some((v) => y.indexOf(v) < 0);
  }),
  op('isEmpty', (a, b) => {
    const x = list(a);
    if (!x) return false;
    return b === false ? x.length > 0 : x.length === 0;
  }),
  op(
    'matchesPattern',
    (a, b) => typeof a === 'string' && typeof b === 'string' && new RegExp(b).test(a),
  ),
  op('durationExceeds', (a, b) => {
    const x = days(a);
    const y = days(b);
    return x !== undefined && y !== undefined && x > y;
  }),
  op('durationAtMost', (a, b) => {
    const x = days(a);
    const y = days(b);
    return x !== undefined && y !== undefined && x <= y;
  }),
];
