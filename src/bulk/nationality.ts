import { fail, normalizeText, ok, type CellResult } from './bulk-issue';

// The nationalities most represented among residents of Japan, by the names HR staff type.
// Anything else is written as its ISO 3166-1 alpha-3 code, which the draft stores.
const NAMES: Record<string, string[]> = {
  CHN: ['中国', 'china', '中華人民共和国'],
  VNM: ['ベトナム', 'vietnam', 'viet nam'],
  KOR: ['韓国', 'korea', 'south korea', '大韓民国'],
  PHL: ['フィリピン', 'philippines'],
  BRA: ['ブラジル', 'brazil'],
  NPL: ['ネパール', 'nepal'],
  IDN: ['インドネシア', 'indonesia'],
  MMR: ['ミャンマー', 'myanmar'],
  TWN: ['台湾', 'taiwan'],
  USA: ['米国', 'アメリカ', 'アメリカ合衆国', 'united states', 'usa'],
  THA: ['タイ', 'thailand'],
  LKA: ['スリランカ', 'sri lanka'],
  IND: ['インド', 'india'],
  BGD: ['バングラデシュ', 'bangladesh'],
  PER: ['ペルー', 'peru'],
  PAK: ['パキスタン', 'pakistan'],
  MNG: ['モンゴル', 'mongolia'],
  KHM: ['カンボジア', 'cambodia'],
  GBR: ['英国', 'イギリス', 'united kingdom', 'uk'],
  FRA: ['フランス', 'france'],
};

const BY_NAME = new Map(
  Object.entries(NAMES).flatMap(([code, names]) => names.map((n) => [normalizeText(n), code])),
);

/** ISO 3166-1 alpha-3 in any case, or a common Japanese or English country name. */
export function parseNationality(raw: string): CellResult<string> {
  const text = normalizeText(raw);
  const named = BY_NAME.get(text);
  if (named) return ok(named);
  if (/^[a-z]{3}$/.test(text)) return ok(text.toUpperCase());
  return fail(
    { ja: `「${raw}」は国籍・地域として読めません`, en: `"${raw}" is not a known nationality` },
    {
      ja: 'ISO 3166-1の3文字コード（例: VNM、CHN、PHL）で入力してください',
      en: 'Write the ISO 3166-1 alpha-3 code (e.g. VNM, CHN, PHL)',
    },
  );
}
