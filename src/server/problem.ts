import type { ReservationFinding } from '../domain/reservation/reservation-reply';
import type { Problem, ProblemReason } from '../sync/types';

/** HTTP status of each reason (docs/reservation-api.md#reasons). */
export const REASON_STATUS: Record<ProblemReason, number> = {
  invalid: 422,
  quota: 422,
  deadline: 422,
  ineligible: 422,
  capacity: 409,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  forbidden: 403,
  unauthorized: 401,
  rate_limited: 429,
};

const TITLES: Record<ProblemReason, string> = {
  invalid: 'The request is not valid',
  quota: 'The booker quota would be exceeded',
  capacity: 'The slot has no capacity left',
  deadline: 'The deadline for this action has passed or the day is not open for booking yet',
  ineligible: 'The rules do not allow this reservation',
  not_found: 'No such reservation for this filer',
  conflict: 'The request conflicts with an earlier one',
  too_large: 'The request body is too large',
  forbidden: 'This request is not allowed here',
  unauthorized: 'Sign in first',
  rate_limited: 'Too many requests: try again later',
};

export interface ProblemExtras {
  status?: number;
  findings?: ReservationFinding[];
  needs?: string[];
  errors?: { pointer: string; message: string }[];
}

export function problem(
  reason: ProblemReason,
  detail: string,
  extras: ProblemExtras = {},
): Problem {
  const { status = REASON_STATUS[reason], ...rest } = extras;
  return {
    type: `/api/problems/${reason}`,
    title: TITLES[reason],
    status,
    detail,
    reason,
    ...rest,
  };
}

/** A 400/422 reply listing input errors, each naming its field. */
export function invalid(errors: { pointer: string; message: string }[], status = 422): Problem {
  const first = errors[0];
  const detail = first
    ? `${first.pointer || '/'}: ${first.message}${errors.length > 1 ? ` (+${errors.length - 1} more)` : ''}`
    : 'invalid request';
  return problem('invalid', detail, { status, errors });
}
