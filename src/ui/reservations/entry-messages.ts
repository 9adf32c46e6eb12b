import type { Localized } from '../../domain/model/localized';

/** Texts of the reservation list (states of writes, deadlines, actions), in both languages. */
export const ENTRY_TEXT = {
  withdraw: { ja: '送信を取りやめる', en: 'Withdraw' },
  dismiss: { ja: '一覧から消す', en: 'Dismiss' },
  retry: { ja: '今すぐ再送', en: 'Retry now' },
  changeUntil: { ja: '変更の期限', en: 'Change until' },
  cancelUntil: { ja: 'キャンセルの期限', en: 'Cancel until' },
  pickSlotFirst: {
    ja: '変更するには上のカレンダーで新しい枠を選んでください。',
    en: 'To change, pick the new slot in the calendar above.',
  },
  chooseCases: { ja: 'キャンセルする案件', en: 'Cases to cancel' },
  pendingChange: { ja: '変更の依頼', en: 'Change request' },
  pendingCancel: { ja: 'キャンセルの依頼', en: 'Cancellation request' },
  serverSaid: { ja: 'サーバーの回答', en: 'Server answer' },
  lastError: { ja: '前回の送信', en: 'Last attempt' },
  listOffline: {
    ja: 'サーバーの予約一覧を読めません。この端末の送信記録を表示しています。',
    en: 'Cannot read the server list; showing what this device has sent.',
  },
  case: { ja: '案件', en: 'Case' },
} as const satisfies Record<string, Localized>;

export function caseNumberText(n: number): Localized {
  return { ja: `${n}件`, en: n === 1 ? '1 case' : `${n} cases` };
}
