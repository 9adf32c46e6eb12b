import type { Temporal } from '@js-temporal/polyfill';
import { OfficeCalendars } from '../../../src/domain/calendar/office-calendar';
import { assembleReport } from '../../../src/domain/evaluation/report-assembly';
import { rulesInForce } from '../../../src/domain/evaluation/rules-in-force';
import type { TermIndex } from '../../../src/domain/evaluation/value-format';
import { buildFacts } from '../../../src/domain/facts/build-facts';
import type { Draft } from '../../../src/domain/model/draft';
import type { Lang } from '../../../src/domain/model/localized';
import type { Report } from '../../../src/domain/model/report';
import type { RulePack } from '../../../src/domain/model/rule-pack';
import { termIndex } from '../../../src/domain/model/vocabulary';
import {
  parameterFactsOn,
  type ValueInForce,
} from '../../../src/domain/parameters/parameter-values';
import { allFactValues, EngineCache, FACT_TABLE } from './engine-factory';
import { couldHold } from './engine-rule-guards';
import { engineRuleOutcomes } from './engine-rule-outcomes';

/**
 * The checker as it was before rules were compiled: a json-rules-engine run (engines cached
 * per set of rules, guard pruning, an effect callback narrowing the receipt methods), then
 * the Kleene re-evaluation of every result, with the same facts and the same report
 * assembly as the core. Kept as the baseline of the benchmark and the equivalence test.
 */
export class EngineChecker {
  private readonly engines = new EngineCache();
  private readonly paramsByDate = new Map<string, Record<string, ValueInForce>>();
  private readonly calendars: OfficeCalendars;
  private readonly terms: TermIndex;

  constructor(readonly pack: RulePack) {
    this.calendars = new OfficeCalendars(pack.calendar);
    this.terms = termIndex(pack.vocabulary);
  }

  async check(
    draft: Draft,
    options: { asOf: Temporal.ZonedDateTime; lang?: Lang },
  ): Promise<Report> {
    const lang = options.lang ?? 'ja';
    const date = options.asOf.toPlainDate().toString();
    const draftSets = this.pack.ruleSets.filter((s) => (s.subject ?? 'draft') === 'draft');
    const rules = rulesInForce(draftSets, date);
    const facts = buildFacts(draft, {
      asOf: options.asOf,
      lang,
      params: this.paramsOn(date),
      allParameters: this.pack.parameters,
      calendars: this.calendars,
    });
    const candidates = rules.filter((r) => couldHold(r, facts));
    const engine = this.engines.get(candidates);
    const { results, failureResults } = await engine.run({
      ...allFactValues(facts),
      [FACT_TABLE]: facts,
    });
    const outcomes = engineRuleOutcomes(candidates, [...results, ...failureResults], facts);
    const asOf = options.asOf.toString({ timeZoneName: 'never' });
    return assembleReport(outcomes, facts, this.pack, this.terms, lang, asOf, rules.length);
  }

  private paramsOn(date: string): Record<string, ValueInForce> {
    let params = this.paramsByDate.get(date);
    if (!params)
      this.paramsByDate.set(date, (params = parameterFactsOn(this.pack.parameters, date)));
    return params;
  }
}
