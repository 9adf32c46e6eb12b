/** Texts of the app shell: navigation, footer and the case screen around the editor. */
export const SHELL_TEXT = {
  screens: { ja: '画面', en: 'Screens' },
  cases: { ja: '案件一覧', en: 'Cases' },
  bulk: { ja: 'CSV一括確認', en: 'Bulk CSV' },
  reservations: { ja: '窓口予約', en: 'Counter reservations' },
  check: { ja: 'JSONで確認', en: 'Check JSON' },
  workbench: { ja: 'ルール管理', en: 'Rules workbench' },
  rules: { ja: 'ルール', en: 'Rules' },
  keptPack: { ja: 'ルール管理で公開した版', en: 'published in the rules workbench' },
  loading: { ja: '読み込み中…', en: 'Loading…' },
  caseNotFound: {
    ja: 'この案件は見つかりません。削除されたか、別のブラウザで作成された可能性があります。',
    en: 'This case was not found. It may have been deleted or created in another browser.',
  },
  backToCases: { ja: '案件一覧へ', en: 'Back to cases' },
  caseTitle: { ja: '案件名', en: 'Case title' },
  caseTitleHint: { ja: '例: 申請人の氏名', en: 'e.g. the applicant’s name' },
  saveFailed: {
    ja: '保存できませんでした。ブラウザの保存領域を確認し、バックアップを書き出してください。',
    en: 'Could not save. Check the browser’s storage and export a backup.',
  },
  importDone: { ja: '件を案件一覧に追加しました。', en: 'case(s) added to the case list.' },
  workbenchFailed: {
    ja: 'ルール管理画面を読み込めませんでした。',
    en: 'The rules workbench could not be loaded.',
  },
};
