import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/built-app-suite';

const suite = useBuiltApp();

describe('the editor on a 375 px phone', () => {
  it('keeps a summary of the verdict in view and jumps to the report', async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(suite.app.url);
    await page.getByRole('button', { name: '新しい案件' }).click();
    await page.getByLabel('申請の種類', { exact: true }).selectOption('extension');
    await page.getByLabel('申請方法', { exact: true }).selectOption('online');
    const bar = page.getByTestId('summary-bar');
    await expect.poll(() => bar.textContent()).toContain('入力が必要です');
    expect(await bar.textContent()).toMatch(/入力が必要: \d+項目/);
    // Scrolled down among the questions, the bar stays at the top of the screen.
    await page.getByLabel('在留期間満了日', { exact: true }).scrollIntoViewIfNeeded();
    const box = await bar.boundingBox();
    expect(box && box.y).toBeLessThanOrEqual(1);
    await page.getByRole('link', { name: '判定を見る' }).click();
    const heading = page.getByRole('heading', { name: '判定' }).first();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('report-title');
    expect(await heading.isVisible()).toBe(true);
  }, 90_000);

  it('exports the filing window as a calendar file', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.app.url);
    await page.getByRole('button', { name: '新しい案件' }).click();
    await page.getByLabel('申請の種類', { exact: true }).selectOption('extension');
    await page.getByLabel('申請方法', { exact: true }).selectOption('online');
    const expiry = page.getByLabel('在留期間満了日', { exact: true });
    await expiry.fill('2027-01-31');
    await expiry.blur();
    const button = page.getByRole('button', { name: 'カレンダーに追加（.ics）' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toBe('filing-window.ics');
    expect(ics).toContain('BEGIN:VCALENDAR\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261031');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270130');
  }, 90_000);
});
