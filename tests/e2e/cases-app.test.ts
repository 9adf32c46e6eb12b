import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfBytes } from '../fixtures/pdf-bytes';
import { useBuiltApp } from './support/built-app-suite';

const suite = useBuiltApp();
const dir = mkdtempSync(join(tmpdir(), 'zp-e2e-'));

const verdict = (page: Page) =>
  page.getByRole('heading', { name: /^判定:|^Verdict:/ }).textContent();

async function fill(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}

async function pick(page: Page, label: string, path: string) {
  // The file input is visually hidden behind its styled label, as a real picker opens it.
  await page.getByLabel(label, { exact: true }).setInputFiles(path);
}

describe('filing agent workflow in chromium', () => {
  it('creates a case, sees the verdict follow the fields, attaches PDFs and finds it all after a reload', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.app.url);
    await page.getByRole('button', { name: '新しい案件' }).click();
    await page.getByLabel('確認日', { exact: true }).fill('2026-11-24');
    await page.getByLabel('時刻', { exact: true }).fill('10:00');
    await fill(page, '案件名', 'NGUYEN VAN A');
    await page
      .getByLabel('申請の種類', { exact: true })
      .selectOption({ label: '在留期間更新許可申請' });
    await page.getByLabel('申請方法', { exact: true }).selectOption({ label: 'オンライン申請' });
    await page.getByLabel('申請する人', { exact: true }).selectOption({ label: '行政書士' });
    await expect.poll(() => verdict(page)).toContain('入力が必要です');
    await page.getByLabel('証明書の種類', { exact: true }).selectOption({ label: '届出済証明書' });
    await fill(page, '証明書番号', '123456789012');
    await fill(page, '証明書の有効期限', '2029-03-31');
    await page
      .getByLabel('現在の在留資格', { exact: true })
      .selectOption({ label: '技術・人文知識・国際業務' });
    await fill(page, '在留期間', 'P1Y');
    await fill(page, '在留期間満了日', '2027-01-31');
    await expect.poll(() => verdict(page), { timeout: 10_000 }).toContain('申請できます');

    // Four months ahead the extension window is not open yet.
    await fill(page, '在留期間満了日', '2027-03-31');
    await expect.poll(() => verdict(page)).toContain('申請できません');
    await fill(page, '在留期間満了日', '2027-01-31');
    await expect.poll(() => verdict(page)).toContain('申請できます');

    const fine = join(dir, 'documents.pdf');
    const locked = join(dir, 'locked.pdf');
    writeFileSync(
      fine,
      await pdfBytes({ pages: [{ widthPx: 1654, heightPx: 2339, widthPt: 595, heightPt: 842 }] }),
    );
    writeFileSync(locked, await pdfBytes({ userPassword: 'secret' }));
    await pick(page, 'PDFを選ぶ', locked);
    await expect
      .poll(() => page.getByText(/パスワード/).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => verdict(page), { timeout: 30_000 }).toContain('申請できません');
    await page.getByRole('button', { name: 'locked.pdf を外す' }).click();
    await pick(page, 'PDFを選ぶ', fine);
    await expect
      .poll(() => page.getByText('documents.pdf').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => verdict(page), { timeout: 30_000 }).toContain('申請できます');

    await page.waitForTimeout(800); // autosave settles
    await page.reload();
    await expect
      .poll(() => page.getByLabel('案件名', { exact: true }).inputValue())
      .toBe('NGUYEN VAN A');
    expect(await page.getByLabel('在留期間満了日', { exact: true }).inputValue()).toBe(
      '2027-01-31',
    );
    expect(await page.getByText('documents.pdf').count()).toBeGreaterThan(0);

    await page.goto(`${suite.app.url}#/cases`);
    await expect.poll(() => page.getByText('NGUYEN VAN A').count()).toBeGreaterThan(0);
  }, 120_000);

  it('imports a CSV, reports the bad row and adds the good ones to the case list', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.app.url}#/bulk`);
    const csv = join(dir, 'cases.csv');
    writeFileSync(
      csv,
      '\uFEFF氏名,申請の種類,申請方法,現在の在留資格,在留期間満了日\r\n' +
        'TRAN THI B,更新,オンライン申請,技術・人文知識・国際業務,2027-01-31\r\n' +
        'LE VAN C,更新,オンライン申請,技術・人文知識・国際業務,2027-02-30\r\n',
    );
    await page.getByLabel('CSVファイルを選ぶ').setInputFiles(csv);
    await expect
      .poll(() => page.getByText(/有効 1行、エラーあり 1行/).count(), { timeout: 30_000 })
      .toBe(1);
    await page.getByRole('button', { name: '有効な1行を取り込む' }).click();
    await page.goto(`${suite.app.url}#/cases`);
    await expect.poll(() => page.getByText('TRAN THI B').count()).toBeGreaterThan(0);
    expect(await page.getByText('LE VAN C').count()).toBe(0);
  }, 120_000);

  it('switches the language and remembers it', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.app.url);
    await page.getByLabel('表示言語').selectOption('en');
    await expect.poll(() => page.getByRole('button', { name: 'New case' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByRole('link', { name: 'Cases' }).count()).toBe(1);
  }, 60_000);
});
