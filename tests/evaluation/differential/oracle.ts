import type { Temporal } from '@js-temporal/polyfill';
import { OfficeCalendars } from '../../../src/domain/calendar/office-calendar';
import { RuleProgram } from '../../../src/domain/evaluation/rule-program';
import { rulesInForce } from '../../../src/domain/evaluation/rules-in-force';
import { buildFacts } from '../../../src/domain/facts/build-facts';
import type { FactTable } from '../../../src/domain/facts/fact-table';
import type { Draft } from '../../../src/domain/model/draft';
import type { ConditionOutcome } from '../../../src/domain/model/report';
import type { RuleDef } from '../../../src/domain/model/rule';
import type { RulePack } from '../../../src/domain/model/rule-pack';
import { parameterFactsOn } from '../../../src/domain/parameters/parameter-values';
import { CUSTOM_OPERATORS } from '../../../src/domain/operators/operator-catalogue';
import { allFactValues, EngineCache, FACT_TABLE } from '../../bench/baseline/engine-factory';
import { REFERENCE_OPERATORS } from './reference-operators';

/** The oracle's operators: json-rules-engine's own, plus the core's written again. */
function referenceOperators() {
  const missing = CUSTOM_OPERATORS.filter(
    (o) => !REFERENCE_OPERATORS.some((r) => r.name === o.name),
  );
  if (missing.length > 0) {
    throw new Error(
      `no reference operator for ${missing.map((o) => o.name).join(', ')}: add it to reference-operators.ts`,
    );
  }
  return REFERENCE_OPERATORS;
}

export interface Judgement {
  outcomes: ConditionOutcome[];
  /** The receipt methods after effects, as the report shows them. */
  receiptMethods: unknown;
  facts: FactTable;
}

/**
 * Both evaluators on the same facts of one draft at one instant: the compiled program and
 * json-rules-engine (every rule in force in one run, effects by its success callback, as the
 * core did before, the core's operators replaced by independent reference versions), each
 * on its own freshly built facts, since effects change them.
 */
export class Judges {
  private readonly calendars: OfficeCalendars;
  private readonly engines = new EngineCache(referenceOperators());
  private readonly programs = new Map<string, { rules: RuleDef[]; program: RuleProgram }>();

  constructor(readonly pack: RulePack) {
    this.calendars = new OfficeCalendars(pack.calendar);
  }

  rules(asOf: Temporal.ZonedDateTime): RuleDef[] {
    return this.day(asOf).rules;
  }

  compiled(draft: Draft, asOf: Temporal.ZonedDateTime): Judgement {
    const facts = this.facts(draft, asOf);
    const outcomes = this.day(asOf)
      .program.run(facts)
      .map((o) => o.outcome);
    return { outcomes, receiptMethods: facts.values.receiptMethodsAllowed, facts };
  }

  async engine(draft: Draft, asOf: Temporal.ZonedDateTime): Promise<Judgement> {
    const facts = this.facts(draft, asOf);
    const rules = this.day(asOf).rules;
    const { results, failureResults } = await this.engines
      .get(rules)
      .run({ ...allFactValues(facts), [FACT_TABLE]: facts });
    const byId = new Map([...results, ...failureResults].map((r) => [r.name as string, r.result]));
    const outcomes = rules.map((r) => byId.get(r.id) ?? 'unknown');
    return { outcomes, receiptMethods: facts.values.receiptMethodsAllowed, facts };
  }

  private facts(draft: Draft, asOf: Temporal.ZonedDateTime): FactTable {
    return buildFacts(draft, {
      asOf,
      lang: 'en',
      params: parameterFactsOn(this.pack.parameters, asOf.toPlainDate().toString()),
      allParameters: this.pack.parameters,
      calendars: this.calendars,
    });
  }

  private day(asOf: Temporal.ZonedDateTime) {
    const date = asOf.toPlainDate().toString();
    let day = this.programs.get(date);
    if (!day) {
      const sets = this.pack.ruleSets.filter((s) => (s.subject ?? 'draft') === 'draft');
      const rules = rulesInForce(sets, date);
      day = { rules, program: new RuleProgram(rules) };
      this.programs.set(date, day);
    }
    return day;
  }
}
