import type { Localized } from '../../domain/model/localized';

/** Texts of the bulk import page, in both languages. */
export const BULK_TEXT = {
  title: { ja: 'CSVで一括確認', en: 'Bulk check from CSV' },
  intro: {
    ja: '1行に1件の申請を書いたCSVを読み込み、全件を確認します。ファイルはこのブラウザの外に送信されません。',
    en: 'Load a CSV with one application per row and check them all. The file never leaves this browser.',
  },
  templates: { ja: 'テンプレート', en: 'Templates' },
  templateJa: { ja: 'テンプレート（日本語の見出し）', en: 'Template (Japanese headers)' },
  templateEn: { ja: 'テンプレート（英語の見出し）', en: 'Template (English headers)' },
  formatHelp: {
    ja: '見出しは日本語・英語のどちらでも読めます。値はID・日本語名・英語名、日付は 2026-05-31 または 2026/05/31 で入力してください。UTF-8（BOM付き可）とShift_JISのCSVを読み込めます。',
    en: 'Headers may be Japanese or English; values may be ids or Japanese or English names; dates 2026-05-31 or 2026/05/31. UTF-8 (with or without BOM) and Shift_JIS files are read.',
  },
  layoutTitle: { ja: '列と入力できる値', en: 'Columns and accepted values' },
  layoutIntro: {
    ja: '列はすべて任意で、順序も自由です。一覧の値はID・日本語名・英語名のどれでも入力できます。',
    en: 'Every column is optional and may come in any order. List values may be written as the id or the Japanese or English name.',
  },
  layoutJa: { ja: '見出し（日本語）', en: 'Header (Japanese)' },
  layoutEn: { ja: '見出し（英語）', en: 'Header (English)' },
  layoutValues: { ja: '入力できる値', en: 'Accepted values' },
  fileLabel: { ja: 'CSVファイルを選ぶ', en: 'Choose a CSV file' },
  dropHint: { ja: 'またはここにファイルをドロップ', en: 'or drop the file here' },
  asOf: { ja: '確認日（日本時間）', en: 'Check as of (Japan date)' },
  reading: { ja: '読み込み中…', en: 'Reading…' },
  summary: {
    ja: '{file}: {rows}行を読み込みました（有効 {valid}行、エラーあり {invalid}行）',
    en: '{file}: {rows} rows read ({valid} valid, {invalid} with errors)',
  },
  encodingShiftJis: {
    ja: 'Shift_JISのファイルとして読み込みました。',
    en: 'The file was read as Shift_JIS.',
  },
  fileError: { ja: 'このファイルは読み込めません', en: 'This file cannot be read' },
  warnings: { ja: '読み込まなかった列', en: 'Columns not read' },
  missingColumns: {
    ja: 'ファイルにない列（空欄として扱います）',
    en: 'Columns not in the file (treated as empty)',
  },
  errorsTitle: { ja: '入力エラー（行・列ごと）', en: 'Input errors by row and column' },
  errorsNote: {
    ja: 'エラーのある行は取り込まれません。CSVを直して読み込み直してください。',
    en: 'Rows with errors are not imported. Correct the CSV and load it again.',
  },
  colRow: { ja: '行', en: 'Row' },
  colColumn: { ja: '列', en: 'Column' },
  colValue: { ja: '値', en: 'Value' },
  colProblem: { ja: '問題', en: 'Problem' },
  colFix: { ja: '直し方', en: 'How to fix' },
  colName: { ja: '氏名・案件名', en: 'Name / title' },
  colProcedure: { ja: '申請の種類', en: 'Procedure' },
  colVerdict: { ja: '判定', en: 'Verdict' },
  colWindow: { ja: '申請受付期間', en: 'Filing window' },
  colFindings: { ja: '確認結果', en: 'Findings' },
  colActions: { ja: '操作', en: 'Actions' },
  needs: { ja: '要入力', en: 'Needs' },
  checking: { ja: '{done} / {total}件を確認しました', en: 'Checked {done} of {total}' },
  progressLabel: { ja: '確認の進み具合', en: 'Checking progress' },
  cancel: { ja: '確認を中止', en: 'Stop checking' },
  cancelled: {
    ja: '確認を中止しました（{done}件まで確認済み）',
    en: 'Checking stopped ({done} checked)',
  },
  recheck: { ja: '全件を確認し直す', en: 'Check all again' },
  done: { ja: '{total}件の確認が終わりました', en: 'All {total} checked' },
  resultsTitle: { ja: '確認結果', en: 'Results' },
  resultsRegion: {
    ja: '確認結果の表（横にスクロールできます）',
    en: 'Results table (scrolls sideways)',
  },
  filterLabel: { ja: '表示する行', en: 'Show' },
  filterAll: { ja: 'すべて', en: 'All rows' },
  filterInvalid: { ja: '入力エラー', en: 'Input errors' },
  orderLabel: { ja: '並び順', en: 'Order' },
  orderRow: { ja: 'CSVの行順', en: 'CSV row order' },
  orderDeadline: { ja: '受付最終日が近い順', en: 'Nearest last filing day first' },
  openDraft: { ja: '下書きとして開く', en: 'Open as draft' },
  openDraftOf: { ja: '{row}行目を下書きとして開く', en: 'Open row {row} as a draft' },
  importValid: { ja: '有効な{count}行を取り込む', en: 'Import the {count} valid rows' },
  imported: { ja: '{count}件を取り込みました', en: '{count} cases imported' },
  importFailed: { ja: '取り込みに失敗しました: {reason}', en: 'Import failed: {reason}' },
  exportCsv: { ja: '確認結果をCSVで保存', en: 'Save results as CSV' },
  resultsFile: { ja: '一括確認結果', en: 'bulk-check-results' },
} satisfies Record<string, Localized>;

export type BulkTextKey = keyof typeof BULK_TEXT;

/** A text with {name} placeholders filled in. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
