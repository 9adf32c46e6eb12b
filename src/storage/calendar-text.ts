/**
 * Whether stored text names a real day or instant. Only the digits are checked (no date
 * library, no Date parsing), so the check runs on every open without loading Temporal.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

export function isCalendarDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** ISO 8601 with Z or an offset, as the backup schema's `instant` and the clock write it. */
export function isInstant(text: string): boolean {
  const m = INSTANT.exec(text);
  if (!m || !isCalendarDay(m[1]!)) return false;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  const offsetOk = m[5] === undefined || (Number(m[5]) < 24 && Number(m[6]) < 60);
  return hour < 24 && minute < 60 && second < 60 && offsetOk;
}
