/**
 * Days since 1970-01-01 of a calendar day in the proleptic Gregorian calendar, as Temporal
 * counts them (Howard Hinnant's days-from-civil). Pure integer arithmetic on the fields, no
 * Temporal: the case list's first screen counts days with it without loading the polyfill.
 * day-numbers.test.ts compares it with Temporal for every day from 1964 to 2052.
 */
export function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** civilDay() of a YYYY-MM-DD text; undefined for any other shape. */
export function isoCivilDay(iso: string): number | undefined {
  if (iso.length !== 10 || !ISO_DAY.test(iso)) return undefined;
  return civilDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}
