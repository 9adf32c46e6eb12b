import type { CaseState, CaseStateKind } from './case-state';

/** Among cases with the same deadline, the ones needing action first. */
const URGENCY: Readonly<Record<CaseStateKind, number>> = {
  too_late: 0,
  closes_soon: 1,
  needs_input: 2,
  blocked: 3,
  invalid: 4,
  fileable: 5,
  not_yet_open: 6,
};

/** Dates are ISO (YYYY-MM-DD) so they sort as text; '~' sorts after every digit. */
const NO_DEADLINE = '~';
/** Before every date: a deadline that cannot be computed may already have passed. */
const UNKNOWN_DEADLINE = '!';

/**
 * Sort key by nearest deadline: the last day of the filing window (cases already too late
 * come first, their day having passed), then urgency, then the title. Cases whose
 * deadline cannot be computed (expiry missing or invalid) come first, as needing
 * attention; cases whose status has no window come last. Plain string comparison of two
 * keys gives the dashboard order.
 */
export function deadlineSortKey(state: CaseState, title = ''): string {
  const deadline = state.closes ?? (state.deadlineUnknown ? UNKNOWN_DEADLINE : NO_DEADLINE);
  return `${deadline}|${URGENCY[state.kind]}|${title.normalize('NFKC').toLowerCase()}`;
}

export function compareByDeadline(
  a: { state: CaseState; title?: string },
  b: { state: CaseState; title?: string },
): number {
  const ka = deadlineSortKey(a.state, a.title);
  const kb = deadlineSortKey(b.state, b.title);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
