import type { Localized } from '../../domain/model/localized';

/** Texts of the draft editor, in both languages. */
export const EDITOR_TEXT = {
  formTitle: { ja: '申請内容', en: 'Application' },
  group_case: { ja: '申請の種類と方法', en: 'What is filed and how' },
  group_filer: { ja: '申請する人', en: 'Who files' },
  group_applicant: { ja: '申請人と日付', en: 'Applicant and dates' },
  group_declarations: { ja: '申出・添付', en: 'Declarations' },
  choose: { ja: '選択してください', en: 'Choose…' },
  answerNeeded: { ja: '判定に必要', en: 'Answer needed' },
  notADate: {
    ja: '日付として読めません（例: 2027-01-31、令和9年1月31日）',
    en: 'Not a date yet (e.g. 2027-01-31 or 令和9年1月31日)',
  },
  notADuration: {
    ja: '期間として読めません（例: 1年、6か月、90日）',
    en: 'Not a period yet (e.g. 1 year, 6 months, 90 days)',
  },
  notANationality: {
    ja: '3文字の英字コードで入力してください（例: VNM）',
    en: 'Use the 3-letter code (e.g. VNM)',
  },
  datePlaceholder: { ja: '2027-01-31 / 令和9年1月31日', en: '2027-01-31' },
  durationPlaceholder: { ja: '1年 / 6か月 / 90日', en: '1 year / 6 months / 90 days' },
  notAllowedNow: { ja: '（現在の判定では選べません）', en: '(not allowed by the current check)' },
  asOf: { ja: '確認日時（日本時間）', en: 'As of (Japan time)' },
  asOfDate: { ja: '確認日', en: 'Date' },
  asOfTime: { ja: '時刻', en: 'Time' },
  asOfNow: { ja: '現在に戻す', en: 'Now' },
  asOfHelp: {
    ja: '別の日時を選ぶと、その時点での判定を表示します。',
    en: 'Pick another date and time to see the answer at that moment.',
  },
  hiddenKept: {
    ja: 'この申請では使わない入力も保存されています',
    en: 'Answers not used for this application are kept',
  },
  clearHidden: { ja: 'これらを削除', en: 'Remove them' },
  attachmentsTitle: { ja: '添付ファイル', en: 'Attachments' },
} satisfies Record<string, Localized>;

export type EditorTextKey = keyof typeof EDITOR_TEXT;
