import { readTypedDate } from '../domain/input/typed-date';
import { fail, ok, type CellResult } from './bulk-issue';

const FIX = {
  ja: 'YYYY-MM-DD（例: 2026-05-31）、2026/05/31 または 令和8年5月31日 の形で、実在する日付を入力してください',
  en: 'Write a real date as YYYY-MM-DD (e.g. 2026-05-31); 2026/05/31 and 令和8年5月31日 are also read',
};

/**
 * Reads the date forms Japanese spreadsheets produce (the editor reads the same, through
 * readTypedDate): 2026-05-31, 2026/5/31, 2026年5月31日, 令和8年5月31日, R8.5.31, 平成元年1月8日.
 */
export function parseCsvDate(raw: string): CellResult<string> {
  const read = readTypedDate(raw);
  if ('value' in read) return ok(read.value);
  switch (read.problem) {
    case 'serial_number':
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
    case 'not_a_day':
      return fail(
        { ja: `「${raw}」は実在しない日付です`, en: `"${raw}" is not a day in the calendar` },
        FIX,
      );
    case 'outside_era':
      return fail(
        { ja: `「${raw}」はその元号の期間にない日付です`, en: `"${raw}" falls outside that era` },
        FIX,
      );
    default:
      return fail(
        { ja: `「${raw}」は日付として読めません`, en: `"${raw}" cannot be read as a date` },
        FIX,
      );
  }
}
