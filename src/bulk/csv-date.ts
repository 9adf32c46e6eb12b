import { fail, ok, type CellResult } from './bulk-issue';

// Japanese eras that can appear in birth dates and expiry dates, with their first day.
const ERAS: { names: string[]; offset: number; first: string; last: string | null }[] = [
  { names: ['令和', 'r'], offset: 2018, first: '2019-05-01', last: null },
  { names: ['平成', 'h'], offset: 1988, first: '1989-01-08', last: '2019-04-30' },
  { names: ['昭和', 's'], offset: 1925, first: '1926-12-25', last: '1989-01-07' },
];

const FIX = {
  ja: 'YYYY-MM-DD（例: 2026-05-31）、2026/05/31 または 令和8年5月31日 の形で、実在する日付を入力してください',
  en: 'Write a real date as YYYY-MM-DD (e.g. 2026-05-31); 2026/05/31 and 令和8年5月31日 are also read',
};

/**
 * Reads the date forms Japanese spreadsheets produce: 2026-05-31, 2026/5/31, 2026.5.31,
 * 2026年5月31日 and era dates (令和8年5月31日, R8.5.31, 平成元年1月8日).
 */
export function parseCsvDate(raw: string): CellResult<string> {
  const text = raw.normalize('NFKC').trim().replace(/\s+/g, '');
  if (/^\d{5}$/.test(text)) {
    return fail(
      {
        ja: `「${raw}」は日付ではなく表計算ソフトの日付のシリアル値です`,
        en: `"${raw}" is a spreadsheet date serial number, not a date`,
      },
      {
        ja: 'セルの書式を「文字列」か「日付（YYYY/MM/DD）」にして保存し直してください',
        en: 'Format the cells as text or as a date (YYYY/MM/DD) and save the file again',
      },
    );
  }
  const western = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/.exec(text);
  if (western) {
    return toIso(
      raw,
      Number(western[1]),
      Number(western[2] ?? western[4]),
      Number(western[3] ?? western[5]),
    );
  }
  const era =
    /^(令和|平成|昭和|[RHSrhs])(元|\d{1,2})(?:年(\d{1,2})月(\d{1,2})日|[-/.](\d{1,2})[-/.](\d{1,2}))$/.exec(
      text,
    );
  if (era) {
    const def = ERAS.find((e) => e.names.includes(era[1]!.toLowerCase()))!;
    const year = def.offset + (era[2] === '元' ? 1 : Number(era[2]));
    const result = toIso(raw, year, Number(era[3] ?? era[5]), Number(era[4] ?? era[6]));
    if (result.ok && (result.value < def.first || (def.last !== null && result.value > def.last))) {
      return fail(
        { ja: `「${raw}」はその元号の期間にない日付です`, en: `"${raw}" falls outside that era` },
        FIX,
      );
    }
    return result;
  }
  return fail(
    { ja: `「${raw}」は日付として読めません`, en: `"${raw}" cannot be read as a date` },
    FIX,
  );
}

// Plain arithmetic instead of Temporal: a 1,000-row file has thousands of dates, and the
// polyfill's PlainDate.from costs about 0.1 ms each. The Gregorian leap rule is all it needs.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toIso(raw: string, year: number, month: number, day: number): CellResult<string> {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail(
      { ja: `「${raw}」は実在しない日付です`, en: `"${raw}" is not a day in the calendar` },
      FIX,
    );
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return ok(`${year}-${pad(month)}-${pad(day)}`);
}
