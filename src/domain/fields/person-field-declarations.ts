import type { Localized } from '../model/localized';
import { m } from '../../i18n/paraglide/messages.js';
import { catalogued } from './catalogued';
import {
  always,
  both,
  CARD_PROCEDURES,
  credentialFiler,
  filerIn,
  hasCurrentStatus,
  hasPeriodOfStay,
  onlineChannel,
  procedureIn,
} from '../questions/applicability';
import type { DraftField } from './draft-field';

const no = () => false;
const forExtension = (ctx: { procedure?: string }) => ctx.procedure === 'extension';
const flag = (
  name: string,
  label: Localized,
  applies: DraftField['question']['applies'],
  csv: DraftField['csv'],
  askAlways?: DraftField['question']['askAlways'],
): DraftField => ({
  pointer: `/flags/${name}`,
  fact: name,
  label,
  type: 'boolean',
  missing: 'default',
  fallback: false,
  question: {
    kind: 'boolean',
    group: 'declarations',
    applies,
    ...(askAlways ? { askAlways } : {}),
  },
  csv,
});

/** The filer, the applicant, the dates that set the window, and the declarations. */
export const PERSON_FIELD_DECLARATIONS: readonly DraftField[] = [
  {
    pointer: '/filer/category',
    fact: 'filerCategory',
    label: catalogued(m.field_filerCategory),
    type: 'string',
    list: 'filers',
    question: { kind: 'select', group: 'filer', applies: always },
    csv: {
      key: 'filer_category',
      ja: '提出者の区分',
      aliases: ['filer', '申請等を行う者', '提出者'],
    },
  },
  {
    pointer: '/filer/credential/kind',
    fact: 'credentialKind',
    label: catalogued(m.field_credentialKind),
    type: 'string',
    list: 'credentials',
    question: { kind: 'select', group: 'filer', applies: credentialFiler },
    csv: { key: 'credential_kind', ja: '証明書の種類' },
  },
  {
    pointer: '/filer/credential/number',
    fact: 'credentialNumber',
    label: catalogued(m.field_credentialNumber),
    type: 'string',
    question: { kind: 'text', group: 'filer', applies: credentialFiler },
    csv: { key: 'credential_number', ja: '証明書番号', cell: 'credentialNumber' },
  },
  {
    pointer: '/filer/credential/expires',
    fact: 'credentialExpires',
    label: catalogued(m.field_credentialExpires),
    type: 'date',
    question: { kind: 'date', group: 'filer', applies: credentialFiler },
    csv: { key: 'credential_expires', ja: '証明書の有効期限' },
  },
  {
    pointer: '/applicant/name',
    label: catalogued(m.field_applicantName),
    type: 'string',
    question: { kind: 'text', group: 'applicant', applies: always },
    csv: { key: 'applicant_name', ja: '氏名', aliases: ['name', '申請人氏名', '名前'] },
  },
  {
    pointer: '/applicant/nationality',
    label: catalogued(m.field_nationality),
    type: 'string',
    question: { kind: 'text', group: 'applicant', applies: always, askAlways: no },
    csv: { key: 'nationality', ja: '国籍・地域', aliases: ['国籍'], cell: 'nationality' },
  },
  {
    pointer: '/applicant/birthDate',
    fact: 'birthDate',
    label: catalogued(m.field_birthDate),
    type: 'date',
    // Age matters only when the foreign national or a relative files (self-filing, relatives).
    question: { kind: 'date', group: 'applicant', applies: filerIn(['applicant', 'relative']) },
    csv: { key: 'birth_date', ja: '生年月日', aliases: ['date of birth'] },
  },
  {
    pointer: '/applicant/status',
    fact: 'status',
    label: catalogued(m.field_status),
    type: 'string',
    list: 'statuses',
    question: { kind: 'select', group: 'applicant', applies: hasCurrentStatus },
    csv: {
      key: 'status',
      ja: '現在の在留資格',
      aliases: ['在留資格', 'current status', 'status of residence'],
    },
  },
  {
    pointer: '/applicant/periodOfStay',
    fact: 'periodOfStay',
    label: catalogued(m.field_periodOfStay),
    type: 'duration',
    question: {
      kind: 'duration',
      group: 'applicant',
      applies: hasPeriodOfStay,
      askAlways: forExtension,
    },
    csv: { key: 'period_of_stay', ja: '在留期間' },
  },
  {
    pointer: '/applicant/stayExpires',
    fact: 'stayExpires',
    label: catalogued(m.field_stayExpires),
    type: 'date',
    question: {
      kind: 'date',
      group: 'applicant',
      applies: hasPeriodOfStay,
      askAlways: forExtension,
    },
    csv: { key: 'stay_expires', ja: '在留期間満了日', aliases: ['在留期限', '満了日', 'expiry'] },
  },
  {
    pointer: '/targetStatus',
    fact: 'targetStatus',
    label: catalogued(m.field_targetStatus),
    type: 'string',
    list: 'statuses',
    question: {
      kind: 'select',
      group: 'applicant',
      applies: procedureIn(['coe', 'change_of_status', 'acquisition']),
    },
    csv: {
      key: 'target_status',
      ja: '希望する在留資格',
      aliases: ['変更後の在留資格', 'status applied for'],
    },
  },
  {
    pointer: '/groundsDate',
    fact: 'groundsDate',
    label: catalogued(m.field_groundsDate),
    type: 'date',
    question: { kind: 'date', group: 'applicant', applies: procedureIn(['change_of_status']) },
    csv: { key: 'grounds_date', ja: '変更事由の発生日' },
  },
  {
    pointer: '/eventDate',
    fact: 'eventDate',
    label: catalogued(m.field_eventDate),
    type: 'date',
    question: { kind: 'date', group: 'applicant', applies: procedureIn(['acquisition']) },
    csv: { key: 'event_date', ja: '取得事由の発生日', aliases: ['出生日'] },
  },
  flag(
    'newKanjiNameRequest',
    catalogued(m.field_newKanjiNameRequest),
    both(onlineChannel, procedureIn(CARD_PROCEDURES)),
    { key: 'new_kanji_name_request', ja: '漢字氏名の併記申出' },
  ),
  flag(
    'permissionByPassportStamp',
    catalogued(m.field_permissionByPassportStamp),
    both(onlineChannel, procedureIn(CARD_PROCEDURES)),
    { key: 'permission_by_passport_stamp', ja: '旅券への証印による許可' },
  ),
  flag(
    'applicantUnableThroughIllness',
    catalogued(m.field_applicantUnableThroughIllness),
    filerIn(['relative']),
    { key: 'applicant_unable_through_illness', ja: '本人が病気等で申請できない' },
  ),
  // Only when the attachments exceed the limits does a finding point at it.
  flag(
    'referenceForm9Attached',
    catalogued(m.field_referenceForm9Attached),
    onlineChannel,
    { key: 'reference_form9_attached', ja: '参考様式第9号の添付' },
    no,
  ),
];
