import { runCases, type CaseResult } from '../domain/cases/run-cases';
import { Checker } from '../domain/evaluation/checker';
import type { RulePack } from '../domain/model/rule-pack';
import { ReservationPlanner } from '../domain/reservation/reservation-planner';
import { runReservationCases } from '../domain/reservation/run-reservation-cases';

export interface CaseSummary {
  results: CaseResult[];
  passed: number;
  failed: number;
}

/** Every test case of the pack, drafts and reservation requests, as `npm run rules:test` runs them. */
export async function runPackCases(pack: RulePack): Promise<CaseSummary> {
  const results = [
    ...(await runCases(new Checker(pack), pack.cases)),
    ...(await runReservationCases(new ReservationPlanner(pack), pack.reservationCases)),
  ];
  const failed = results.filter((r) => !r.passed).length;
  return { results, passed: results.length - failed, failed };
}
