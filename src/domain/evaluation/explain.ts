import type { FactTable } from '../facts/fact-table';
import { factLabel } from '../facts/fact-labels';
import type { Lang, Localized } from '../model/localized';
import type { ParameterDef } from '../model/parameter';
import type { ConditionOutcome, ConditionTrace, Explanation } from '../model/report';
import { OPERATOR_LABELS } from '../operators/operator-catalogue';
import type { LeafResult } from './rule-outcomes';
import { valueFactRef } from './three-valued';
import { formatValue, type TermIndex } from './value-format';

const OUTCOME_TEXT: Record<Lang, Record<string, string>> = {
  ja: { true: '成立', false: '不成立', unknown: '判定不能（未入力）' },
  en: { true: 'held', false: 'did not hold', unknown: 'unknown (not given)' },
};

/** Which conditions held or failed, with the values they compared. */
export function explain(
  leaves: readonly LeafResult[],
  outcome: ConditionOutcome,
  facts: FactTable,
  parameters: ReadonlyMap<string, ParameterDef>,
  lang: Lang,
  terms: TermIndex,
): Explanation {
  const traces: ConditionTrace[] = leaves.map((leaf) => {
    const fact = leaf.fact;
    const ref = valueFactRef(leaf.value);
    return {
      fact,
      label: labelOf(fact, parameters)[lang],
      operator: leaf.operator,
      expected: ref ? facts.values[ref] : leaf.value,
      actual: facts.values[fact],
      outcome: leaf.outcome,
    };
  });
  const lines = traces.map((t) => {
    const op = OPERATOR_LABELS[t.operator]?.[lang] ?? t.operator;
    const expected = formatValue(t.fact, t.expected, lang, terms);
    const actual = formatValue(t.fact, t.actual, lang, terms);
    const verdict = OUTCOME_TEXT[lang][String(t.outcome)];
    return lang === 'ja'
      ? `${t.label}（${actual}）${op} ${expected} … ${verdict}`
      : `${t.label} (${actual}) ${op} ${expected}: ${verdict}`;
  });
  const head = OUTCOME_TEXT[lang][String(outcome)];
  const text =
    lang === 'ja'
      ? `条件全体: ${head}。${lines.join('／')}`
      : `Overall: ${head}. ${lines.join('; ')}`;
  return { text, conditions: traces };
}

// Labels of facts and parameters, kept per parameter set: every explanation names them.
const labels = new WeakMap<ReadonlyMap<string, ParameterDef>, Map<string, Localized>>();

function labelOf(fact: string, parameters: ReadonlyMap<string, ParameterDef>): Localized {
  let known = labels.get(parameters);
  if (!known) labels.set(parameters, (known = new Map()));
  let label = known.get(fact);
  if (!label) known.set(fact, (label = factLabel(fact, parameters)));
  return label;
}
