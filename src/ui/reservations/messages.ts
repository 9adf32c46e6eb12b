import type { Localized } from '../../domain/model/localized';

/** Texts of the reservation planner screens, in both languages. */
export const RESERVE_TEXT = {
  heading: { ja: '窓口予約', en: 'Counter reservations' },
  language: { ja: '表示言語', en: 'Language' },
  system: { ja: '予約の種類', en: 'Reservation system' },
  tokyo_application: { ja: '東京 申請予約', en: 'Tokyo application reservation' },
  osaka_issuance: { ja: '大阪 交付予約', en: 'Osaka issuance reservation' },
  filer: { ja: '予約する人', en: 'Who books' },
  filerCategory: { ja: '区分', en: 'Category' },
  credentialKind: { ja: '証明書', en: 'Credential' },
  noCredential: { ja: '証明書なし', en: 'No credential' },
  credentialNumber: { ja: '証明書番号（12桁）', en: 'Credential number (12 digits)' },
  credentialExpires: { ja: '証明書の有効期限', en: 'Credential expires' },
  saveFiler: { ja: '保存', en: 'Save' },
  filerMissing: {
    ja: '予約する人の区分を選んでから予約できます。',
    en: 'Choose who books before booking.',
  },
  calendar: { ja: '予約できる開庁日と枠', en: 'Bookable open days and slots' },
  noDays: { ja: 'この日は予約の受付がありません。', en: 'No bookable days at this time.' },
  lunch: { ja: '昼休み（受付なし）', en: 'Lunch break (no reception)' },
  remaining: { ja: '残り', en: 'left' },
  remainingUnknown: { ja: '残数不明', en: 'capacity unknown' },
  yours: { ja: '予約済み', en: 'yours' },
  overQuota: { ja: '枠の上限', en: 'over your quota' },
  stale: { ja: '古い可能性があります', en: 'possibly stale' },
  fetchedAt: { ja: '取得', en: 'fetched' },
  offline: {
    ja: 'オフラインです。残数は最後に取得した値です。',
    en: 'Offline: capacity shows the last values fetched.',
  },
  noAvailability: {
    ja: '残数はまだ取得していません。',
    en: 'Capacity has not been fetched yet.',
  },
  refresh: { ja: '残数を更新', en: 'Refresh capacity' },
  quota: { ja: '予約枠の利用状況', en: 'Your quota' },
  slotsUsed: { ja: '使用中の枠', en: 'Slots used' },
  casesPerSlot: { ja: '1枠あたりの件数の上限', en: 'Cases per slot, at most' },
  freesAt: { ja: '次に予約できる時点', en: 'Next slot frees at' },
  deadlines: { ja: '期限まで', en: 'Time left' },
  book: { ja: '予約入力', en: 'Book' },
  change: { ja: '変更', en: 'Change' },
  cancel: { ja: 'キャンセル', en: 'Cancel' },
  pickSlot: { ja: '枠を選ぶと期限を表示します。', en: 'Pick a slot to see its deadlines.' },
  booking: { ja: '予約する案件', en: 'Cases in this booking' },
  chosenSlot: { ja: '選んだ枠', en: 'Chosen slot' },
  noSlot: { ja: '枠が選ばれていません', en: 'No slot chosen' },
  addCase: { ja: '案件を追加', en: 'Add a case' },
  chooseDraft: { ja: '案件一覧から選ぶ', en: 'Choose from the drafts' },
  add: { ja: '追加', en: 'Add' },
  remove: { ja: '外す', en: 'Remove' },
  noCases: { ja: '案件がまだありません。', en: 'No cases yet.' },
  noDrafts: { ja: '案件一覧が空です。', en: 'The drafts list is empty.' },
  untitled: { ja: '（名前なし）', en: '(untitled)' },
  missing: { ja: '入力が必要', en: 'Needed' },
  check: { ja: '規則で確認', en: 'Check against the rules' },
  checking: { ja: '確認中…', en: 'Checking…' },
  allowed: { ja: 'この内容で予約できます。', en: 'This booking is allowed.' },
  refused: { ja: 'この内容では予約できません。', en: 'This booking is not allowed.' },
  send: { ja: '予約を送信', en: 'Send the booking' },
  queued: {
    ja: '送信待ちに入れました。接続されると送信されます。',
    en: 'Queued: it is sent when the connection is available.',
  },
  invalidRequest: { ja: '予約の内容に誤りがあります', en: 'The request has errors' },
  findings: { ja: '規則の確認結果', en: 'What the rules say' },
  reservations: { ja: 'あなたの予約', en: 'Your reservations' },
  noReservations: { ja: '予約はまだありません。', en: 'No reservations yet.' },
  state: { ja: '状態', en: 'State' },
  reason: { ja: '理由', en: 'Reason' },
  partialCancel: { ja: '選んだ案件だけキャンセル', en: 'Cancel the chosen cases only' },
  changeTo: { ja: '選んだ枠に変更', en: 'Move to the chosen slot' },
  confirmAction: { ja: '実行', en: 'Confirm' },
  back: { ja: 'やめる', en: 'Back' },
  notAllowedNow: { ja: '今はできません', en: 'Not possible now' },
  cases: { ja: '件', en: 'cases' },
} as const satisfies Record<string, Localized>;

