// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

// The language module decides once, when it is first imported, so each case imports it anew.
async function firstVisit(languages: string[], saved?: string) {
  vi.resetModules();
  localStorage.clear();
  if (saved) localStorage.setItem('zairyu-precheck.lang', saved);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
  const { language } = await import('../../src/ui/i18n/language.svelte');
  const { m } = await import('../../src/ui/i18n/messages');
  return { language, m };
}

afterEach(() => vi.restoreAllMocks());

describe('the language of a first visit', () => {
  it('is English for a browser that prefers English', async () => {
    const { language, m } = await firstVisit(['en-GB', 'en']);
    expect(language.lang).toBe('en');
    expect(m.cases_heading()).toBe('Cases');
    expect(document.documentElement.lang).toBe('en');
  });

  it('is Japanese otherwise', async () => {
    expect((await firstVisit(['ja-JP', 'ja'])).language.lang).toBe('ja');
    expect((await firstVisit(['fr-FR', 'de'])).language.lang).toBe('ja');
    expect((await firstVisit([])).language.lang).toBe('ja');
  });

  it('follows the remembered choice, and a choice is remembered', async () => {
    const { language, m } = await firstVisit(['en-US'], 'ja');
    expect(language.lang).toBe('ja');
    language.set('en');
    expect(localStorage.getItem('zairyu-precheck.lang')).toBe('en');
    expect(m.cases_heading()).toBe('Cases');
    expect((await firstVisit(['ja-JP'], 'en')).language.lang).toBe('en');
  });

  it('formats counts by the plural rules of each language', async () => {
    const { language, m } = await firstVisit(['en']);
    expect(m.cases_countAll({ total: 1 })).toBe('1 case');
    expect(m.cases_countAll({ total: 1234 })).toBe('1,234 cases');
    language.set('ja');
    expect(m.cases_countAll({ total: 1234 })).toBe('1,234件');
  });
});
