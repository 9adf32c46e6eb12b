import { isDuration, nominalDays } from '../time/nominal-duration';
import type { OperatorDef } from './operator-def';

const patterns = new Map<string, RegExp>();
const compiled = (source: string): RegExp => {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
};

export const valueOperators: OperatorDef[] = [
  {
    name: 'matchesPattern',
    label: { ja: 'の形式に合う', en: 'matches the pattern' },
    evaluate: (fact, value) =>
      typeof fact === 'string' && typeof value === 'string' && compiled(value).test(fact),
  },
  {
    name: 'durationExceeds',
    label: { ja: 'より長い', en: 'is longer than' },
    evaluate: (fact, value) =>
      isDuration(fact) && isDuration(value) && nominalDays(fact) > nominalDays(value),
  },
  {
    name: 'durationAtMost',
    label: { ja: '以下の期間', en: 'is at most' },
    evaluate: (fact, value) =>
      isDuration(fact) && isDuration(value) && nominalDays(fact) <= nominalDays(value),
  },
];
