import { Temporal } from '@js-temporal/polyfill';
import type { Report } from '../model/report';
import { daysBetween, toDate } from '../time/tokyo-time';
import { verdictNeeds } from '../evaluation/needed-inputs';

/**
 * A case at a glance, for the agent's dashboard. Timing comes first: a case whose window
 * has not opened or has closed is shown that way whatever else it lacks, because the date
 * is what the agent plans by.
 */
export type CaseStateKind =
  'fileable' | 'closes_soon' | 'not_yet_open' | 'too_late' | 'needs_input' | 'blocked' | 'invalid';

export interface CaseState {
  kind: CaseStateKind;
  /** First and last day of the filing window, when the procedure has one. */
  opens: string | null;
  closes: string | null;
  /** Days from the as-of date to `opens` (not_yet_open) or to `closes`; null without one. */
  daysToOpen: number | null;
  daysToClose: number | null;
  /**
   * The window could not be computed (expiry, procedure or channel missing or invalid): the
   * deadline is unknown, which is not the same as a status that has none.
   */
  deadlineUnknown?: boolean;
  /** How many answers the verdict still needs, and how many blocking findings hold. */
  needs: number;
  blocks: number;
}

export interface CaseStateOptions {
  /** A fileable case whose window closes within this many days is "closes in N days". */
  soonDays?: number;
}

export const DEFAULT_SOON_DAYS = 14;

/** Dashboard state of one checked draft on the as-of date (Tokyo calendar day). */
export function caseState(
  report: Report,
  asOf: Temporal.PlainDate,
  options: CaseStateOptions = {},
): CaseState {
  const { opens, closes } = report.window;
  const daysToOpen = opens === null ? null : daysBetween(asOf, toDate(opens));
  const daysToClose = closes === null ? null : daysBetween(asOf, toDate(closes));
  const base = {
    opens,
    closes,
    daysToOpen,
    daysToClose,
    needs: verdictNeeds(report.needs).length,
    blocks: report.findings.filter((f) => f.severity === 'block').length,
    ...(closes === null && report.window.isOpen === null ? { deadlineUnknown: true } : {}),
  };
  return { kind: kindOf(report, daysToOpen, daysToClose, options), ...base };
}

function kindOf(
  report: Report,
  daysToOpen: number | null,
  daysToClose: number | null,
  options: CaseStateOptions,
): CaseStateKind {
  if (daysToClose !== null && daysToClose < 0) return 'too_late';
  if (daysToOpen !== null && daysToOpen > 0) return 'not_yet_open';
  if (report.verdict === 'needs_input') return 'needs_input';
  if (report.verdict === 'not_fileable') return 'blocked';
  const soon = options.soonDays ?? DEFAULT_SOON_DAYS;
  return daysToClose !== null && daysToClose <= soon ? 'closes_soon' : 'fileable';
}

/** A draft the checker refused as malformed: the agent must open it and fix the fields. */
export function invalidCaseState(errors: number): CaseState {
  return {
    kind: 'invalid',
    opens: null,
    closes: null,
    daysToOpen: null,
    daysToClose: null,
    deadlineUnknown: true,
    needs: errors,
    blocks: 0,
  };
}
