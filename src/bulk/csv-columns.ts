import type { Vocabulary } from '../domain/model/vocabulary';

/** How a cell's text becomes a draft value. */
export type CellKind =
  | 'text'
  | 'date'
  | 'boolean'
  | 'duration'
  | 'nationality'
  | 'credentialNumber'
  | 'procedureList'
  | { vocabulary: keyof Vocabulary }
  | { choice: 'channel' | 'reentryKind' };

export interface CsvColumn {
  /** Stable key, also the English header of the template. */
  key: string;
  /** Japanese header of the template. */
  ja: string;
  /** Other headers people write for the same column (matched after normalisation). */
  aliases: string[];
  /** Where the value goes in the draft; null for columns that are not draft fields (title). */
  path: string[] | null;
  kind: CellKind;
}

const col = (
  key: string,
  ja: string,
  path: string[] | null,
  kind: CellKind,
  aliases: string[] = [],
): CsvColumn => ({ key, ja, path, kind, aliases });

/**
 * The documented layout (docs/csv-format.md), in template order. One row is one case; every
 * column is optional, so a file may carry only the columns a company keeps.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  col('title', '案件名', null, 'text', ['case title', 'case', '件名']),
  col('filer_category', '提出者の区分', ['filer', 'category'], { vocabulary: 'filers' }, [
    'filer',
    '申請等を行う者',
    '提出者',
  ]),
  col('credential_kind', '証明書の種類', ['filer', 'credential', 'kind'], {
    vocabulary: 'credentials',
  }),
  col('credential_number', '証明書番号', ['filer', 'credential', 'number'], 'credentialNumber'),
  col('credential_expires', '証明書の有効期限', ['filer', 'credential', 'expires'], 'date'),
  col('applicant_name', '氏名', ['applicant', 'name'], 'text', ['name', '申請人氏名', '名前']),
  col('birth_date', '生年月日', ['applicant', 'birthDate'], 'date', ['date of birth']),
  col('nationality', '国籍・地域', ['applicant', 'nationality'], 'nationality', ['国籍']),
  col('status', '現在の在留資格', ['applicant', 'status'], { vocabulary: 'statuses' }, [
    '在留資格',
    'current status',
    'status of residence',
  ]),
  col('period_of_stay', '在留期間', ['applicant', 'periodOfStay'], 'duration'),
  col('stay_expires', '在留期間満了日', ['applicant', 'stayExpires'], 'date', [
    '在留期限',
    '満了日',
    'expiry',
  ]),
  col('procedure', '申請の種類', ['procedure'], { vocabulary: 'procedures' }, ['申請種別', '手続']),
  col('with_procedures', '同時に申請する手続', ['withProcedures'], 'procedureList', [
    '同時申請',
    'filed together',
  ]),
  col('reentry_kind', '再入国許可の種類', ['reentryKind'], { choice: 'reentryKind' }),
  col('target_status', '希望する在留資格', ['targetStatus'], { vocabulary: 'statuses' }, [
    '変更後の在留資格',
    'status applied for',
  ]),
  col('grounds_date', '変更事由の発生日', ['groundsDate'], 'date'),
  col('event_date', '取得事由の発生日', ['eventDate'], 'date', ['出生日']),
  col('channel', '申請方法', ['channel'], { choice: 'channel' }),
  col('bureau', '申請先の地方局', ['bureau'], { vocabulary: 'bureaus' }, [
    '地方出入国在留管理局',
    '管轄',
  ]),
  col('receipt_method', '受領方法', ['receiptMethod'], { vocabulary: 'receiptMethods' }),
  col('new_kanji_name_request', '漢字氏名の併記申出', ['flags', 'newKanjiNameRequest'], 'boolean'),
  col(
    'permission_by_passport_stamp',
    '旅券への証印による許可',
    ['flags', 'permissionByPassportStamp'],
    'boolean',
  ),
  col(
    'applicant_unable_through_illness',
    '本人が病気等で申請できない',
    ['flags', 'applicantUnableThroughIllness'],
    'boolean',
  ),
  col(
    'reference_form9_attached',
    '参考様式第9号の添付',
    ['flags', 'referenceForm9Attached'],
    'boolean',
  ),
];

/** The column a draft field's JSON pointer belongs to (for schema errors and needed inputs). */
export function columnForPointer(pointer: string): CsvColumn | undefined {
  const segments = pointer.split('/').filter(Boolean);
  return CSV_COLUMNS.find(
    (c) =>
      c.path !== null &&
      c.path.length <= segments.length &&
      c.path.every((s, i) => segments[i] === s),
  );
}

export function columnHeader(column: CsvColumn, lang: 'ja' | 'en'): string {
  return lang === 'ja' ? column.ja : column.key;
}
