import type { OperatorDef } from './operator-def';

const asList = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : null);

const has = (list: unknown, item: unknown): boolean => Array.isArray(list) && list.includes(item);

/**
 * json-rules-engine's own membership operators throw when the list is a fact reference
 * that is undefined; these replace them with the same meaning and no crash (an unknown
 * list is judged by three-valued.ts, not here).
 */
export const membershipOperators: OperatorDef[] = [
  { name: 'in', label: { ja: 'が次のいずれか', en: 'is one of' }, evaluate: (a, b) => has(b, a) },
  {
    name: 'notIn',
    label: { ja: 'が次のいずれでもない', en: 'is none of' },
    evaluate: (a, b) => Array.isArray(b) && !b.includes(a),
  },
  { name: 'contains', label: { ja: 'が次を含む', en: 'contains' }, evaluate: (a, b) => has(a, b) },
  {
    name: 'doesNotContain',
    label: { ja: 'が次を含まない', en: 'does not contain' },
    evaluate: (a, b) => Array.isArray(a) && !a.includes(b),
  },
];

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
