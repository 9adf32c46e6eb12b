import { readTypedDate } from '../../domain/input/typed-date';

/**
 * What people type for a date, to YYYY-MM-DD: 2027-01-31, 2027/1/31, 20270131, 令和9年1月31日,
 * R9.1.31, ２０２８年３月３１日 — the same reader as the CSV import. Undefined while the text
 * is not (yet) a real day.
 */
export function parseDateInput(raw: string): string | undefined {
  const read = readTypedDate(raw);
  return 'value' in read ? read.value : undefined;
}
