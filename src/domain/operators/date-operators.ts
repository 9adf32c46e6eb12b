import type { OperatorDef } from './operator-def';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v);

/** ISO dates compare correctly as strings; anything else (missing, null) never matches. */
function dateComparison(test: (a: string, b: string) => boolean) {
  return (fact: unknown, value: unknown) => isDate(fact) && isDate(value) && test(fact, value);
}

export const dateOperators: OperatorDef[] = [
  {
    name: 'dateBefore',
    label: { ja: 'より前', en: 'is before' },
    evaluate: dateComparison((a, b) => a < b),
  },
  {
    name: 'dateOnOrBefore',
    label: { ja: '以前', en: 'is on or before' },
    evaluate: dateComparison((a, b) => a <= b),
  },
  {
    name: 'dateAfter',
    label: { ja: 'より後', en: 'is after' },
    evaluate: dateComparison((a, b) => a > b),
  },
  {
    name: 'dateOnOrAfter',
    label: { ja: '以後', en: 'is on or after' },
    evaluate: dateComparison((a, b) => a >= b),
  },
  {
    name: 'sameDate',
    label: { ja: 'と同じ日', en: 'is the same day as' },
    evaluate: dateComparison((a, b) => a === b),
  },
];
