import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../src/cli/project-root';
import { startBuiltApp } from './app-server';
import { openBrowser } from './browser';

// npx tsx tests/e2e/support/take-screenshots.ts — refreshes the README screenshots.
const out = (name: string) => join(PROJECT_ROOT, 'docs', 'screenshots', name);
const app = await startBuiltApp();
const browser = await openBrowser();
const page = await browser.context.newPage();
await page.goto(app.url);
await page.getByRole('button', { name: '新しい案件' }).click();
await page.getByLabel('確認日', { exact: true }).fill('2026-11-24');
await page.getByLabel('時刻', { exact: true }).fill('10:00');
await page.getByLabel('案件名', { exact: true }).fill('NGUYEN VAN A');
await page
  .getByLabel('申請の種類', { exact: true })
  .selectOption({ label: '在留期間更新許可申請' });
await page.getByLabel('申請方法', { exact: true }).selectOption({ label: 'オンライン申請' });
await page.getByLabel('申請する人', { exact: true }).selectOption({ label: '行政書士' });
await page.getByLabel('証明書の種類', { exact: true }).selectOption({ label: '届出済証明書' });
await page.getByLabel('証明書番号', { exact: true }).fill('123456789012');
await page.getByLabel('証明書の有効期限', { exact: true }).fill('2029-03-31');
await page
  .getByLabel('現在の在留資格', { exact: true })
  .selectOption({ label: '技術・人文知識・国際業務' });
await page.getByLabel('在留期間', { exact: true }).fill('P1Y');
await page.getByLabel('在留期間満了日', { exact: true }).fill('2027-01-31');
await page.getByLabel('在留期間満了日', { exact: true }).blur();
await page.waitForTimeout(1500);
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({ path: out('case-editor.png'), fullPage: false });
await page.goto(`${app.url}#/cases`);
await page.waitForTimeout(1500);
await page.screenshot({ path: out('case-list.png') });
await page.setViewportSize({ width: 375, height: 800 });
await page.goto(`${app.url}#/bulk`);
await page.waitForTimeout(800);
await page.screenshot({ path: out('bulk-phone.png') });
await page.goto(`${app.url}#/reservations`);
await page.getByRole('combobox', { name: '区分', exact: true }).selectOption('scrivener');
await page
  .getByRole('combobox', { name: '証明書', exact: true })
  .selectOption('notified_certificate');
await page.getByRole('textbox', { name: '証明書番号（12桁）' }).fill('123456789012');
await page.getByRole('textbox', { name: '証明書の有効期限' }).fill('2029-03-31');
await page.getByRole('button', { name: '保存', exact: true }).click();
await page.getByRole('tablist').waitFor();
await page
  .getByRole('heading', { name: '予約できる開庁日と枠' })
  .evaluate((heading) => heading.scrollIntoView());
await page.waitForTimeout(800);
await page.screenshot({ path: out('reservations-phone.png') });
await browser.close();
await app.close();
