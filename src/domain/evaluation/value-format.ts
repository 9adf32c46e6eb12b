import type { Lang, Localized } from '../model/localized';
import { FACT_VOCABULARY } from '../model/vocabulary';

export type TermIndex = Map<string, Map<string, Localized>>;

// Parameter lists (eligible statuses, procedures) are the same objects for every draft of a
// day and appear in most explanations: their text is kept per object, fact and language.
const listTexts = new WeakMap<TermIndex, WeakMap<object, Map<string, string>>>();

/** Shows a fact value in messages and explanations: vocabulary ids by name, lists joined. */
export function formatValue(fact: string, value: unknown, lang: Lang, terms: TermIndex): string {
  if (!Array.isArray(value) || value.length < 4) return formatFresh(fact, value, lang, terms);
  let byList = listTexts.get(terms);
  if (!byList) listTexts.set(terms, (byList = new WeakMap()));
  let texts = byList.get(value);
  if (!texts) byList.set(value, (texts = new Map()));
  const key = `${lang}|${fact}`;
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = formatFresh(fact, value, lang, terms)));
  return text;
}

function formatFresh(fact: string, value: unknown, lang: Lang, terms: TermIndex): string {
  if (value === undefined) return lang === 'ja' ? '（未入力）' : '(not given)';
  if (value === null) return lang === 'ja' ? '（なし）' : '(none)';
  const list = FACT_VOCABULARY[fact];
  if (Array.isArray(value)) {
    if (value.length === 0) return lang === 'ja' ? '（なし）' : '(none)';
    let text = '';
    for (const v of value)
      text += (text ? (lang === 'ja' ? '、' : ', ') : '') + nameOf(v, list, lang, terms);
    return text;
  }
  if (typeof value === 'boolean')
    return lang === 'ja' ? (value ? 'はい' : 'いいえ') : String(value);
  if (typeof value === 'number') return NUMBER.format(value);
  if (typeof value === 'string' && DURATION.test(value)) return duration(value, lang);
  return nameOf(value, list, lang, terms);
}

// One formatter, not one per number (toLocaleString builds a new one on every call).
const NUMBER = new Intl.NumberFormat('en-US');

function nameOf(v: unknown, list: string | undefined, lang: Lang, terms: TermIndex): string {
  if (isLocalized(v)) return v[lang];
  const term = typeof v === 'string' ? lookup(terms, list, v) : undefined;
  return term ? term[lang] : typeof v === 'string' ? v : JSON.stringify(v);
}

/** A text given in both languages (a rule title recorded as a reason) shows in the report's. */
function isLocalized(v: unknown): v is Localized {
  return typeof v === 'object' && v !== null && 'ja' in v && 'en' in v;
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
  return anyList(terms).get(id);
}

const merged = new WeakMap<TermIndex, Map<string, Localized>>();

/** Every list's terms in one index, the first list naming an id winning, built once. */
function anyList(terms: TermIndex): Map<string, Localized> {
  let index = merged.get(terms);
  if (!index) {
    index = new Map();
    for (const list of terms.values()) {
      for (const [id, term] of list) if (!index.has(id)) index.set(id, term);
    }
    merged.set(terms, index);
  }
  return index;
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
  const parts = templateParts(template);
  if (parts.length === 1) return template;
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    text += name in values ? formatValue(name, values[name], lang, terms) : `{${name}}`;
    text += parts[i + 1]!;
  }
  return text;
}

/** The fact and parameter names a message template shows, in order. */
export function placeholderNames(template: string): string[] {
  let names = namesOf.get(template);
  if (!names) {
    names = templateParts(template).filter((_, i) => i % 2 === 1);
    if (namesOf.size >= 10_000) namesOf.clear();
    namesOf.set(template, names);
  }
  return names;
}

const namesOf = new Map<string, string[]>();

// Messages are a few dozen templates filled thousands of times: each is split once into
// text and placeholder names (text, name, text, name, …, text).
const templates = new Map<string, string[]>();

function templateParts(template: string): string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{([A-Za-z][\w.]*)\}/);
    if (templates.size >= 10_000) templates.clear();
    templates.set(template, parts);
  }
  return parts;
}
