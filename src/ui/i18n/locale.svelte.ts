import { isLang, type Lang, type Localized } from '../../domain/model/localized';
import { MESSAGES, type MessageKey } from './messages';

const STORAGE_KEY = 'zairyu-precheck.lang';

/** The chosen language, remembered in the browser; Japanese unless the user picked English. */
export class Locale {
  lang = $state<Lang>('ja');

  constructor(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage) {
    this.storage = storage;
    const saved = storage?.getItem(STORAGE_KEY);
    if (isLang(saved)) this.lang = saved;
  }

  private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;

  set(lang: Lang): void {
    this.lang = lang;
    this.storage?.setItem(STORAGE_KEY, lang);
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }

  t = (key: MessageKey): string => MESSAGES[key][this.lang];

  /** For a feature's own message table or any bilingual text from the rules. */
  text = (value: Localized): string => value[this.lang];
}
