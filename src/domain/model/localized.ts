/** Every user-facing text exists in both languages; the type makes a missing one a compile error. */
export type Lang = 'ja' | 'en';

export interface Localized {
  ja: string;
  en: string;
}

export const LANGS: readonly Lang[] = ['ja', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}
