import Papa from 'papaparse';
import type { Lang, Localized } from '../domain/model/localized';
import type { BulkResult } from './bulk-result';
import {
  findingsText,
  needsText,
  procedureText,
  verdictText,
  type ResultNames,
} from './result-text';

const HEADERS: [Localized, (r: BulkResult, names: ResultNames, lang: Lang) => string][] = [
  [{ ja: '行', en: 'row' }, (r) => String(r.row)],
  [{ ja: '案件名', en: 'title' }, (r) => r.title ?? ''],
  [{ ja: '氏名', en: 'applicant_name' }, (r) => r.name ?? ''],
  [{ ja: '申請の種類', en: 'procedure' }, (r, n, lang) => procedureText(r, n, lang)],
  [{ ja: '判定', en: 'verdict' }, (r, _n, lang) => verdictText(r, lang)],
  [{ ja: '受付開始日', en: 'window_opens' }, (r) => r.window?.opens ?? ''],
  [{ ja: '受付終了日', en: 'window_closes' }, (r) => r.window?.closes ?? ''],
  [{ ja: '受付期間内', en: 'window_open_now' }, (r, _n, lang) => yesNo(r.window?.isOpen, lang)],
  [
    { ja: '最終日までの日数', en: 'days_left' },
    (r) => (r.daysLeft === null ? '' : String(r.daysLeft)),
  ],
  [{ ja: '確認結果', en: 'findings' }, (r, n, lang) => findingsText(r, n, lang)],
  [{ ja: '確認結果ID', en: 'finding_ids' }, (r) => r.findings.map((f) => f.id).join('|')],
  [{ ja: '判定に必要な入力', en: 'needs' }, (r, _n, lang) => needsText(r, lang)],
  // Every exported result names its rules; unofficial ones say so on each row.
  [{ ja: 'ルール', en: 'rules' }, (r, _n, lang) => rulesText(r, lang)],
];

function rulesText(r: BulkResult, lang: Lang): string {
  if (!r.rules) return '';
  if (!r.rules.unofficial) return r.rules.version;
  return `${lang === 'ja' ? '非公式ルール' : 'unofficial rules'}: ${r.rules.unofficial}`;
}

function yesNo(value: boolean | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  return value ? (lang === 'ja' ? 'はい' : 'yes') : lang === 'ja' ? 'いいえ' : 'no';
}

/**
 * The results as CSV in the chosen language, with a byte order mark and CRLF so Excel in
 * Japan opens it as UTF-8. Rule ids are kept in their own column for filtering.
 */
export function resultsToCsv(results: BulkResult[], names: ResultNames, lang: Lang): string {
  const rows = [
    HEADERS.map(([header]) => header[lang]),
    ...results.map((r) => HEADERS.map(([, cell]) => cell(r, names, lang))),
  ];
  return '\uFEFF' + Papa.unparse(rows, { newline: '\r\n', escapeFormulae: true }) + '\r\n';
}
