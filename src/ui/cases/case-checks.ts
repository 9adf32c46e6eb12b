import type { Temporal } from '@js-temporal/polyfill';
import { caseState, invalidCaseState, type CaseState } from '../../domain/cases-dashboard';
import type { DraftCheckService } from '../../services/draft-check-service';
import type { DraftRecord } from '../../storage/draft-record';

export interface CheckedState {
  /** Which version of the draft, on which day, this state was computed for. */
  key: string;
  state: CaseState;
}

export function checkKey(record: DraftRecord, asOf: Temporal.ZonedDateTime): string {
  return `${record.updatedAt}|${asOf.toPlainDate().toString()}`;
}

/**
 * Runs one draft through the core as of the given moment. The state does not depend on
 * the language, so one check serves both; a draft the core cannot read is "has errors".
 */
export async function checkRecord(
  service: DraftCheckService,
  record: DraftRecord,
  asOf: Temporal.ZonedDateTime,
  soonDays?: number,
): Promise<CheckedState> {
  const key = checkKey(record, asOf);
  try {
    const outcome = await service.check(record.draft, asOf.toInstant().toString(), 'en');
    const state =
      outcome.kind === 'report'
        ? caseState(outcome.report, asOf.toPlainDate(), soonDays === undefined ? {} : { soonDays })
        : invalidCaseState(outcome.errors.length);
    return { key, state };
  } catch {
    return { key, state: invalidCaseState(1) };
  }
}

/** Lets the browser paint between batches of checks, so a long list stays responsive. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
