import type { Localized } from '../model/localized';

export interface DerivedFactInfo {
  name: string;
  label: Localized;
  type: 'string' | 'date' | 'number' | 'boolean' | 'list';
  /** Draft facts it is computed from, shown in the workbench. */
  from: string[];
}

const d = (
  name: string,
  ja: string,
  en: string,
  type: DerivedFactInfo['type'],
  from: string[] = [],
): DerivedFactInfo => ({ name, label: { ja, en }, type, from });

/** Facts the core computes with Temporal in Asia/Tokyo; rules may use them like draft fields. */
export const DERIVED_FACTS: readonly DerivedFactInfo[] = [
  d('asOfDate', '確認日', 'As-of date', 'date'),
  d('asOfTime', '確認時刻', 'As-of time', 'string'),
  d('statusHasPeriodOfStay', '在留期間のある在留資格', 'Status has a period of stay', 'boolean', [
    'status',
  ]),
  d(
    'filerHoldsCredential',
    '申請者が自分の証明書で申請する',
    'Filer files with a certificate of their own',
    'boolean',
    ['filerCategory'],
  ),
  d('ignoredFields', '使われなかった入力', 'Answers that do not apply', 'list'),
  d('age', '年齢（確認日時点）', 'Age on the as-of date', 'number', ['birthDate']),
  d('isExpiryDay', '在留期間満了日の当日', 'Is the expiry day', 'boolean', ['stayExpires']),
  d('daysUntilExpiry', '満了日までの日数', 'Days until expiry', 'number', ['stayExpires']),
  d('stayExpiresOnClosedDay', '満了日が閉庁日', 'Expiry falls on a closed day', 'boolean', [
    'stayExpires',
  ]),
  d('windowOpens', '申請受付の開始日', 'Filing window opens', 'date', ['procedure', 'channel']),
  d('windowCloses', '申請受付の最終日', 'Filing window closes', 'date', ['procedure', 'channel']),
  d('windowIsOpen', '申請受付期間内', 'Within the filing window', 'boolean', [
    'procedure',
    'channel',
  ]),
  d('daysUntilWindowCloses', '受付終了までの日数', 'Days until the window closes', 'number', [
    'procedure',
    'channel',
  ]),
  d('isOpenDay', '開庁日', 'Is an open day', 'boolean', ['bureau']),
  d('closedReason', '閉庁の理由', 'Why the office is closed', 'string', ['bureau']),
  d('nextOpenDay', '次の開庁日', 'Next open day', 'date', ['bureau']),
  d('receiptMethodsAllowed', '選べる受領方法', 'Receipt methods allowed', 'list', [
    'procedure',
    'channel',
  ]),
  d('noResidenceCard', '在留カードが交付されない', 'No residence card is issued', 'boolean', [
    'procedure',
    'status',
    'targetStatus',
    'permissionByPassportStamp',
  ]),
  d(
    'receiptMethodExclusions',
    '選んだ受領方法を除外した理由',
    'Why the chosen receipt method is excluded',
    'list',
    ['receiptMethod'],
  ),
  d('receiptMethodChosen', '受領方法の選択あり', 'Receipt method chosen', 'boolean', [
    'receiptMethod',
  ]),
  d('returnAddress', '返信用封筒の宛先', 'Return envelope addressed to', 'string', [
    'filerCategory',
  ]),
  d('feeYen', '手数料（収入印紙）', 'Fee (revenue stamps, yen)', 'number', [
    'procedure',
    'channel',
  ]),
  d('attachmentsProvided', '添付ファイルの入力あり', 'Attachments given', 'boolean'),
  d('photoProvided', '写真の入力あり', 'Photo given', 'boolean'),
  d('attachmentCount', '添付ファイル数', 'Number of attachments', 'number'),
  d(
    'attachmentsTotalBytes',
    '添付の合計サイズ（写真を含む）',
    'Attachments in total, photo included (bytes)',
    'number',
  ),
  d('largestAttachmentBytes', '最大の添付ファイル', 'Largest attachment (bytes)', 'number'),
  d('nonPdfAttachmentCount', 'PDF以外の添付', 'Attachments that are not PDF', 'number'),
  d('encryptedAttachmentCount', 'パスワード付きの添付', 'Password-protected attachments', 'number'),
  d(
    'restrictedAttachmentCount',
    '印刷・コピー制限付きの添付',
    'Attachments with print or copy restrictions',
    'number',
  ),
  d('unreadableAttachmentCount', '読み取れない添付', 'Attachments that cannot be read', 'number'),
  d(
    'lowestAttachmentDpi',
    '添付の最低解像度（dpi）',
    'Lowest attachment resolution (dpi)',
    'number',
  ),
  d('photoTakenOn', '写真の撮影日', 'Photo taken on', 'date'),
  d('photoOldestAllowed', '写真の撮影日の下限', 'Oldest allowed photo date', 'date'),
  d(
    'photoAspectDeviation',
    '写真の縦横比のずれ（4:3から）',
    'Photo aspect deviation from 4:3',
    'number',
  ),
];
