import { valueFactRef } from '../domain/evaluation/three-valued';
import { factLabel } from '../domain/facts/fact-labels';
import type { Lang, Localized } from '../domain/model/localized';
import type { ConditionNode } from '../domain/model/rule';
import type { RulePack } from '../domain/model/rule-pack';
import { FACT_VOCABULARY, termIndex } from '../domain/model/vocabulary';
import { OPERATOR_LABELS } from '../domain/operators/operator-catalogue';
import { reservationFactLabel } from '../domain/reservation/reservation-fact-catalogue';

/** A condition tree in words, one line per node, for people who do not read JSON. */
export interface ConditionText {
  text: string;
  children?: ConditionText[];
}

const GROUP: Record<'all' | 'any' | 'not', Localized> = {
  all: { ja: '次のすべてに当てはまる', en: 'All of the following hold' },
  any: { ja: '次のいずれかに当てはまる', en: 'Any of the following holds' },
  not: { ja: '次に当てはまらない', en: 'The following does not hold' },
};

export function labelOfFact(fact: string, pack: RulePack, lang: Lang): string {
  const label = reservationFactLabel(fact);
  const known = factLabel(fact, pack.parameters);
  return (label && known[lang] === fact ? label : known)[lang];
}

function valueText(fact: string, value: unknown, pack: RulePack, lang: Lang): string {
  const ref = valueFactRef(value);
  if (ref) return `「${labelOfFact(ref, pack, lang)}」`;
  const terms = termIndex(pack.vocabulary).get(FACT_VOCABULARY[fact] ?? '');
  const one = (v: unknown) =>
    typeof v === 'string' ? (terms?.get(v)?.[lang] ?? v) : JSON.stringify(v);
  if (Array.isArray(value)) return value.map(one).join(lang === 'ja' ? '、' : ', ');
  return one(value);
}

export function describeCondition(node: ConditionNode, pack: RulePack, lang: Lang): ConditionText {
  if ('all' in node)
    return {
      text: GROUP.all[lang],
      children: node.all.map((n) => describeCondition(n, pack, lang)),
    };
  if ('any' in node)
    return {
      text: GROUP.any[lang],
      children: node.any.map((n) => describeCondition(n, pack, lang)),
    };
  if ('not' in node)
    return { text: GROUP.not[lang], children: [describeCondition(node.not, pack, lang)] };
  const op = OPERATOR_LABELS[node.operator]?.[lang] ?? node.operator;
  const fact = labelOfFact(node.fact, pack, lang);
  const value = valueText(node.fact, node.value, pack, lang);
  // Japanese labels either start with が ("が次と等しい") or follow the value ("未満").
  const ja = op.startsWith('が') ? `${fact}${op}：${value}` : `${fact}が${value}${op}`;
  const text = lang === 'ja' ? ja : `${fact} ${op} ${value}`;
  return { text };
}