export const STATE_TEXT = {
  queued: { ja: '送信待ち（オフライン）', en: 'Queued offline' },
  sending: { ja: '送信中', en: 'Sending' },
  sent: { ja: '送信済み', en: 'Sent' },
  confirmed: { ja: '確定', en: 'Confirmed' },
  rejected: { ja: '受付拒否', en: 'Rejected' },
  cancelled: { ja: 'キャンセル済み', en: 'Cancelled' },
} as const satisfies Record<string, Localized>;

/** Labels of the per-case fields a booking may need (Osaka issuance cases above all). */
export const CASE_FIELD_TEXT = {
  procedure: { ja: '申請の種類', en: 'Procedure' },
  channel: { ja: '申請方法', en: 'How it was filed' },
  online: { ja: 'オンライン', en: 'Online' },
  counter: { ja: '窓口', en: 'At the counter' },
  examinationFinished: {
    ja: '審査が終了した（はがきが届いた）',
    en: 'Examination finished (notice received)',
  },
  issuanceCounter: { ja: '交付窓口（例: 2F-A）', en: 'Issuance counter (e.g. 2F-A)' },
  acquisitionReason: { ja: '取得の事由', en: 'Reason for acquisition' },
  birth: { ja: '出生', en: 'Birth' },
  loss_of_nationality: { ja: '国籍離脱', en: 'Loss of nationality' },
  other: { ja: 'その他', en: 'Other' },
  applicationNumber: { ja: '申請番号', en: 'Application number' },
  applicantMustAppear: {
    ja: 'はがきで本人の出頭または別の窓口を指定された',
    en: 'Notice asks the applicant to appear or names another counter',
  },
  receiptArrangement: { ja: '申請者と受領者の関係', en: 'Who filed and who receives' },
  filed_myself: { ja: '自分が申請した', en: 'I filed it' },
  colleague_filed: { ja: '同じ機関の同僚が申請した', en: 'A colleague filed it' },
  applicant_filed: { ja: '本人が申請した', en: 'The applicant filed it' },
  other_agent_filed: { ja: '別の取次者が申請した', en: 'Another agent filed it' },
  notAnswered: { ja: '未回答', en: 'Not answered' },
} as const satisfies Record<string, Localized>;

export function slotLabel(date: string, time: string, ends: string): Localized {
  return { ja: `${date} ${time}〜${ends}`, en: `${date} ${time}–${ends}` };
}

export function remainingText(n: number): Localized {
  return { ja: `残り${n}件`, en: `${n} left` };
}

export function usedText(held: number, limit: number): Localized {
  return { ja: `${held} / ${limit} 枠`, en: `${held} of ${limit} slots` };
}

export function caseCountText(n: number, max: number): Localized {
  return { ja: `${n} / ${max} 件`, en: `${n} of ${max} cases` };
}
