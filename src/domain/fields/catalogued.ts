import type { Lang, Localized } from '../model/localized';

type Message = (inputs: Record<string, never>, options: { locale: Lang }) => string;

/**
 * A label kept in the screen-text catalogues (src/i18n/messages), by key, in both languages:
 * the core gives reports and the command line their labels in either language from the same
 * words the screens show, and translators edit them in one place.
 */
export function catalogued(message: Message): Localized {
  return { ja: message({}, { locale: 'ja' }), en: message({}, { locale: 'en' }) };
}
