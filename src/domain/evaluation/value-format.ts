import type { Lang, Localized } from '../model/localized';
import { FACT_VOCABULARY } from '../model/vocabulary';

export type TermIndex = Map<string, Map<string, Localized>>;

/** Shows a fact value in messages and explanations: vocabulary ids by name, lists joined. */
export function formatValue(fact: string, value: unknown, lang: Lang, terms: TermIndex): string {
  if (value === undefined) return lang === 'ja' ? '（未入力）' : '(not given)';
  if (value === null) return lang === 'ja' ? '（なし）' : '(none)';
  const list = FACT_VOCABULARY[fact];
  const name = (v: unknown): string => {
    const term = typeof v === 'string' ? lookup(terms, list, v) : undefined;
    return term ? term[lang] : typeof v === 'string' ? v : JSON.stringify(v);
  };
  if (Array.isArray(value)) {
    if (value.length === 0) return lang === 'ja' ? '（なし）' : '(none)';
    return value.map(name).join(lang === 'ja' ? '、' : ', ');
  }
  if (typeof value === 'boolean')
    return lang === 'ja' ? (value ? 'はい' : 'いいえ') : String(value);
  if (typeof value === 'number') return value.toLocaleString('en-US');
  if (typeof value === 'string' && DURATION.test(value)) return duration(value, lang);
  return name(value);
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
const UNITS = {
  ja: ['年', 'か月', '週間', '日'],
  en: [' year(s)', ' month(s)', ' week(s)', ' day(s)'],
};

/** P3M → 3か月 / 3 month(s); policy texts quote periods, not ISO 8601. */
function duration(iso: string, lang: Lang): string {
  const parts = DURATION.exec(iso)!.slice(1);
  const text = parts.flatMap((n, i) => (n ? [`${n}${UNITS[lang][i]}`] : []));
  return text.length ? text.join(lang === 'ja' ? '' : ' ') : iso;
}

/** Facts name their vocabulary list; parameters do not, so any list may hold the id. */
function lookup(terms: TermIndex, list: string | undefined, id: string): Localized | undefined {
  if (list) return terms.get(list)?.get(id);
  for (const index of terms.values()) {
    const term = index.get(id);
    if (term) return term;
  }
  return undefined;
}

/**
 * Fills {fact} and {param.name} placeholders. A placeholder naming nothing known is left
 * as written, so a typo shows up in the message instead of vanishing.
 */
export function fillPlaceholders(
  template: string,
  values: Record<string, unknown>,
  lang: Lang,
  terms: TermIndex,
): string {
  return template.replace(/\{([A-Za-z][\w.]*)\}/g, (whole, name: string) =>
    name in values ? formatValue(name, values[name], lang, terms) : whole,
  );
}
