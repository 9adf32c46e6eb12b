import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { jpegBytes } from '../fixtures/jpeg-bytes';
import { pdfBytes } from '../fixtures/pdf-bytes';
import { useBuiltApp } from './support/built-app-suite';

const suite = useBuiltApp();
const dir = mkdtempSync(join(tmpdir(), 'zp-csp-'));

/**
 * Every CSP report on the page's console and every CSP or eval error, as text. A worker
 * blocked from starting is reported on the page; what runs inside the PDF and check workers
 * is proved by their results (page count and dpi, verdicts, test results, a loaded pack).
 */
function watchViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) found.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (/Content Security Policy|unsafe-eval|EvalError/i.test(error.message)) {
      found.push(error.message);
    }
  });
  return found;
}

async function violationsInPage(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe('the built app under its Content-Security-Policy', () => {
  it('walks every screen with no violation: list, editor with PDFs and a photo, print, bulk, reservations, JSON check, workbench with a pack import', async () => {
    const page = await suite.browser.context.newPage();
    const console = watchViolations(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[]; __printed: number };
      w.__csp = [];
      w.__printed = 0;
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
      window.print = () => void w.__printed++;
    });
    const first = await page.goto(suite.app.url);
    // The watch itself works: an inline script is refused and reported, then forgotten.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'void 0';
      document.head.append(script);
    });
    await expect.poll(() => violationsInPage(page)).toHaveLength(1);
    expect(console.length).toBeGreaterThan(0);
    console.length = 0;
    await page.evaluate(() => ((window as unknown as { __csp: string[] }).__csp.length = 0));
    const csp = first!.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(first!.headers()['x-content-type-options']).toBe('nosniff');
    expect(first!.headers()['referrer-policy']).toBe('no-referrer');
    await page.evaluate(() => localStorage.setItem('zairyu-precheck.lang', 'en'));
    await page.reload();

    // Case list, then the editor with two PDFs (one damaged) and a photo.
    await page.getByRole('button', { name: 'New case' }).click();
    await page.getByLabel('Procedure', { exact: true }).selectOption('extension');
    await page.getByLabel('Channel', { exact: true }).selectOption('online');
    await page.getByLabel('Filer', { exact: true }).selectOption('scrivener');
    await page.getByRole('heading', { name: /^Verdict:/ }).waitFor({ timeout: 30_000 });
    const scan = join(dir, 'scan.pdf');
    writeFileSync(
      scan,
      await pdfBytes({ pages: [{ widthPx: 1654, heightPx: 2339, widthPt: 595, heightPt: 842 }] }),
    );
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage');
    await page.getByLabel('Choose PDF files', { exact: true }).setInputFiles([scan, broken]);
    const card = (name: string) => page.locator('li.file', { hasText: name });
    await expect.poll(() => card('scan.pdf').textContent(), { timeout: 60_000 }).toMatch(/dpi/);
    await expect
      .poll(() => card('broken.pdf').getAttribute('class'), { timeout: 60_000 })
      .toContain('bad');
    const photo = join(dir, 'face.jpg');
    writeFileSync(photo, jpegBytes(450, 600, { dateTimeOriginal: '2026:10:01 09:00:00' }));
    await page.getByLabel('Choose the photo', { exact: true }).setInputFiles(photo);
    await page.getByText('450 × 600 pixels').waitFor({ timeout: 30_000 });

    // Printing: the print button, and the page laid out for paper.
    await page.getByRole('button', { name: 'Print checklist' }).first().click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(
      1,
    );
    // The print layout itself, as the browser's print would produce it.
    const printed = await page.pdf({ format: 'A4' });
    expect(printed.subarray(0, 5).toString()).toBe('%PDF-');

    // After a reload the damaged file still reads as damaged, and the photo keeps its facts.
    await page.waitForTimeout(800); // autosave settles
    await page.reload();
    await expect
      .poll(() => card('broken.pdf').getAttribute('class'), { timeout: 30_000 })
      .toContain('bad');
    expect(await card('broken.pdf').textContent()).not.toContain('No password, no restrictions');
    await page.getByText('face.jpg').waitFor();
    await page.getByText('450 × 600 pixels').waitFor();

    // Bulk import through the check worker.
    await page.goto(`${suite.app.url}#/bulk`);
    const csv = join(dir, 'cases.csv');
    writeFileSync(
      csv,
      'applicant_name,procedure,stay_expires,status,channel\r\n' +
        'LI WEI,extension,2027-01-31,engineer_humanities_international,online\r\n' +
        'TRAN AN,extension,2027-02-28,student,online\r\n',
    );
    await page.getByLabel(/Choose a CSV file/).setInputFiles(csv);
    await page.getByRole('button', { name: /Import the 2 valid rows/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /cases added/ })
      .first()
      .waitFor({ timeout: 30_000 });

    // A stored row that would have hidden every case is set aside; the rest stay listed.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('zairyu-precheck');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('drafts', 'readwrite');
            tx.objectStore('drafts').put({
              id: '0b7c5a52-8d1e-4c3e-9a57-1f2d3c4b5a60',
              title: 'BROKEN ROW',
              draft: {},
              createdAt: '2026-10-01T00:00:00Z',
              updatedAt: '9999-99-99',
              schemaVersion: 2,
              revision: 1,
              procedure: '',
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await page.goto(`${suite.app.url}#/cases`);
    await page.reload();
    await page.getByText('LI WEI').first().waitFor({ timeout: 30_000 });
    const aside = page.getByRole('region', { name: /^Set aside: 1 rows/ });
    await aside.waitFor();
    expect(await aside.textContent()).toContain('/updatedAt');

    await page.goto(`${suite.app.url}#/reservations`);
    await page.getByRole('heading', { name: 'Counter reservations' }).waitFor();

    await page.goto(`${suite.app.url}#/check`);
    await page
      .getByLabel('Draft (JSON)')
      .fill(JSON.stringify({ procedure: 'extension', channel: 'online' }));
    await page.getByTestId('verdict').waitFor({ timeout: 30_000 });

    // Workbench: every tab, then a pack exported and imported again (validators, check worker).
    await page.goto(`${suite.app.url}#/workbench`);
    for (const tab of ['Rules', 'Test', 'Static checks', 'Publish']) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.getByRole('tabpanel').first().waitFor();
      // The rules' own test cases run in the check worker.
      if (tab === 'Test') {
        await page.getByText(/\d+ passed, \d+ failed/).waitFor({ timeout: 120_000 });
      }
    }
    await page.getByRole('tab', { name: 'Publish', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the rule pack (one file)' }).click();
    const bundle = await (await download).path();
    await page.getByLabel('Load from a file').setInputFiles(bundle);
    await page.getByText(/Loaded\. Check the tests/).waitFor({ timeout: 60_000 });
    // Admission runs every check of a pack from outside, the ReDoS check (recheck) included.
    await page.getByRole('button', { name: 'Use these rules in the app' }).click();
    // A blocked worker leaves the admission waiting: then the violation is what to report.
    const admitted = page
      .locator('section.admission')
      .getByText('The pack is not signed.', { exact: false })
      .waitFor({ timeout: 120_000 });
    await admitted.catch(async (e: unknown) => {
      expect(await violationsInPage(page)).toEqual([]);
      throw e;
    });

    expect(await violationsInPage(page)).toEqual([]);
    expect(console).toEqual([]);
  }, 300_000);
});
