import {
  caseState,
  invalidCaseState,
  type CaseState,
} from '../../domain/cases-dashboard/case-state';
import type { Checker } from '../../domain/evaluation/checker';
import { validateDraft } from '../../domain/loading/draft-validation';
import type { SchemaValidator } from '../../domain/loading/schema-validator';
import type { Draft } from '../../domain/model/draft';
import { parseInstant } from '../../domain/time/tokyo-time';

/** What the case list needs of a batch: each draft's state, not its whole report. */
export interface StatesRequest {
  drafts: unknown[];
  /** The instant the list checks as of (ISO, with offset). */
  asOf: string;
  soonDays?: number;
}

/**
 * Dashboard states of a batch of drafts, validated first as the page does: only the small
 * states cross back to the page, so ten thousand checks cost the page almost nothing. A
 * draft the core cannot read is "has errors", as on the page.
 */
export function batchStates(
  checker: Checker,
  validator: SchemaValidator,
  req: StatesRequest,
): CaseState[] {
  const asOf = parseInstant(req.asOf);
  const day = asOf.toPlainDate();
  const options = req.soonDays === undefined ? {} : { soonDays: req.soonDays };
  return req.drafts.map((draft) => {
    try {
      const errors = validateDraft(validator, draft, 'draft');
      if (errors.length > 0) return invalidCaseState(errors.length);
      const report = checker.checkNow(draft as Draft, { asOf, lang: 'en' });
      return caseState(report, day, options);
    } catch {
      return invalidCaseState(1);
    }
  });
}
