import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/built-app-suite';
import { seedDrafts as seed } from './support/seed-drafts';

const suite = useBuiltApp();
const N = 10_000;

const summary = (page: Page) => page.locator('.summary').innerText();
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

    // Nearest deadline first; invalid drafts are counted under their state.
    expect(await listItems(page)).toBeGreaterThan(0);
    expect(await listItems(page)).toBeLessThan(200);
    // The state filter (its label also holds the chosen option's text).
    const stateFilter = page.locator('.filters label', { hasText: '状態' }).locator('select');
    await stateFilter.selectOption({ label: '入力に誤り' });
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
});
