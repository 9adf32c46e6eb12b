import type { FactTable } from '../facts/fact-table';
import type { Lang } from '../model/localized';
import type { RulePack } from '../model/rule-pack';
import type { Finding, Report, ReportChecklistItem, Verdict } from '../model/report';
import { findingOf } from './finding-of';
import { neededInputs } from './needed-inputs';
import type { RuleOutcome } from './rule-outcomes';
import { resolveSource } from './source-resolver';
import { fillPlaceholders, type TermIndex } from './value-format';

const SEVERITY_ORDER = { block: 0, warn: 1, info: 2 } as const;

/**
 * The verdict: a block rule that holds makes the draft not fileable; one that cannot be
 * decided without an answer makes it needs_input; otherwise it is fileable.
 */
export function verdictOf(outcomes: readonly RuleOutcome[]): Verdict {
  const blocks = outcomes.filter((o) => o.rule.severity === 'block');
  if (blocks.some((o) => o.outcome === true)) return 'not_fileable';
  if (blocks.some((o) => o.outcome === 'unknown' && o.asks.length > 0)) return 'needs_input';
  return 'fileable';
}

export function assembleReport(
  outcomes: readonly RuleOutcome[],
  facts: FactTable,
  pack: RulePack,
  terms: TermIndex,
  lang: Lang,
  asOf: string,
  rulesInForce = outcomes.length,
): Report {
  const held = outcomes.filter((o) => o.outcome === true);
  const verdict = verdictOf(outcomes);
  const findings: Finding[] = held
    .filter((o) => !o.rule.silent && (!o.rule.onlyWhenFileable || verdict === 'fileable'))
    .map((o) => findingOf(o, facts, pack, terms, lang))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

  const checklist: ReportChecklistItem[] = held.flatMap(({ rule }) =>
    (rule.effects?.checklist ?? []).map((item) => ({
      ...item,
      text: fillPlaceholders(item[lang], facts.values, lang, terms),
      rule: rule.id,
      source: resolveSource(rule.source, pack.documents),
    })),
  );

  return {
    verdict,
    window: {
      opens: facts.get<string | null>('windowOpens') ?? null,
      closes: facts.get<string | null>('windowCloses') ?? null,
      isOpen: facts.get<boolean>('windowIsOpen') ?? null,
    },
    receiptMethods: facts.get<string[]>('receiptMethodsAllowed') ?? [],
    feeYen: facts.get<number | null>('feeYen') ?? null,
    findings,
    needs: neededInputs(outcomes, verdict, lang),
    checklist,
    asOf,
    rulePack: { version: pack.version, rules: rulesInForce },
  };
}
