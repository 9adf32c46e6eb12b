// Japanese eras that appear in birth and expiry dates, with their first and last day.
const ERAS: { names: string[]; offset: number; first: string; last: string | null }[] = [
  { names: ['令和', 'r'], offset: 2018, first: '2019-05-01', last: null },
  { names: ['平成', 'h'], offset: 1988, first: '1989-01-08', last: '2019-04-30' },
  { names: ['昭和', 's'], offset: 1925, first: '1926-12-25', last: '1989-01-07' },
];

export type TypedDate =
  { value: string } | { problem: 'serial_number' | 'not_a_date' | 'not_a_day' | 'outside_era' };

/**
 * The date forms people type and spreadsheets write, to YYYY-MM-DD: 2027-01-31, 2027/1/31,
 * 2027.1.31, 20270131, 2027年1月31日, 令和9年1月31日, R9.1.31, 平成元年1月8日, in full-width
 * digits too. One reader for the editor and the CSV import.
 */
export function readTypedDate(raw: string): TypedDate {
  const text = raw.normalize('NFKC').trim().replace(/\s+/g, '');
  if (/^\d{5}$/.test(text)) return { problem: 'serial_number' };
  const western =
    /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?|(\d{2})(\d{2}))$/.exec(text);
  if (western) {
    const month = western[2] ?? western[4] ?? western[6];
    const day = western[3] ?? western[5] ?? western[7];
    return day_(Number(western[1]), Number(month), Number(day));
  }
  const era =
    /^(令和|平成|昭和|[RHSrhs])(元|\d{1,2})(?:年(\d{1,2})月(\d{1,2})日?|[-/.](\d{1,2})[-/.](\d{1,2}))$/.exec(
      text,
    );
  if (!era) return { problem: 'not_a_date' };
  const def = ERAS.find((e) => e.names.includes(era[1]!.toLowerCase()))!;
  const year = def.offset + (era[2] === '元' ? 1 : Number(era[2]));
  const result = day_(year, Number(era[3] ?? era[5]), Number(era[4] ?? era[6]));
  if ('value' in result && (result.value < def.first || (def.last && result.value > def.last))) {
    return { problem: 'outside_era' };
  }
  return result;
}

// Plain arithmetic instead of Temporal: a 10,000-row file has tens of thousands of dates, and
// the polyfill's PlainDate.from costs about 0.1 ms each. The Gregorian leap rule is all it needs.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function day_(year: number, month: number, day: number): TypedDate {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { problem: 'not_a_day' };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return { value: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` };
}
