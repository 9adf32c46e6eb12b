import { Temporal } from '@js-temporal/polyfill';

/** Every date the core reasons about is a calendar day in Japan. */
export const TIME_ZONE = 'Asia/Tokyo';

export class InstantFormatError extends Error {
  constructor(readonly input: string) {
    super(
      `"${input}" is not an ISO 8601 instant with an offset (e.g. 2026-05-31T09:00:00+09:00) / ` +
        `「${input}」はオフセット付きのISO 8601日時ではありません（例: 2026-05-31T09:00:00+09:00）`,
    );
    this.name = 'InstantFormatError';
  }
}

/** Parses an instant with offset ("2026-05-31T09:00+09:00" or "...Z") into Tokyo wall time. */
export function parseInstant(input: string): Temporal.ZonedDateTime {
  try {
    return Temporal.Instant.from(input).toZonedDateTimeISO(TIME_ZONE);
  } catch {
    throw new InstantFormatError(input);
  }
}

export function nowInTokyo(): Temporal.ZonedDateTime {
  return Temporal.Now.zonedDateTimeISO(TIME_ZONE);
}

/** Dates in drafts are already validated by the schema; this only converts. */
export function toDate(iso: string): Temporal.PlainDate {
  return Temporal.PlainDate.from(iso, { overflow: 'reject' });
}

// Drafts, cases and rule files repeat the same dates: each is judged by Temporal once.
const validDates = new Map<string, boolean>();

export function isValidIsoDate(iso: string): boolean {
  let valid = validDates.get(iso);
  if (valid === undefined) {
    try {
      toDate(iso);
      valid = /^\d{4}-\d{2}-\d{2}$/.test(iso);
    } catch {
      valid = false;
    }
    if (validDates.size >= 100_000) validDates.clear();
    validDates.set(iso, valid);
  }
  return valid;
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: Temporal.PlainDate, b: Temporal.PlainDate): number {
  return a.until(b, { largestUnit: 'days' }).days;
}

/** Completed years of age on a date (a 29 Feb birthday completes on 1 March in common years, as under the Act on Calculation of Age). */
export function ageOn(birth: Temporal.PlainDate, on: Temporal.PlainDate): number {
  if (Temporal.PlainDate.compare(on, birth) < 0) return -1;
  return birth.until(on, { largestUnit: 'years' }).years;
}
