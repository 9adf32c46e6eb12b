import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/built-app-suite';

const suite = useBuiltApp();

const title = (page: Page) => page.getByLabel('案件名', { exact: true });
const channel = (page: Page) => page.getByLabel('申請方法', { exact: true });
const conflicts = (page: Page) => page.getByTestId('conflicts');

async function newCase(page: Page, name: string): Promise<string> {
  await page.goto(suite.app.url);
  await page.getByRole('button', { name: '新しい案件' }).click();
  await title(page).fill(name);
  // The case is stored with its first answer and the address becomes its own.
  await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/#\/cases?\/[0-9a-f-]{36}$/);
  return page.url();
}

describe('one case open in two tabs (chromium, one origin)', () => {
  it('merges a change from each tab, refreshes the other tab, and asks when both change one field', async () => {
    const a = await suite.browser.context.newPage();
    const b = await suite.browser.context.newPage();
    const url = await newCase(a, 'TWO TABS');
    await b.goto(url);
    await expect.poll(() => title(b).inputValue(), { timeout: 10_000 }).toBe('TWO TABS');

    // The probe of the issue: A sets the channel, B (opened earlier) sets the title.
    await channel(a).selectOption({ label: 'オンライン申請' });
    await expect.poll(() => channel(b).inputValue(), { timeout: 10_000 }).toBe('online');
    await expect.poll(() => b.getByTestId('refreshed').textContent()).toContain('別のタブ');
    await title(b).fill('TWO TABS — B');
    await expect.poll(() => title(a).inputValue(), { timeout: 10_000 }).toBe('TWO TABS — B');
    expect(await channel(a).inputValue()).toBe('online');
    for (const page of [a, b]) {
      await page.reload();
      await expect.poll(() => title(page).inputValue(), { timeout: 10_000 }).toBe('TWO TABS — B');
      expect(await channel(page).inputValue()).toBe('online');
    }

    // Both change the title before either save lands (the editor waits 400 ms to save).
    await title(a).fill('TITLE FROM A');
    await title(b).fill('TITLE FROM B');
    const shown = async () => (await conflicts(a).count()) + (await conflicts(b).count());
    await expect.poll(shown, { timeout: 10_000 }).toBe(1);
    const asked = (await conflicts(a).count()) === 1 ? a : b;
    const other = asked === a ? b : a;
    const panel = conflicts(asked);
    expect(await panel.textContent()).toContain('案件名');
    const mine = (await panel.locator('[data-side="mine"]').textContent())?.trim();
    const theirs = (await panel.locator('[data-side="theirs"]').textContent())?.trim();
    expect([mine, theirs].sort()).toEqual(['TITLE FROM A', 'TITLE FROM B']);
    // The form shows the saved value until the user picks; the other field is untouched.
    await expect.poll(() => title(other).inputValue(), { timeout: 10_000 }).toBe(theirs);
    expect(await title(asked).inputValue()).toBe(theirs);
    await panel.getByRole('button', { name: 'このタブの値にする' }).click();
    expect(await conflicts(asked).count()).toBe(0);
    await expect.poll(() => title(asked).inputValue()).toBe(mine);
    await expect.poll(() => title(other).inputValue(), { timeout: 10_000 }).toBe(mine);
    expect(await channel(other).inputValue()).toBe('online');
    await a.close();
    await b.close();
  }, 90_000);
});
