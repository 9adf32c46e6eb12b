/**
 * Serves a page with only the reservations page (fake sync) and opens it in Debian's
 * chromium at 375 px: nothing may be wider than the screen, in either language, with a
 * booking being prepared. Run: npx tsx tests/ui/reservations/browser/run-layout-check.ts
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const server = await createServer({
  root: process.cwd(),
  configFile: false,
  logLevel: 'warn',
  plugins: [svelte()],
  server: { port: 0, host: '127.0.0.1' },
});
await server.listen();
const address = server.httpServer!.address() as { port: number };
const url = `http://127.0.0.1:${address.port}/tests/ui/reservations/browser/index.html`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
let failed = false;
try {
  for (const lang of ['en', 'ja']) {
    const page = await browser.newPage({
      viewport: { width: 375, height: 800 },
      timezoneId: 'Asia/Tokyo',
    });
    await page.goto(`${url}?lang=${lang}`);
    await page.locator('input[name="reservation-slot"][value="2026-11-25T10:00"]').check();
    await page
      .locator('select')
      .filter({ hasText: lang === 'en' ? 'Add a case' : '案件を追加' })
      .selectOption('d1');
    await page.getByRole('button', { name: lang === 'en' ? 'Add' : '追加', exact: true }).click();
    await page.getByTestId('booking-verdict').waitFor();
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.screenshot({ path: `/tmp/reservations-375-${lang}.png`, fullPage: true });
    const ok = scroll <= 375 && wide.length === 0;
    console.log(
      `${ok ? 'PASS' : 'FAIL'} ${lang}: page ${scroll}px wide${wide.length ? `; too wide: ${wide.slice(0, 8).join(', ')}` : ''}`,
    );
    failed ||= !ok;
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
