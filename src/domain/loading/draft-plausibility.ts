import { HOLIDAY_COVERAGE } from '../calendar/holidays';
import type { Draft } from '../model/draft';
import { isDuration, nominalDays } from '../time/nominal-duration';
import type { RuleFileError } from './rule-file-error';

/** The longest period of stay the Immigration Control Act grants (施行規則 別表第二): 5 years. */
const LONGEST_STAY = 'P5Y';
const EARLIEST_BIRTH = '1900-01-01';

/**
 * Dates the open-day calendar must reason about (filing windows are shifted by months and moved
 * to open days), kept a year inside the holiday data so that every shifted date is covered.
 */
export function calendarRange(): { from: string; until: string } {
  return (range ??= {
    from: HOLIDAY_COVERAGE.start.add({ years: 1 }).toString(),
    until: HOLIDAY_COVERAGE.end.subtract({ years: 1 }).toString(),
  });
}

let range: { from: string; until: string } | undefined;

const CALENDAR_FIELDS: readonly [string, (d: Draft) => string | undefined][] = [
  ['/applicant/stayExpires', (d) => d.applicant?.stayExpires],
  ['/groundsDate', (d) => d.groundsDate],
  ['/eventDate', (d) => d.eventDate],
];

/**
 * Values a schema-valid draft may hold that cannot be true on the as-of date: these are
 * input errors naming the field, not verdicts. A field that merely does not apply to the
 * procedure (a period of stay for a permanent resident) is not one of them.
 */
export function implausibleValues(
  draft: Draft,
  asOfDate: string,
  file: string,
  basePointer = '',
): RuleFileError[] {
  const errors: RuleFileError[] = [];
  const at = (pointer: string, message: string, ja: string) =>
    errors.push({ file, pointer: basePointer + pointer, message, ja });

  const birth = draft.applicant?.birthDate;
  if (birth !== undefined && birth > asOfDate) {
    at(
      '/applicant/birthDate',
      `birth date ${birth} is after the as-of date ${asOfDate}: check the year`,
      `生年月日 ${birth} が確認日 ${asOfDate} より後です。年を確認してください`,
    );
  } else if (birth !== undefined && birth < EARLIEST_BIRTH) {
    at(
      '/applicant/birthDate',
      `birth date ${birth} is before ${EARLIEST_BIRTH}: check the year`,
      `生年月日 ${birth} が ${EARLIEST_BIRTH} より前です。年を確認してください`,
    );
  }

  const period = draft.applicant?.periodOfStay;
  if (
    period !== undefined &&
    (!isDuration(period) || nominalDays(period) > nominalDays(LONGEST_STAY))
  ) {
    at(
      '/applicant/periodOfStay',
      `period of stay ${period} is longer than any period of stay (at most 5 years, P5Y)`,
      `在留期間 ${period} は在留期間の上限（5年、P5Y）を超えています`,
    );
  }

  const { from, until } = calendarRange();
  for (const [pointer, read] of CALENDAR_FIELDS) {
    const value = read(draft);
    if (value !== undefined && (value < from || value > until)) {
      at(
        pointer,
        `${value} is outside the dates the open-day calendar covers (${from} to ${until})`,
        `${value} は開庁日カレンダーの対象期間（${from}〜${until}）外です`,
      );
    }
  }
  return errors;
}
