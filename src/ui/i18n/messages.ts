import type { Localized } from '../../domain/model/localized';

/** Every text the screens show, in both languages. */
export const MESSAGES = {
  appTitle: { ja: '在留プレチェック', en: 'Zairyu Precheck' },
  appTagline: {
    ja: '在留手続を申請する前に、オンライン申請の可否・申請期間・受領方法・添付・手数料を確認します。',
    en: 'Check a residence application before filing: online eligibility, filing window, receipt method, attachments and fees.',
  },
  language: { ja: '表示言語', en: 'Language' },
  draftLabel: { ja: '申請内容（JSON）', en: 'Draft (JSON)' },
  draftHelp: {
    ja: '項目はREADMEの「申請データの形式」を参照してください。入力内容はこのブラウザに保存されます。',
    en: 'See "Draft format" in the README for the fields. What you type is kept in this browser.',
  },
  asOfLabel: { ja: '確認日時（日本時間）', en: 'As of (Japan time)' },
  sample: { ja: '記入例を読み込む', en: 'Load an example' },
  checking: { ja: '確認中…', en: 'Checking…' },
  jsonError: { ja: 'JSONとして読めません', en: 'This is not valid JSON' },
  invalidDraft: { ja: '申請内容に誤りがあります', en: 'The draft has errors' },
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;
