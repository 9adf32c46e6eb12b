import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, overflows } from './support/axe';
import { useBuiltApp } from './support/built-app-suite';
import { seedDrafts } from './support/seed-drafts';

const suite = useBuiltApp();
// A loaded machine may take seconds for what takes milliseconds here.
const PATIENCE = { timeout: 15_000 };

const sheets = (page: Page) => page.locator('article.sheet');

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('reports for the client file, in chromium', () => {
  it('selects cases in the list, prints them one per page, exports JSON and CSV, and is axe-clean at 1280 and 375 px', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.app.url);
    await page.getByRole('button', { name: '新しい案件' }).waitFor();
    // Three complete online extensions (APPLICANT 0, 1, 2) expiring in January to March 2027.
    await seedDrafts(page, 3);
    await page.reload();
    const count = page.locator('.selection p');
    await expect.poll(() => count.innerText(), PATIENCE).toBe('0件を選択中');

    await page.getByRole('checkbox', { name: /^選択\s*: APPLICANT 1$/ }).check();
    await expect.poll(() => count.innerText(), PATIENCE).toBe('1件を選択中');
    // Filtered to one case, "select all shown" adds that one only.
    await page.getByLabel('検索（名前・手続）', { exact: true }).fill('APPLICANT 2');
    await page.getByRole('button', { name: '表示中をすべて選択（1件）' }).click();
    await expect.poll(() => count.innerText(), PATIENCE).toBe('2件を選択中');
    await page.getByLabel('検索（名前・手続）', { exact: true }).fill('');
    expect(await page.getByRole('checkbox', { name: /^選択\s*: APPLICANT 0$/ }).isChecked()).toBe(
      false,
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '選択した案件のレポート（2件）' }).click();
    await expect.poll(() => sheets(page).count(), { timeout: 20_000 }).toBe(2);
    // In the list's order (nearest deadline first): APPLICANT 1 expires 2 Feb, APPLICANT 2 3 Mar.
    const first = sheets(page).first();
    const text = await first.innerText();
    expect(text).toContain('案件レポート: APPLICANT 1');
    expect(text).toContain('VNM');
    expect(text).toContain('技術・人文知識・国際業務');
    expect(text).toContain('2027-02-02（令和9年2月2日）');
    expect(text).toContain('在留期間更新許可申請');
    expect(text).toMatch(/判定: (申請できます|申請できません|入力が必要です)/);
    expect(await first.getByTestId('client-window').innerText()).toMatch(/令和\d+年/);
    expect(text).toMatch(/手数料（収入印紙）\s*¥/);
    expect(text).toMatch(/ルール: \S+/);
    expect(text).toMatch(/確認日時: \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(令和/);
    expect(await sheets(page).nth(1).innerText()).toContain('APPLICANT 2');
    // Shipped rules are official: no unofficial line.
    expect(await page.getByTestId('client-unofficial').count()).toBe(0);

    // Printed: only the sheets, each ending in a page break.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('nav.app-nav').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '印刷／PDFに保存' }).isVisible()).toBe(false);
    expect(await first.isVisible()).toBe(true);
    expect(await first.evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
    // Saved as PDF by the browser's print: at least one page per case.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });

    const json = JSON.parse(await downloaded(page, 'レポートを書き出す（JSON）'));
    expect(json.reports.map((r: { caseName: string }) => r.caseName)).toEqual([
      'APPLICANT 1',
      'APPLICANT 2',
    ]);
    expect(json.reports[0].findings.length).toBeGreaterThanOrEqual(0);
    expect(json.reports[0].applicant.stayExpires).toEqual({
      iso: '2027-02-02',
      era: '令和9年2月2日',
    });
    const csv = Papa.parse<string[]>(
      (await downloaded(page, '案件台帳を書き出す（CSV）')).slice(1),
      {
        skipEmptyLines: true,
      },
    ).data;
    expect(csv.map((row) => row[0])).toEqual(['案件', 'APPLICANT 1', 'APPLICANT 2']);

    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(page)).toEqual([]);
      expect(await overflows(page)).toBe(false);
    }

    // One case from its row's "report" link, in English.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => localStorage.setItem('zairyu-precheck.lang', 'en'));
    await page.goto(suite.app.url);
    await page.getByRole('link', { name: /^Report\s*: APPLICANT 0$/ }).click();
    await expect.poll(() => sheets(page).count(), { timeout: 20_000 }).toBe(1);
    expect(await sheets(page).innerText()).toContain('Case report: APPLICANT 0');
    expect(await sheets(page).innerText()).toContain('January 1, 9 Reiwa');
    // No Japanese on the English sheet but the sources' own words (marked lang="ja", notes
    // quoting them, or a term in brackets beside its translation), as language-sweep reads it.
    const japanese = await sheets(page).evaluate((sheet) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest('[lang="ja"], [data-quotes-source]')) continue;
        const text = (n.textContent ?? '').replace(/（[^（）]*）|\([^()]*\)|「[^「」]*」/g, '');
        if (/[\u3040-\u30ff\u3400-\u9fff]/.test(text)) out.push(n.textContent!);
      }
      return out;
    });
    expect(japanese).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
