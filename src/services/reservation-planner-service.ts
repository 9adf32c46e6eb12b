import type { Temporal } from '@js-temporal/polyfill';
import { loadRulePack } from '../domain/loading/load-rule-pack';
import type { RuleFileError } from '../domain/loading/rule-file-error';
import { SchemaValidator } from '../domain/loading/schema-validator';
import type { Lang } from '../domain/model/localized';
import type { RulePack } from '../domain/model/rule-pack';
import { termIndex } from '../domain/model/vocabulary';
import type { TermIndex } from '../domain/evaluation/value-format';
import { parameterFactsOn } from '../domain/parameters/parameter-values';
import { validateReservationRequest } from '../domain/reservation/request-validation';
import {
  reservationParams,
  type ReservationParams,
} from '../domain/reservation/reservation-parameters';
import { ReservationPlanner } from '../domain/reservation/reservation-planner';
import type {
  ReservationDeadlines,
  ReservationReply,
} from '../domain/reservation/reservation-reply';
import type {
  ReservationRequest,
  ReservationSystemId,
} from '../domain/reservation/reservation-request';
import { RESERVATION_SYSTEMS } from '../domain/reservation/reservation-system';
import { shippedRuleFiles } from './shipped-rules';

export type PlanOutcome =
  { kind: 'reply'; reply: ReservationReply } | { kind: 'invalid'; errors: RuleFileError[] };

/**
 * The browser shell around the pure reservation planner: the same shipped rule pack the
 * command line uses, and the same request validation, so the screens never ask the planner
 * a question it was not built for (an invalid request comes back as errors naming fields).
 */
export class ReservationPlannerService {
  readonly pack: RulePack;
  readonly terms: TermIndex;
  /** "<name> <version> <hash>" while unofficial rules are in use, for calendar files. */
  readonly unofficial: string | undefined;
  private readonly planner: ReservationPlanner;
  private readonly validator: SchemaValidator;

  constructor(
    pack: RulePack = loadRulePack(shippedRuleFiles()),
    options: { unofficial?: string } = {},
  ) {
    this.pack = pack;
    this.unofficial = options.unofficial;
    this.terms = termIndex(pack.vocabulary);
    this.planner = new ReservationPlanner(pack);
    this.validator = new SchemaValidator(pack.schemas);
  }

  async plan(
    req: ReservationRequest,
    at: Temporal.ZonedDateTime,
    lang: Lang,
  ): Promise<PlanOutcome> {
    const errors = validateReservationRequest(this.validator, req, 'request');
    if (errors.length > 0) return { kind: 'invalid', errors };
    return { kind: 'reply', reply: await this.planner.plan(req, at, lang) };
  }

  /**
   * The numbers of a system in force on a day (slot times, lunch slots, quotas), for
   * drawing the calendar; undefined when the system is not in force then.
   */
  paramsOn(system: ReservationSystemId, date: string): ReservationParams | undefined {
    return reservationParams(
      RESERVATION_SYSTEMS[system],
      parameterFactsOn(this.pack.parameters, date),
    );
  }

  /** Deadlines of a reservation on `date` as the rules in force at `at` set them. */
  deadlinesFor(
    system: ReservationSystemId,
    date: string,
    at: Temporal.ZonedDateTime,
  ): ReservationDeadlines | null {
    return this.planner.deadlinesFor(system, date, at);
  }
}
