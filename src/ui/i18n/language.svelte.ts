import { isLang, type Lang, type Localized } from '../../domain/model/localized';
import {
  getLocale,
  localStorageKey,
  overwriteGetLocale,
  overwriteSetLocale,
} from '../../i18n/paraglide/runtime.js';

/** The first visit follows Paraglide's strategy: a remembered choice, the browser, Japanese. */
function initialLang(): Lang {
  try {
    const lang = getLocale();
    return isLang(lang) ? lang : 'ja';
  } catch {
    return 'ja';
  }
}

/**
 * The language of every screen, from context rather than props: message functions read it
 * through Paraglide's getLocale, which reads this rune, so a switch re-renders every text.
 */
class Language {
  lang = $state<Lang>(initialLang());

  set(lang: Lang): void {
    this.lang = lang;
    try {
      globalThis.localStorage?.setItem(localStorageKey, lang);
    } catch {
      // Storage may be blocked (private mode); the choice then lasts for this visit.
    }
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }
}

export const language = new Language();
overwriteGetLocale(() => language.lang);
overwriteSetLocale((lang) => language.set(isLang(lang) ? lang : 'ja'));
if (typeof document !== 'undefined') document.documentElement.lang = language.lang;

/** A text given in both languages in the rule files (titles, messages) in the current one. */
export const localized = (value: Localized): string => value[language.lang];

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * The lang attribute of a text quoted as it stands in a source (a section of a Japanese
 * notice): "ja" when it holds Japanese, so screen readers and checks know it is on purpose.
 */
export const quotedLang = (text: string): 'ja' | undefined =>
  JAPANESE.test(text) ? 'ja' : undefined;
