import type { Localized } from '../domain/model/localized';
import type { Vocabulary, VocabularyTerm } from '../domain/model/vocabulary';
import type { CsvColumn } from './csv-columns';
import { CHOICES } from './vocabulary-lookup';

const HINTS: Record<string, Localized> = {
  text: { ja: '文字', en: 'Text' },
  date: {
    ja: '日付: 2026-05-31、2026/5/31、2026年5月31日、令和8年5月31日',
    en: 'Date: 2026-05-31, 2026/5/31, 2026年5月31日, 令和8年5月31日',
  },
  boolean: {
    ja: 'はい／いいえ（yes/no、1/0、○/×）。空欄は「いいえ」',
    en: 'yes / no (also はい/いいえ, 1/0, ○/×); empty means no',
  },
  duration: { ja: '5年、1年6月、90日、P5Y', en: '5 years, 1 year 6 months, 90 days, P5Y' },
  nationality: {
    ja: 'ISO 3166-1の3文字コード（VNM、CHN）または主な国名（ベトナム、中国）',
    en: 'ISO 3166-1 alpha-3 (VNM, CHN) or a common country name (Vietnam, China)',
  },
  credentialNumber: {
    ja: '12桁の番号。Excelでは列の書式を「文字列」に',
    en: '12 digits; in Excel, format the column as text',
  },
  procedureList: {
    ja: '「|」区切り: 再入国許可申請|資格外活動許可申請',
    en: 'Separated by "|": reentry|extra_activity',
  },
};

const WITH_PROCEDURES = ['extra_activity', 'reentry'];

/** What a column accepts, for the page's column reference: a hint, and the terms of a list. */
export function columnValues(
  column: CsvColumn,
  vocabulary: Vocabulary,
): { hint: Localized | null; terms: VocabularyTerm[] } {
  const kind = column.kind;
  if (typeof kind === 'object') {
    const terms = 'vocabulary' in kind ? (vocabulary[kind.vocabulary] ?? []) : CHOICES[kind.choice];
    return { hint: null, terms };
  }
  const terms =
    kind === 'procedureList'
      ? vocabulary.procedures.filter((t) => WITH_PROCEDURES.includes(t.id))
      : [];
  return { hint: HINTS[kind] ?? null, terms };
}
