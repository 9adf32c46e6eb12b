import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/built-app-suite';

// Every screen is read in each language: an English screen shows no Japanese outside the exempt
// places, a Japanese screen none of the English catalogue's texts.
const suite = useBuiltApp();
const catalogue = (lang: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`../../src/i18n/messages/${lang}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
const ja = catalogue('ja');
// English texts that would be out of place on a Japanese screen (not the same in both).
const ENGLISH = new Set(
  Object.entries(catalogue('en'))
    .filter(
      ([k, v]) => typeof v === 'string' && v !== ja[k] && /[a-z]{3}/.test(v) && !/[{]/.test(v),
    )
    .map(([, v]) => (v as string).trim()),
);

/** The visible text of the page, one entry per text node, with exempt places left out. */
function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text) continue;
      // Exempt: text in another language on purpose (lang attribute: source sections, the
      // language's own name), the reasoning notes of rules (English, quoting the Japanese
      // sources), raw data (code, the JSON editor) and what the user typed.
      const exempt = '[lang="ja"], [data-quotes-source], code, pre, script, style, textarea';
      if (el.closest(exempt)) continue;
      if (!el.checkVisibility()) continue;
      out.push(text);
    }
    return out;
  });
}

// Japanese quoted beside its translation ("certificate of notification (届出済証明書)").
const QUOTED = /（[^（）]*）|\([^()]*\)|「[^「」]*」|『[^『』]*』/g;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

async function expectLanguage(page: Page, lang: 'ja' | 'en', screen: string) {
  await page.waitForTimeout(300);
  const texts = await visibleTexts(page);
  const wrong =
    lang === 'en'
      ? texts.filter((t) => JAPANESE.test(t.replace(QUOTED, '')))
      : texts.filter((t) => ENGLISH.has(t));
  expect({ screen, lang, wrong }).toEqual({ screen, lang, wrong: [] });
}

async function switchTo(page: Page, lang: 'ja' | 'en') {
  await page.locator('header.app-header select').selectOption(lang);
}

async function bothLanguages(page: Page, screen: string, ready: () => Promise<unknown>) {
  for (const lang of ['en', 'ja'] as const) {
    await switchTo(page, lang);
    await ready();
    await expectLanguage(page, lang, screen);
  }
}

describe('every screen in one language at a time', () => {
  it('case list, editor, bulk import and its notice, reservations, JSON check, workbench', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.app.url);
    const heading = (name: RegExp) => () => page.getByRole('heading', { name }).first().waitFor();

    await bothLanguages(page, 'case list (empty)', heading(/^案件一覧$|^Cases$/));

    await switchTo(page, 'en');
    await page.getByRole('button', { name: 'New case' }).click();
    await page.getByLabel('Procedure', { exact: true }).selectOption('extension');
    await page.getByLabel('Channel', { exact: true }).selectOption('online');
    await page.getByLabel('Filer', { exact: true }).selectOption('scrivener');
    await bothLanguages(page, 'case editor', heading(/^判定:|^Verdict:/));

    const dir = mkdtempSync(join(tmpdir(), 'zp-sweep-'));
    const file = join(dir, 'cases.csv');
    writeFileSync(
      file,
      'applicant_name,procedure,stay_expires,status,channel\r\n' +
        'LI WEI,extension,2027-01-31,engineer_humanities_international,online\r\n' +
        'TRAN AN,extension,2027-02-28,student,online\r\n',
    );
    await page.goto(`${suite.app.url}#/bulk`);
    await switchTo(page, 'en');
    await page.getByLabel(/Choose a CSV file/).setInputFiles(file);
    await page.getByRole('button', { name: /Import the 2 valid rows/ }).click();
    const notice = page.getByRole('status').filter({ hasText: /cases added|件を案件一覧/ });
    await notice.first().waitFor();
    await bothLanguages(page, 'bulk import with its notice', () => notice.first().waitFor());
    expect(await notice.first().textContent()).toContain('2件を案件一覧に追加しました');

    await page.goto(`${suite.app.url}#/cases`);
    await bothLanguages(page, 'case list (two cases)', () =>
      page.getByText('LI WEI').first().waitFor(),
    );

    await page.goto(`${suite.app.url}#/reservations`);
    await bothLanguages(page, 'reservations', heading(/^窓口予約$|^Counter reservations$/));

    await page.goto(`${suite.app.url}#/check`);
    await bothLanguages(page, 'JSON check', () => page.getByRole('textbox').first().waitFor());

    await page.goto(`${suite.app.url}#/workbench`);
    for (const tab of [
      /^(ルール一覧|Rules)$/,
      /^(テスト|Test)$/,
      /^(静的チェック|Static checks)$/,
      /^(公開|Publish)$/,
    ]) {
      await page.getByRole('tab', { name: tab }).click();
      await bothLanguages(page, `workbench ${tab.source}`, () =>
        page.getByRole('tabpanel').first().waitFor(),
      );
    }
  }, 240_000);
});
