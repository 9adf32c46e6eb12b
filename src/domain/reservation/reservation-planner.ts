import type { Temporal } from '@js-temporal/polyfill';
import { OfficeCalendars } from '../calendar/office-calendar';
import { ProgramCache } from '../evaluation/rule-program';
import type { TermIndex } from '../evaluation/value-format';
import type { Lang } from '../model/localized';
import type { RulePack } from '../model/rule-pack';
import { termIndex } from '../model/vocabulary';
import { parameterFactsOn, PARAM_PREFIX } from '../parameters/parameter-values';
import { bookableDays } from './bookable-days';
import { caseFacts } from './case-facts';
import { evaluateRules } from './evaluate-reservation';
import { heldSlots, quotaState } from './held-slots';
import { notInForceReply } from './not-in-force';
import { requestFacts } from './reservation-facts';
import { reservationFindings } from './reservation-findings';
import { reservationParams } from './reservation-parameters';
import type { ReservationDeadlines, ReservationReply } from './reservation-reply';
import type { ReservationRequest, ReservationSystemId } from './reservation-request';
import { scopedRulesInForce } from './reservation-rules';
import { RESERVATION_SYSTEMS } from './reservation-system';
import { scheduleInForce, setScheduleFacts, type SlotScheduleSettings } from './slot-schedule';
import { deadlinesOf, slotOffers } from './slot-offers';

/**
 * Answers a reservation request at an instant: bookable days, slots, quota and deadlines,
 * and whether the proposed book / change / cancel is allowed, with findings from the
 * reservation rule sets. Pure: the request must be valid (see request-validation.ts).
 */
export class ReservationPlanner {
  private readonly programs = new ProgramCache();
  private readonly calendars: OfficeCalendars;
  private readonly terms: TermIndex;

  /** `schedules`: slot times an endpoint's operator set; they replace the pack's and bind. */
  constructor(
    readonly pack: RulePack,
    private readonly schedules: SlotScheduleSettings = {},
  ) {
    this.calendars = new OfficeCalendars(pack.calendar);
    this.terms = termIndex(pack.vocabulary);
  }

  async plan(
    req: ReservationRequest,
    at: Temporal.ZonedDateTime,
    lang: Lang = 'ja',
  ): Promise<ReservationReply> {
    const system = RESERVATION_SYSTEMS[req.system];
    const date = at.toPlainDate().toString();
    const paramValues = parameterFactsOn(this.pack.parameters, date);
    const packParams = reservationParams(system, paramValues);
    const set = this.pack.ruleSets.find((s) => s.id === system.ruleSet);
    if (!packParams || !set) return notInForceReply(req, at, system, this.pack, lang);
    const schedule = scheduleInForce(system, packParams, paramValues, this.schedules);
    const params = schedule.params;

    const calendar = this.calendars.for(system.bureau);
    const days = bookableDays(at, params, calendar);
    const target = req.existing?.find((r) => r.id === req.target);
    const facts = requestFacts(req, { at, params, calendar, bookable: days, target, lang });
    for (const [name, v] of Object.entries(paramValues)) facts.set(PARAM_PREFIX + name, v.value);
    setScheduleFacts(facts, system, schedule);

    const rules = scopedRulesInForce(set, date);
    const outcomes = evaluateRules(this.programs, rules.request, facts);
    const cases = req.action === 'book' || req.action === 'change' ? req.booking!.cases : [];
    for (const [i, c] of cases.entries()) {
      const perCase = caseFacts(facts, c, `/booking/cases/${i}`);
      outcomes.push(...evaluateRules(this.programs, rules.perCase, perCase, i));
    }
    const findings = reservationFindings(outcomes, this.pack, this.terms, lang);

    const held = heldSlots(req.existing ?? [], at, params.slotMinutes, target?.id);
    const quota = quotaState(held, params.slotsPerBooker);
    const concerned = req.booking?.date ?? target?.date;
    const deadlines = concerned
      ? deadlinesOf(concerned, params, calendar)
      : { book: null, change: null, cancel: null };
    if (target && req.booking) {
      const old = deadlinesOf(target.date, params, calendar);
      Object.assign(deadlines, { change: old.change, cancel: old.cancel });
    }
    return {
      system: req.system,
      action: req.action,
      at: at.toString({ timeZoneName: 'never' }),
      allowed: !findings.some((f) => f.severity === 'block'),
      bookableDays: days.map((d) => d.toString()),
      slots: slotOffers(days, params, calendar, held, quota, req.availability),
      quota: { ...quota, casesPerSlot: params.casesPerSlot },
      deadlines,
      findings,
      needs: [...new Set(findings.flatMap((f) => f.needs ?? []))],
      rulePack: { version: this.pack.version, rules: rules.request.length + rules.perCase.length },
    };
  }

  /**
   * Book / change / cancel deadlines of a reservation on `date` under the parameters in
   * force at `at` (for a calendar file); null when the system is not in force then.
   */
  deadlinesFor(
    systemId: ReservationSystemId,
    date: string,
    at: Temporal.ZonedDateTime,
  ): ReservationDeadlines | null {
    const system = RESERVATION_SYSTEMS[systemId];
    const values = parameterFactsOn(this.pack.parameters, at.toPlainDate().toString());
    const params = reservationParams(system, values);
    return params ? deadlinesOf(date, params, this.calendars.for(system.bureau)) : null;
  }
}
