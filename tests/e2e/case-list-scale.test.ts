import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/built-app-suite';
import { seedDrafts as seed } from './support/seed-drafts';

const suite = useBuiltApp();
const N = 10_000;

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const summary = (page: Page) => page.locator('p.summary[aria-live]').innerText();
const listItems = (page: Page) => page.locator('[role="listitem"]').count();

describe('the case list at 10,000 drafts, in chromium', () => {
  it('checks in the worker with a visible count, renders a window of rows, and reopens from cached states', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.app.url);
    await expect.poll(() => summary(page)).toContain('0件');
    await seed(page, N);

    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const started = performance.now();
    await page.reload();
    await expect.poll(() => summary(page), { timeout: 30_000 }).toMatch(/10,000件/);
    const progress = await summary(page);
    await expect
      .poll(() => summary(page), { timeout: 180_000, interval: 250 })
      .not.toContain('確認中');
    const checkedMs = performance.now() - started;
    expect(progress).toMatch(/10,000件/);
    expect(workers.some((u) => u.includes('check.worker'))).toBe(true);

    // Nearest deadline first; incomplete drafts are counted under their state. Rows exist
    // only near the viewport, and the list may start below the fold.
    await page.locator('.case-list').scrollIntoViewIfNeeded();
    await expect.poll(() => listItems(page)).toBeGreaterThan(0);
    expect(await listItems(page)).toBeLessThan(200);
    // The state filter (its label also holds the chosen option's text).
    const stateFilter = page.locator('.filters label', { hasText: '状態' }).locator('select');
    await stateFilter.selectOption({ label: '入力が必要' });
    await expect.poll(() => summary(page)).toContain('10000件中1000件');
    await stateFilter.selectOption({ label: 'すべての状態' });

    const search = page.getByLabel('検索（名前・手続）', { exact: true });
    const searchStart = performance.now();
    await search.fill('applicant 9998');
    await expect.poll(() => summary(page)).toContain('10000件中1件');
    const searchMs = performance.now() - searchStart;
    await search.fill('');
    await expect.poll(() => summary(page)).toMatch(/^10,000件/);

    // The end of the list is reachable by scrolling; still only a window of rows exists.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => listItems(page)).toBeGreaterThan(0);
    expect(await listItems(page)).toBeLessThan(200);

    // Reopened: every state comes from the cache, nothing is checked, no worker starts.
    workers.length = 0;
    const reopened = performance.now();
    await page.reload();
    await expect.poll(() => summary(page), { timeout: 30_000 }).toMatch(/^10,000件/);
    await page.locator('.case-list').scrollIntoViewIfNeeded();
    await expect.poll(() => listItems(page)).toBeGreaterThan(0);
    const reopenMs = performance.now() - reopened;
    await page.waitForTimeout(2000);
    expect(await summary(page)).not.toContain('確認中');
    expect(workers.filter((u) => u.includes('check.worker'))).toEqual([]);
    // Figures for the record, not assertions on time.
    console.log(
      `10,000 drafts: all checked ${(checkedMs / 1000).toFixed(1)} s after load; ` +
        `search ${searchMs.toFixed(0)} ms (poll included); reopened from cache ${reopenMs.toFixed(0)} ms`,
    );
    await page.close();
  }, 300_000);

  it('reads and checks a CSV of 10,000 rows in the worker, shows a window of result rows and stores the valid ones once', async () => {
    const page = await suite.browser.context.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${suite.app.url}#/bulk`);
    const input = page.getByLabel(/CSVファイルを選ぶ/);
    await input.waitFor({ state: 'attached' });
    // Every 100th row has a date that does not exist, so 100 rows have errors.
    const lines = ['氏名,生年月日,国籍・地域,申請の種類,在留期間満了日,提出者の区分,申請方法'];
    for (let i = 0; i < N; i++) {
      const day = i % 100 === 99 ? '30' : String(1 + (i % 28)).padStart(2, '0');
      lines.push(`CSV ${i},1990-04-01,VNM,更新,2027-02-${day},所属機関の職員,オンライン`);
    }
    const started = performance.now();
    await input.setInputFiles({
      name: 'many.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\r\n')),
    });
    await page.getByText('9900件の確認が終わりました').waitFor({ timeout: 180_000 });
    const checkedMs = performance.now() - started;
    expect(workers.some((u) => u.includes('check.worker'))).toBe(true);
    await expect
      .poll(() => page.locator('.status').innerText())
      .toContain('many.csv: 10000行を読み込みました（有効 9900行、エラーあり 100行）');

    // Both long tables render a window of rows; the count says what the filter shows.
    const results = page.getByRole('table', { name: '確認結果' });
    const errors = page.getByRole('table', { name: '入力エラー（行・列ごと）' });
    await expect.poll(() => page.getByText('10000行中10000行を表示').count()).toBe(1);
    expect(await results.getByRole('row').count()).toBeLessThan(200);
    expect(await errors.getByRole('row').count()).toBeLessThan(200);
    expect(await errors.getByRole('row').count()).toBeGreaterThan(10);
    expect(await results.getAttribute('aria-rowcount')).toBe('10001');
    await page.getByLabel('表示する行').selectOption('invalid');
    await expect.poll(() => page.getByText('10000行中100行を表示').count()).toBe(1);
    expect(await results.getByRole('rowheader').first().innerText()).toBe('101');
    await page.getByLabel('表示する行').selectOption('all');

    // Evaluated, not added as a script tag: the app's Content-Security-Policy refuses inline scripts.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }
      ).axe;
      return (await axe.run()).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);

    const button = page.getByRole('button', { name: /^有効な9,900行を取り込む$/ });
    await button.dblclick();
    await page.getByText('9,900件を取り込みました').waitFor({ timeout: 60_000 });
    expect(await button.isDisabled()).toBe(true);
    await page.getByRole('link', { name: '案件一覧を開く' }).click();
    // 10,000 seeded by the first test and 9,900 from the file, each stored once.
    await expect.poll(() => summary(page), { timeout: 30_000 }).toMatch(/^19,900件/);
    console.log(`CSV 10,000 rows read and checked in ${(checkedMs / 1000).toFixed(1)} s`);
    await page.close();
  }, 300_000);
});
