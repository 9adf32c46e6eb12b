import type { Draft } from '../model/draft';
import type { Localized } from '../model/localized';

/**
 * What happens when a draft leaves a field empty:
 * - ask: a rule that depends on it cannot decide, so the verdict is needs_input
 * - default: the field has a natural empty value (no companions, flag not set)
 * - not_checked: filled in later (files the app inspects, the receipt method chosen at
 *   filing); until then rules that depend on it stay silent instead of blocking
 */
export type MissingPolicy = 'ask' | 'default' | 'not_checked';

export interface InputFact {
  name: string;
  pointer: string;
  label: Localized;
  type: 'string' | 'date' | 'duration' | 'list' | 'boolean';
  missing: MissingPolicy;
  read: (draft: Draft) => unknown;
  fallback?: unknown;
}

const input = (
  name: string,
  pointer: string,
  ja: string,
  en: string,
  type: InputFact['type'],
  read: (d: Draft) => unknown,
  missing: MissingPolicy = 'ask',
  fallback?: unknown,
): InputFact => ({ name, pointer, label: { ja, en }, type, read, missing, fallback });

export const INPUT_FACTS: readonly InputFact[] = [
  input('procedure', '/procedure', '申請の種類', 'Procedure', 'string', (d) => d.procedure),
  input(
    'withProcedures',
    '/withProcedures',
    '同時に行う申請',
    'Filed together',
    'list',
    (d) => d.withProcedures,
    'default',
    [],
  ),
  input(
    'reentryKind',
    '/reentryKind',
    '再入国許可の種類',
    'Re-entry kind',
    'string',
    (d) => d.reentryKind,
  ),
  input('channel', '/channel', '申請方法', 'Channel', 'string', (d) => d.channel),
  input('bureau', '/bureau', '地方出入国在留管理局', 'Regional bureau', 'string', (d) => d.bureau),
  input(
    'receiptMethod',
    '/receiptMethod',
    '受領方法',
    'Receipt method',
    'string',
    (d) => d.receiptMethod,
    'not_checked',
  ),
  input(
    'filerCategory',
    '/filer/category',
    '申請する人',
    'Filer',
    'string',
    (d) => d.filer?.category,
  ),
  input(
    'credentialKind',
    '/filer/credential/kind',
    '証明書の種類',
    'Credential kind',
    'string',
    (d) => d.filer?.credential?.kind,
  ),
  input(
    'credentialNumber',
    '/filer/credential/number',
    '証明書番号',
    'Credential number',
    'string',
    (d) => d.filer?.credential?.number,
  ),
  input(
    'credentialExpires',
    '/filer/credential/expires',
    '証明書の有効期限',
    'Credential expiry',
    'date',
    (d) => d.filer?.credential?.expires,
  ),
  input(
    'birthDate',
    '/applicant/birthDate',
    '生年月日',
    'Date of birth',
    'date',
    (d) => d.applicant?.birthDate,
  ),
  input(
    'status',
    '/applicant/status',
    '現在の在留資格',
    'Current status of residence',
    'string',
    (d) => d.applicant?.status,
  ),
  input(
    'periodOfStay',
    '/applicant/periodOfStay',
    '在留期間',
    'Period of stay',
    'duration',
    (d) => d.applicant?.periodOfStay,
  ),
  input(
    'stayExpires',
    '/applicant/stayExpires',
    '在留期間満了日',
    'Expiry of the period of stay',
    'date',
    (d) => d.applicant?.stayExpires,
  ),
  input(
    'targetStatus',
    '/targetStatus',
    '希望する在留資格',
    'Status applied for',
    'string',
    (d) => d.targetStatus,
  ),
  input(
    'groundsDate',
    '/groundsDate',
    '変更の事由が生じた日',
    'Day the grounds for change arose',
    'date',
    (d) => d.groundsDate,
  ),
  input(
    'eventDate',
    '/eventDate',
    '出生等の日',
    'Day of birth or other event',
    'date',
    (d) => d.eventDate,
  ),
  input(
    'newKanjiNameRequest',
    '/flags/newKanjiNameRequest',
    '漢字氏名併記の新規申出',
    'New kanji name request',
    'boolean',
    (d) => d.flags?.newKanjiNameRequest,
    'default',
    false,
  ),
  input(
    'permissionByPassportStamp',
    '/flags/permissionByPassportStamp',
    '旅券への証印による許可',
    'Permission by passport stamp',
    'boolean',
    (d) => d.flags?.permissionByPassportStamp,
    'default',
    false,
  ),
  input(
    'applicantUnableThroughIllness',
    '/flags/applicantUnableThroughIllness',
    '本人が疾病等で申請できない',
    'Applicant unable through illness',
    'boolean',
    (d) => d.flags?.applicantUnableThroughIllness,
    'default',
    false,
  ),
  input(
    'referenceForm9Attached',
    '/flags/referenceForm9Attached',
    '参考様式9の添付',
    'Reference Form 9 attached',
    'boolean',
    (d) => d.flags?.referenceForm9Attached,
    'default',
    false,
  ),
];

export const INPUT_BY_POINTER: ReadonlyMap<string, InputFact> = new Map(
  INPUT_FACTS.map((f) => [f.pointer, f]),
);
