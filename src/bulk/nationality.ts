import { readTypedNationality } from '../domain/input/typed-nationality';
import { fail, ok, type CellResult } from './bulk-issue';

/** ISO 3166-1 alpha-3 in any case, or a common Japanese or English country name. */
export function parseNationality(raw: string): CellResult<string> {
  const code = readTypedNationality(raw);
  if (code) return ok(code);
  return fail(
    { ja: `「${raw}」は国籍・地域として読めません`, en: `"${raw}" is not a known nationality` },
    {
      ja: 'ISO 3166-1の3文字コード（例: VNM、CHN、PHL）で入力してください',
      en: 'Write the ISO 3166-1 alpha-3 code (e.g. VNM, CHN, PHL)',
    },
  );
}
