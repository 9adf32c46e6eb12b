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
  verdict: { ja: '判定', en: 'Verdict' },
  fileable: { ja: '申請できます', en: 'Can be filed' },
  not_fileable: { ja: '申請できません', en: 'Cannot be filed' },
  needs_input: { ja: '入力が必要です', en: 'More input needed' },
  window: { ja: '申請受付期間', en: 'Filing window' },
  windowOpen: { ja: '受付期間内', en: 'open now' },
  windowClosedNow: { ja: '受付期間外', en: 'not open now' },
  noLimit: { ja: '制限なし', en: 'no limit' },
  receiptMethods: { ja: '選べる受領方法', en: 'Receipt methods allowed' },
  fee: { ja: '手数料（収入印紙）', en: 'Fee (revenue stamps)' },
  feeUnknown: { ja: '不明', en: 'unknown' },
  needs: { ja: '判定に必要な入力', en: 'Answers the verdict needs' },
  findings: { ja: '確認結果', en: 'Findings' },
  why: { ja: '理由', en: 'Why' },
  source: { ja: '出典', en: 'Source' },
  checklist: { ja: '審査終了後に送付・持参するもの', en: 'To mail or bring after examination' },
  rulePack: { ja: 'ルール', en: 'Rules' },
  block: { ja: '不可', en: 'Blocks' },
  warn: { ja: '注意', en: 'Warning' },
  info: { ja: '情報', en: 'Note' },
  official: { ja: '公式', en: 'official' },
  secondary: { ja: '二次情報', en: 'secondary' },
  interpretation: { ja: '解釈', en: 'interpretation' },
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;
