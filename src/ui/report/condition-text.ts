import { formatValue, type TermIndex } from '../../domain/evaluation/value-format';
import type { Lang } from '../../domain/model/localized';
import type { ConditionTrace } from '../../domain/model/report';
import { OPERATOR_LABELS } from '../../domain/operators/operator-catalogue';

export interface ConditionLine {
  label: string;
  actual: string;
  operator: string;
  expected: string;
  outcome: 'held' | 'failed' | 'unknown';
}

/** One evaluated condition in words: vocabulary ids by name, operators as phrases. */
export function conditionLine(trace: ConditionTrace, lang: Lang, terms: TermIndex): ConditionLine {
  return {
    label: trace.label || trace.fact,
    actual: formatValue(trace.fact, trace.actual, lang, terms),
    operator: OPERATOR_LABELS[trace.operator]?.[lang] ?? trace.operator,
    expected: formatValue(trace.fact, unwrap(trace.expected), lang, terms),
    outcome: trace.outcome === 'unknown' ? 'unknown' : trace.outcome ? 'held' : 'failed',
  };
}

/** A dated parameter arrives as {value, since, source…}; people want the value. */
function unwrap(expected: unknown): unknown {
  if (
    expected !== null &&
    typeof expected === 'object' &&
    'value' in expected &&
    'since' in expected
  )
    return (expected as { value: unknown }).value;
  return expected;
}
