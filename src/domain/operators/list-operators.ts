import type { OperatorDef } from './operator-def';

const asList = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : null);

export const listOperators: OperatorDef[] = [
  {
    name: 'intersects',
    label: { ja: 'のいずれかを含む', en: 'includes any of' },
    evaluate: (fact, value) => {
      const a = asList(fact);
      const b = asList(value);
      return !!a && !!b && a.some((x) => b.includes(x));
    },
  },
  {
    name: 'someNotIn',
    label: { ja: '以外を含む', en: 'includes something other than' },
    evaluate: (fact, value) => {
      const a = asList(fact);
      const b = asList(value);
      return !!a && !!b && a.some((x) => !b.includes(x));
    },
  },
  {
    name: 'isEmpty',
    label: { ja: 'が空である', en: 'is empty' },
    evaluate: (fact, value) => {
      const a = asList(fact);
      return !!a && (a.length === 0) === (value !== false);
    },
  },
];
