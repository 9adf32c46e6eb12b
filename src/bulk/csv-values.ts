import { readTypedDuration } from '../domain/input/typed-duration';
import { readTypedId } from '../domain/input/typed-text';
import { fail, normalizeText, ok, type CellResult } from './bulk-issue';

const YES = new Set(['yes', 'y', 'true', '1', 'はい', '有', 'あり', '○', '◯', '〇', '✓']);
const NO = new Set(['no', 'n', 'false', '0', 'いいえ', '無', 'なし', '×', '✕']);

/** Declarations: yes/no in either language, 1/0, TRUE/FALSE as Excel writes them, ○/×. */
export function parseCsvBoolean(raw: string): CellResult<boolean> {
  const text = normalizeText(raw);
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail(
    { ja: `「${raw}」は「はい／いいえ」として読めません`, en: `"${raw}" is not a yes or no` },
    {
      ja: 'はい・いいえ（yes・no、1・0、○・× も可）のどれかを入力するか、空欄にしてください（空欄は「いいえ」）',
      en: 'Write yes or no (also はい/いいえ, 1/0, ○/×) or leave the cell empty (empty means no)',
    },
  );
}

/**
 * Period of stay as ISO 8601 (P1Y6M) or as people write it (readTypedDuration): 5年, 1年6月,
 * 6か月, 90日, 3 years. "無期限" (unlimited) is no period at all: the cell is read as empty.
 */
export function parseCsvDuration(raw: string): CellResult<string | undefined> {
  const read = readTypedDuration(raw);
  if ('value' in read) return ok(read.value);
  if ('unlimited' in read) return ok(undefined);
  return durationError(raw);
}

function durationError(raw: string): CellResult<string> {
  return fail(
    {
      ja: `「${raw}」は在留期間として読めません`,
      en: `"${raw}" cannot be read as a period of stay`,
    },
    {
      ja: '「5年」「1年6月」「90日」のように、またはISO 8601形式（P5Y、P6M、P90D）で入力してください',
      en: 'Write it like "5 years", "1 year 6 months", "90 days", or as ISO 8601 (P5Y, P6M, P90D)',
    },
  );
}

/**
 * Certificate numbers are kept as text so the rule can judge them; a number Excel has turned
 * into 1.23457E+11 has lost its digits, which only the person with the certificate can restore.
 */
export function parseCredentialNumber(raw: string): CellResult<string> {
  const text = raw.normalize('NFKC').trim();
  if (/^\d+(\.\d+)?e\+?\d+$/i.test(text)) {
    return fail(
      {
        ja: `「${raw}」は表計算ソフトにより指数表示に変換され、桁が失われています`,
        en: `"${raw}" was turned into exponent notation by the spreadsheet and has lost digits`,
      },
      {
        ja: '列の書式を「文字列」にして、12桁の番号を入力し直してください',
        en: 'Format the column as text and type the 12-digit number again',
      },
    );
  }
  return ok(readTypedId(text));
}
