import { runCase, type CaseResult } from '../domain/cases/run-cases';
import { Checker } from '../domain/evaluation/checker';
import { SchemaValidator } from '../domain/loading/schema-validator';
import type { RulePack } from '../domain/model/rule-pack';
import { ReservationPlanner } from '../domain/reservation/reservation-planner';
import { runReservationCase } from '../domain/reservation/run-reservation-cases';

export interface CaseSummary {
  results: CaseResult[];
  passed: number;
  failed: number;
}

export interface RunOptions {
  /** Stops early (returns undefined) when a newer edit makes this run pointless. */
  cancelled?: () => boolean;
  onProgress?: (done: number, total: number) => void;
  /** Cases between yields to the event loop, so typing stays responsive while cases run. */
  batch?: number;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every test case of the pack, drafts and reservation requests, as `npm run rules:test` runs
 * them (same runners, same comparison), in batches that let the page breathe.
 */
export async function runPackCases(
  pack: RulePack,
  options: RunOptions = {},
): Promise<CaseSummary | undefined> {
  const checker = new Checker(pack);
  const planner = new ReservationPlanner(pack);
  const validator = new SchemaValidator(pack.schemas);
  const jobs: (() => Promise<CaseResult>)[] = [
    ...pack.cases.flatMap((f) => f.cases.map((c, i) => () => runCase(checker, f.file, i, c))),
    ...pack.reservationCases.flatMap((f) =>
      f.cases.map((c, i) => () => runReservationCase(planner, validator, f.file, i, c)),
    ),
  ];
  const results: CaseResult[] = [];
  const batch = options.batch ?? 10;
  for (const [i, job] of jobs.entries()) {
    if (i % batch === 0) {
      await pause();
      if (options.cancelled?.()) return undefined;
      options.onProgress?.(i, jobs.length);
    }
    results.push(await job());
  }
  const failed = results.filter((r) => !r.passed).length;
  return { results, passed: results.length - failed, failed };
}
