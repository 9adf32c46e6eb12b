import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/built-app-suite';

const suite = useBuiltApp();

describe('JSON check page in chromium', () => {
  it('checks a draft through the built app and keeps the text across a reload', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.app.url}#/check`);
    const editor = page.getByLabel('申請内容（JSON）');
    await editor.fill('{"procedure": "permanent_residence", "channel": "online"}');
    await expect.poll(() => page.getByTestId('verdict').textContent()).toBe('申請できません');
    await page.reload();
    await expect
      .poll(() => page.getByLabel('申請内容（JSON）').inputValue())
      .toContain('permanent_residence');
  });
});
