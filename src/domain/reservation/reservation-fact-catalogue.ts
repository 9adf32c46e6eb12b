import type { MissingPolicy } from '../facts/input-facts';
import type { Localized } from '../model/localized';

export interface ReservationFactInfo {
  name: string;
  label: Localized;
  /** request: one value per request; case: one value per case of the booking. */
  scope: 'request' | 'case';
  /** For case facts: the field of the case and what a missing value means. */
  field?: string;
  missing?: MissingPolicy;
  fallback?: unknown;
}

const r = (name: string, ja: string, en: string): ReservationFactInfo => ({
  name,
  label: { ja, en },
  scope: 'request',
});

const c = (
  name: string,
  ja: string,
  en: string,
  missing: MissingPolicy,
  fallback?: unknown,
): ReservationFactInfo => ({
  name,
  label: { ja, en },
  scope: 'case',
  field: name,
  missing,
  fallback,
});

/** Facts rules of subject "reservation" may use (computed in reservation-facts.ts, case-facts.ts). */
export const RESERVATION_FACTS: readonly ReservationFactInfo[] = [
  r('action', '操作', 'Action'),
  r('filerCategory', '予約する人', 'Booker'),
  r('credentialKind', '証明書の種類', 'Credential kind'),
  r('credentialExpires', '証明書の有効期限', 'Credential expiry'),
  r('atDate', '操作日', 'Day of the request'),
  r('atTime', '操作時刻', 'Time of the request'),
  r('reservedDate', '予約日', 'Reserved day'),
  r('reservedTime', '予約時刻', 'Reserved time'),
  r('slotTimesConfirmed', '枠の時刻が確認済み', 'Slot times confirmed'),
  r('closedSlotsConfirmed', '受付のない枠が確認済み', 'Closed slots confirmed'),
  r('reservedDayIsOpen', '予約日が開庁日', 'Reserved day is an open day'),
  r('reservedDayClosedReason', '閉庁の理由', 'Why the office is closed'),
  r('reservedDayShown', 'カレンダーに表示された日', 'Day shown on the calendar'),
  r('bookableDays', '予約可能な開庁日', 'Bookable open days'),
  r('bookDeadline', '予約入力の期限', 'Booking deadline'),
  r('bookDeadlinePassed', '予約入力の期限経過', 'Booking deadline passed'),
  r('targetDate', '変更・取消する予約の日', 'Day of the reservation changed or cancelled'),
  r('changeDeadline', '変更の期限', 'Change deadline'),
  r('changeDeadlinePassed', '変更の期限経過', 'Change deadline passed'),
  r('cancelDeadline', 'キャンセルの期限', 'Cancellation deadline'),
  r('cancelDeadlinePassed', 'キャンセルの期限経過', 'Cancellation deadline passed'),
  r('slotsHeld', '予約済みの枠数', 'Slots already held'),
  r('slotsAfter', '予約後の枠数', 'Slots held after this request'),
  r(
    'slotsAfterShownDays',
    '予約後の枠数（表示中の5開庁日のみ）',
    'Slots held after this request, counting the days shown only',
  ),
  r('reservedSlotEnded', '予約する枠が終了済み', 'Reserved slot is already over'),
  r('quotaFreesAt', '次に予約できる時点', 'When the next slot frees up'),
  r('casesInSlot', '同じ枠の件数', 'Cases in the slot'),
  r('bookingCaseCount', '予約する件数', 'Cases in the booking'),
  r('targetCaseCount', '最初に予約した件数', 'Cases originally booked'),
  r('cancelIsPartial', '一部のキャンセル', 'Partial cancellation'),
  r('slotRemaining', '枠の残数', 'Remaining capacity of the slot'),
  c('procedure', '申請の種類', 'Procedure', 'ask'),
  c('withProcedures', '同時に行う申請', 'Filed together', 'default', []),
  c('channel', '申請方法', 'How the application was filed', 'ask'),
  c('examinationFinished', '審査の終了', 'Examination finished', 'ask'),
  c('issuanceCounter', '交付窓口', 'Issuance counter', 'ask'),
  c('acquisitionReason', '取得の事由', 'Reason for acquisition', 'ask'),
  c('applicationNumber', '申請番号', 'Application number', 'not_checked'),
  c('applicantMustAppear', '申請人の出頭要請', 'Applicant asked to appear', 'default', false),
  c('receiptArrangement', '申請者と受領者の関係', 'Who filed and who receives', 'not_checked'),
];

export const RESERVATION_FACT_NAMES: ReadonlySet<string> = new Set(
  RESERVATION_FACTS.map((f) => f.name),
);

export const CASE_FACTS: readonly ReservationFactInfo[] = RESERVATION_FACTS.filter(
  (f) => f.scope === 'case',
);

const CASE_FACT_NAMES = new Set(CASE_FACTS.map((f) => f.name));

export function isCaseFact(name: string): boolean {
  return CASE_FACT_NAMES.has(name);
}

export function reservationFactLabel(name: string): Localized | undefined {
  return RESERVATION_FACTS.find((f) => f.name === name)?.label;
}
