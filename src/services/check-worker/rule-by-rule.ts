import type { Temporal } from '@js-temporal/polyfill';
import { OfficeCalendars } from '../../domain/calendar/office-calendar';
import { judge } from '../../domain/evaluation/compiled-condition';
import { rulesInForce } from '../../domain/evaluation/rules-in-force';
import { buildFacts } from '../../domain/facts/build-facts';
import type { Draft } from '../../domain/model/draft';
import type { Lang } from '../../domain/model/localized';
import type { RulePack } from '../../domain/model/rule-pack';
import { parameterFactsOn } from '../../domain/parameters/parameter-values';
import { asOfDay } from '../../domain/time/as-of-day';

/** Names the step of a check that is about to run, before it runs. */
export const FACTS_STEP = '(facts of the draft)';

/**
 * Judges the rules in force one by one, calling `before(id)` ahead of each, so that when a
 * rule never finishes the last name reported is the rule that hangs. Only used after a
 * check overran its time limit: a normal check runs the compiled program in one go.
 */
export function judgeRuleByRule(
  pack: RulePack,
  draft: Draft,
  asOf: Temporal.ZonedDateTime,
  lang: Lang,
  before: (step: string) => void,
): void {
  const date = asOfDay(asOf).iso;
  before(FACTS_STEP);
  const facts = buildFacts(draft, {
    asOf,
    lang,
    params: parameterFactsOn(pack.parameters, date),
    allParameters: pack.parameters,
    calendars: new OfficeCalendars(pack.calendar),
  });
  const draftSets = pack.ruleSets.filter((s) => (s.subject ?? 'draft') === 'draft');
  for (const rule of rulesInForce(draftSets, date)) {
    before(rule.id);
    judge(rule.conditions, facts);
  }
}
