import { formatEra, parsePlainDate } from './era-format';

/** Gregorian year in which each modern era began, and its name. */
const ERAS: Readonly<Record<string, { start: number; name: string }>> = {
  令和: { start: 2019, name: '令和' },
  R: { start: 2019, name: '令和' },
  平成: { start: 1989, name: '平成' },
  H: { start: 1989, name: '平成' },
  昭和: { start: 1926, name: '昭和' },
  S: { start: 1926, name: '昭和' },
};

/**
 * What people type for a date, to YYYY-MM-DD: 2027-01-31, 2027/1/31, 20270131, 令和9年1月31日,
 * R9.1.31. Undefined while the text is not (yet) a real day.
 */
export function parseDateInput(raw: string): string | undefined {
  const text = raw.trim().normalize('NFKC');
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return build(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const era = /^(令和|平成|昭和|[RHS])\s*(元|\d{1,2})[年./-](\d{1,2})[月./-](\d{1,2})日?$/i.exec(
    text,
  );
  if (era) {
    const { start, name } = ERAS[era[1]!.toUpperCase()]!;
    const year = start + (era[2] === '元' ? 1 : Number(era[2])) - 1;
    const iso = build(year, Number(era[3]), Number(era[4]));
    // 令和1年4月30日 does not exist (that day is 平成31年): the era must match the day.
    return iso && formatEra(iso)?.startsWith(name) ? iso : undefined;
  }
  return undefined;
}

function build(year: number, month: number, day: number): string | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = parsePlainDate(text);
  return date?.toString();
}
