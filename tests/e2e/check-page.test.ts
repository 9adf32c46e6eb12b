import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type AppServer } from './support/app-server';
import { openBrowser, type BrowserSession } from './support/browser';

let app: AppServer;
let browser: BrowserSession;

beforeAll(async () => {
  app = await startBuiltApp();
  browser = await openBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('JSON check page in chromium', () => {
  it('checks a draft through the built app and keeps the text across a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}#/check`);
    const editor = page.getByLabel('申請内容（JSON）');
    await editor.fill('{"procedure": "permanent_residence", "channel": "online"}');
    await expect.poll(() => page.getByTestId('verdict').textContent()).toBe('申請できません');
    await page.reload();
    await expect
      .poll(() => page.getByLabel('申請内容（JSON）').inputValue())
      .toContain('permanent_residence');
  });
});
