import type { Temporal } from '@js-temporal/polyfill';
import { OfficeCalendars } from '../calendar/office-calendar';
import { buildFacts } from '../facts/build-facts';
import type { Draft } from '../model/draft';
import type { Lang } from '../model/localized';
import type { Report } from '../model/report';
import type { RulePack } from '../model/rule-pack';
import { termIndex } from '../model/vocabulary';
import { parameterFactsOn, type ValueInForce } from '../parameters/parameter-values';
import { EngineCache, FACT_TABLE } from './engine-factory';
import { assembleReport } from './report-assembly';
import { ruleOutcomes } from './rule-outcomes';
import { couldHold } from './rule-guards';
import { rulesInForce } from './rules-in-force';
import type { TermIndex } from './value-format';

export interface CheckOptions {
  asOf: Temporal.ZonedDateTime;
  lang?: Lang;
}

/**
 * Checks drafts against one rule pack. Engines, parameter values and calendars are cached
 * by date, so checking a thousand drafts costs one engine per distinct set of rules.
 * The draft must already be valid against draft.schema.json (see draft-validation.ts).
 */
export class Checker {
  private readonly engines = new EngineCache();
  private readonly paramsByDate = new Map<string, Record<string, ValueInForce>>();
  private readonly calendars: OfficeCalendars;
  private readonly terms: TermIndex;

  constructor(readonly pack: RulePack) {
    this.calendars = new OfficeCalendars(pack.calendar);
    this.terms = termIndex(pack.vocabulary);
  }

  async check(draft: Draft, options: CheckOptions): Promise<Report> {
    const lang = options.lang ?? 'ja';
    const date = options.asOf.toPlainDate().toString();
    // Reservation rule sets judge reservation requests (src/domain/reservation), not drafts.
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
      ...facts.values,
      [FACT_TABLE]: facts,
    });
    const outcomes = ruleOutcomes(candidates, [...results, ...failureResults], facts);
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
