import { normalizeText } from './typed-text';

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

/**
 * A nationality as people type it: the ISO 3166-1 alpha-3 code in any case and width, or a
 * common Japanese or English country name. Undefined when it is neither.
 */
export function readTypedNationality(raw: string): string | undefined {
  const text = normalizeText(raw);
  const named = BY_NAME.get(text);
  if (named) return named;
  return /^[a-z]{3}$/.test(text) ? text.toUpperCase() : undefined;
}
