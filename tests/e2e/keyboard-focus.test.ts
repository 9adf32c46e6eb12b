import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/built-app-suite';

const suite = useBuiltApp();

describe('keyboard and focus', () => {
  it('skip link, focus on the new screen, a new case starts at its first question', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.app.url);
    await page.getByRole('heading', { name: '案件一覧' }).waitFor();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '本文へ移動' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.getByRole('link', { name: '一括確認' }).click();
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.tagName + ' ' + document.activeElement?.textContent,
        ),
      )
      .toMatch(/^H2 /);

    await page.goto(`${suite.app.url}#/cases`);
    await page.getByRole('button', { name: '新しい案件' }).click();
    const procedure = page.getByLabel('申請の種類', { exact: true });
    await expect.poll(() => procedure.evaluate((el) => el === document.activeElement)).toBe(true);
    // The as-of control comes after the questions: the first Tab reaches the next question.
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name))
      .not.toBe('asOfDate');
  }, 90_000);
});
