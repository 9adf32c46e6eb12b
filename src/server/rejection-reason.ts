import type { ReservationFinding } from '../domain/reservation/reservation-reply';
import type { ProblemReason } from '../sync/types';

/**
 * Which reason a blocking rule gives, from the part of its id after the rule-set prefix.
 * Ids not listed are eligibility rules (who, what, which day or slot). A new rule set that
 * follows the naming of reservation-tokyo / reservation-osaka maps without code changes.
 */
const BY_NAME: Record<string, ProblemReason> = {
  slot_quota_exceeded: 'quota',
  cases_per_slot_exceeded: 'quota',
  general_cases_per_booking_exceeded: 'quota',
  change_adds_cases: 'quota',
  capacity_exceeded: 'capacity',
  book_deadline_passed: 'deadline',
  change_deadline_passed: 'deadline',
  cancel_deadline_passed: 'deadline',
  day_not_yet_bookable: 'deadline',
  before_input_start: 'deadline',
};

/** The order in which reasons are reported when several rules block. */
// A rule that holds outranks one that only lacks an answer: 'invalid' (needs) comes last.
const PRECEDENCE: ProblemReason[] = ['ineligible', 'deadline', 'quota', 'capacity', 'invalid'];

export function reasonOf(finding: ReservationFinding): ProblemReason {
  if (finding.outcome === 'needs_input') return 'invalid';
  const name = finding.id.slice(finding.id.indexOf('.') + 1);
  return BY_NAME[name] ?? 'ineligible';
}

/** The reason of a rejected plan: the most fundamental one among its blocking findings. */
export function rejectionReason(findings: readonly ReservationFinding[]): ProblemReason {
  const reasons = new Set(findings.filter((f) => f.severity === 'block').map(reasonOf));
  return PRECEDENCE.find((r) => reasons.has(r)) ?? 'ineligible';
}
