import { explain } from '../evaluation/explain';
import { resolveSource } from '../evaluation/source-resolver';
import { fillPlaceholders, type TermIndex } from '../evaluation/value-format';
import type { Lang } from '../model/localized';
import type { Explanation } from '../model/report';
import type { RulePack } from '../model/rule-pack';
import type { ScopedOutcome } from './evaluate-reservation';
import { reservationFactLabel } from './reservation-fact-catalogue';
import { reservationFieldLabel } from './reservation-field-label';
import type { ReservationFinding } from './reservation-reply';

const SEVERITY_ORDER = { block: 0, warn: 1, info: 2 } as const;

const NEEDS_TEXT: Record<Lang, (title: string, fields: string) => string> = {
  ja: (title, fields) => `「${title}」を確認できません。次の項目を入力してください: ${fields}`,
  en: (title, fields) => `Cannot check "${title}" yet: fill in ${fields}.`,
};

/**
 * Rules that hold become findings; a block rule left undecided by a missing case field
 * becomes a needs_input finding naming the field, so a gap never passes silently.
 */
export function reservationFindings(
  outcomes: readonly ScopedOutcome[],
  pack: RulePack,
  terms: TermIndex,
  lang: Lang,
): ReservationFinding[] {
  const out: ReservationFinding[] = [];
  for (const o of outcomes) {
    const held = o.outcome === true && !o.rule.silent;
    const needs = o.outcome === 'unknown' && o.rule.severity === 'block' && o.asks.length > 0;
    if (!held && !needs) continue;
    out.push({
      id: o.rule.id,
      severity: o.rule.severity,
      outcome: held ? 'held' : 'needs_input',
      message: held
        ? fillPlaceholders(o.rule.message[lang], o.facts.values, lang, terms)
        : NEEDS_TEXT[lang](o.rule.title[lang], fieldList(o.asks, lang)),
      source: resolveSource(o.rule.source, pack.documents),
      confidence: o.rule.confidence,
      ...(o.rule.note ? { note: o.rule.note } : {}),
      ...(o.caseIndex === undefined ? {} : { case: o.caseIndex }),
      ...(needs ? { needs: o.asks } : {}),
      explanation: relabel(
        explain(o.leaves, o.outcome, o.facts, pack.parameters, lang, terms),
        lang,
      ),
    });
  }
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

const fieldList = (pointers: readonly string[], lang: Lang): string =>
  pointers.map((p) => reservationFieldLabel(p, lang)).join(lang === 'ja' ? '、' : ', ');

/** explain() knows the draft catalogue's labels; reservation facts get theirs here. */
function relabel(explanation: Explanation, lang: Lang): Explanation {
  let text = explanation.text;
  const conditions = explanation.conditions.map((t) => {
    const label = reservationFactLabel(t.fact)?.[lang];
    if (!label || t.label !== t.fact) return t;
    text = text
      .split(lang === 'ja' ? `${t.fact}（` : `${t.fact} (`)
      .join(lang === 'ja' ? `${label}（` : `${label} (`);
    return { ...t, label };
  });
  return { text, conditions };
}
