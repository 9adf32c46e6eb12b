import type { Lang, Localized } from '../domain/model/localized';
import type { RuleSet } from '../domain/model/rule';
import type { Vocabulary } from '../domain/model/vocabulary';
import type { BulkResult } from './bulk-result';
import { columnForPointer, columnHeader } from './csv-columns';

/** Names the results table shows, looked up from the pack so they follow the language. */
export interface ResultNames {
  procedures: Map<string, Localized>;
  rules: Map<string, Localized>;
}

export function resultNames(pack: { vocabulary: Vocabulary; ruleSets: RuleSet[] }): ResultNames {
  return {
    procedures: new Map(pack.vocabulary.procedures.map((t) => [t.id, t])),
    rules: new Map(pack.ruleSets.flatMap((s) => s.rules.map((r) => [r.id, r.title]))),
  };
}

export const STATUS_TEXT: Record<string, Localized> = {
  fileable: { ja: '申請できます', en: 'Can be filed' },
  not_fileable: { ja: '申請できません', en: 'Cannot be filed' },
  needs_input: { ja: '入力が必要です', en: 'More input needed' },
  invalid: { ja: '入力エラー', en: 'Input errors' },
  failed: { ja: '確認できませんでした', en: 'Could not be checked' },
};

const SEVERITY: Record<string, Localized> = {
  block: { ja: '不可', en: 'Blocks' },
  warn: { ja: '注意', en: 'Warning' },
  info: { ja: '情報', en: 'Note' },
};

export function verdictText(result: BulkResult, lang: Lang): string {
  return STATUS_TEXT[result.verdict ?? result.status]![lang];
}

export function procedureText(result: BulkResult, names: ResultNames, lang: Lang): string {
  if (result.procedure === null) return '';
  return names.procedures.get(result.procedure)?.[lang] ?? result.procedure;
}

export function windowText(result: BulkResult, lang: Lang): string {
  const window = result.window;
  if (window === null) return '';
  // Both ends open and nothing known about today: the window could not be worked out (an
  // answer is missing), which must never read as "no limit".
  if (window.opens === null && window.closes === null) {
    if (window.isOpen === null)
      return lang === 'ja' ? '申請期間は不明（入力が必要）' : 'window unknown (answers needed)';
    return lang === 'ja' ? '期間の定めなし' : 'no filing window';
  }
  const none = lang === 'ja' ? '制限なし' : 'no limit';
  const range = `${window.opens ?? none} – ${window.closes ?? none}`;
  const state = windowState(window.isOpen, result.daysLeft, lang);
  return state ? `${range} (${state})` : range;
}

/** Open with N days left, not open yet, or past the last day: what an agent acts on. */
function windowState(isOpen: boolean | null, days: number | null, lang: Lang): string {
  if (isOpen === null) return '';
  if (isOpen) {
    const left = daysLeftText(days, lang);
    const open = lang === 'ja' ? '受付期間内' : 'open now';
    return left ? `${open}${lang === 'ja' ? '・' : ', '}${left}` : open;
  }
  if (days !== null && days < 0) return daysLeftText(days, lang);
  if (days !== null) return lang === 'ja' ? '受付開始前' : 'not open yet';
  return lang === 'ja' ? '受付期間外' : 'not open now';
}

/** "あと12日" / "12 days left"; "最終日を過ぎています" / "past the last day" once closed. */
export function daysLeftText(days: number | null, lang: Lang): string {
  if (days === null) return '';
  if (days < 0) return lang === 'ja' ? '最終日を過ぎています' : 'past the last day';
  if (days === 0) return lang === 'ja' ? '本日が最終日' : 'last day today';
  return lang === 'ja' ? `あと${days}日` : `${days} day${days === 1 ? '' : 's'} left`;
}

/**
 * "Blocks: title; Warning: title" with rule titles. Notes (info) are listed in the export;
 * the table counts them, so blocks and warnings stand out. Invalid rows give their error count.
 */
export function findingsText(
  result: BulkResult,
  names: ResultNames,
  lang: Lang,
  notes: 'list' | 'count' = 'list',
): string {
  if (result.status !== 'checked') {
    return lang === 'ja'
      ? `入力エラー ${result.errorCount}件`
      : `${result.errorCount} input error(s)`;
  }
  const listed = result.findings.filter((f) => notes === 'list' || f.severity !== 'info');
  const parts = listed.map(
    (f) => `${SEVERITY[f.severity]![lang]}: ${names.rules.get(f.id)?.[lang] ?? f.id}`,
  );
  const hidden = result.findings.length - listed.length;
  if (hidden > 0) parts.push(lang === 'ja' ? `情報 ${hidden}件` : `${hidden} note(s)`);
  return parts.join('; ');
}

/** The answers still needed, named by their CSV column header so the sheet can be filled in. */
export function needsText(result: BulkResult, lang: Lang): string {
  const headers = result.needs.map((pointer) => {
    const column = columnForPointer(pointer);
    return column ? columnHeader(column, lang) : pointer;
  });
  return [...new Set(headers)].join(lang === 'ja' ? '、' : ', ');
}

/** Title for a draft made from a row: the 案件名 cell, else name and procedure, else the row. */
export function rowTitle(result: BulkResult, names: ResultNames, lang: Lang): string {
  if (result.title) return result.title;
  const parts = [result.name, procedureText(result, names, lang)].filter(Boolean);
  if (parts.length > 0) return parts.join(' – ');
  return lang === 'ja' ? `CSV ${result.row}行目` : `CSV row ${result.row}`;
}
