import type { Temporal } from '@js-temporal/polyfill';
import { OfficeCalendars } from '../calendar/office-calendar';
import { buildFacts } from '../facts/build-facts';
import type { Draft } from '../model/draft';
import type { Lang } from '../model/localized';
import type { Report } from '../model/report';
import type { RulePack } from '../model/rule-pack';
import { termIndex } from '../model/vocabulary';
import { parameterFactsOn, type ValueInForce } from '../parameters/parameter-values';
import { asOfDay } from '../time/as-of-day';
import { assembleReport } from './report-assembly';
import { ProgramCache, type RuleProgram } from './rule-program';
import { rulesInForce } from './rules-in-force';
import type { TermIndex } from './value-format';

export interface CheckOptions {
  asOf: Temporal.ZonedDateTime;
  lang?: Lang;
}

/** What every draft checked on one day shares: rules in force, compiled, and parameter values. */
interface Day {
  program: RuleProgram;
  params: Record<string, ValueInForce>;
}

/**
 * Checks drafts against one rule pack. Rules are compiled once per set in force and the
 * day's parameter values are kept, so a thousand drafts cost one compilation per distinct
 * set of rules. The draft must already be valid against draft.schema.json (draft-validation.ts).
 */
export class Checker {
  private readonly programs = new ProgramCache();
  private readonly days = new Map<string, Day>();
  private readonly calendars: OfficeCalendars;
  private readonly terms: TermIndex;

  constructor(readonly pack: RulePack) {
    this.calendars = new OfficeCalendars(pack.calendar);
    this.terms = termIndex(pack.vocabulary);
  }

  async check(draft: Draft, options: CheckOptions): Promise<Report> {
    return this.checkNow(draft, options);
  }

  /** The same as check(), without a promise: for bulk runs that check drafts in a loop. */
  checkNow(draft: Draft, options: CheckOptions): Report {
    const lang = options.lang ?? 'ja';
    const asOf = asOfDay(options.asOf);
    const { program, params } = this.day(asOf.iso);
    const facts = buildFacts(draft, {
      asOf: options.asOf,
      lang,
      params,
      allParameters: this.pack.parameters,
      calendars: this.calendars,
    });
    const outcomes = program.run(facts);
    return assembleReport(outcomes, facts, this.pack, this.terms, lang, asOf.instant);
  }

  private day(date: string): Day {
    let day = this.days.get(date);
    if (!day) {
      // Reservation rule sets judge reservation requests (src/domain/reservation), not drafts.
      const draftSets = this.pack.ruleSets.filter((s) => (s.subject ?? 'draft') === 'draft');
      day = {
        program: this.programs.get(rulesInForce(draftSets, date)),
        params: parameterFactsOn(this.pack.parameters, date),
      };
      this.days.set(date, day);
    }
    return day;
  }
}
