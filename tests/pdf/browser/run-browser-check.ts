/**
 * Builds a page with only the attachment panel and drives Debian's chromium through it:
 * pdf.js must not load before the first PDF, and real PDFs (fine, encrypted, restricted,
 * damaged, a text file) must get their verdicts from the Web Worker.
 * Run: npx tsx tests/pdf/browser/run-browser-check.ts
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { jpegBytes } from '../../fixtures/jpeg-bytes';
import { pdfBytes } from '../../fixtures/pdf-bytes';
import { buildAndServe } from './build-and-serve';

/** Prints each check and makes the script exit non-zero if one fails. */
function check(label: string, ok: boolean): void {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${label}`);
  if (!ok) process.exitCode = 1;
}

const { port, entryJs, requested, close } = await buildAndServe();
check('no pdf.js in the entry bundle', !/PDFWorker|getDocument/.test(entryJs));

const dir = mkdtempSync(join(tmpdir(), 'attachment-files-'));
const scan = (seed: number) => ({
  widthPx: 1654,
  heightPx: 2339,
  widthPt: 595.28,
  heightPt: 841.89,
  noise: 0.027,
  seed,
});
const files: Record<string, Uint8Array> = {
  'fine.pdf': await pdfBytes({ pages: [scan(1), null] }),
  'locked.pdf': await pdfBytes({ userPassword: 'secret' }),
  'restricted.pdf': await pdfBytes({ ownerPassword: 'o', permissions: { copying: false } }),
  'broken.pdf': new TextEncoder().encode('%PDF-1.4\n' + 'x'.repeat(500)),
  'letter.pdf': new TextEncoder().encode('Dear officer, please find attached'),
  'face.jpg': jpegBytes(600, 800, { dateTimeOriginal: '2026:10:01 09:30:00' }),
  'big.pdf': await pdfBytes({ pages: Array.from({ length: 50 }, (_, i) => scan(i + 1)) }),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`http://127.0.0.1:${port}/`);
await page.waitForSelector('#attachment-pdf-input', { state: 'attached' });
check('the worker is not fetched before a file', !requested.some((p) => p.includes('worker')));
const value = async (count: number) => {
  await page.waitForFunction(
    (n) =>
      (JSON.parse(document.getElementById('value')!.textContent || 'null')?.attachments?.length ??
        0) >= n,
    count,
    { timeout: 120_000 },
  );
  return page.textContent('#value');
};
const started = Date.now();
await page.setInputFiles(
  '#attachment-pdf-input',
  ['letter.pdf', 'broken.pdf', 'fine.pdf', 'locked.pdf', 'restricted.pdf'].map((n) => join(dir, n)),
);
const first = JSON.parse((await value(3))!) as { attachments: Record<string, unknown>[] };
console.log(`first five files: ${Date.now() - started} ms`);
check(
  'verdicts of fine, locked and restricted files reach the draft; text and damaged files do not',
  JSON.stringify(first.attachments.map((a) => [a.name, a.encrypted, a.restricted, a.minDpi])) ===
    JSON.stringify([
      ['fine.pdf', false, false, 200],
      ['locked.pdf', true, undefined, undefined],
      ['restricted.pdf', true, true, null],
    ]),
);
await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
console.log('panel text:', (await page.textContent('.files'))?.replace(/\s+/g, ' '));
console.log('requested after files:', requested.filter((p) => p.includes('assets')).join(' '));
// Longest gap between animation frames while the big file is inspected: the UI stays live.
// (A string, so the script runner's helpers for named functions stay out of the page.)
await page.evaluate(`(() => {
  window.maxGap = 0;
  window.last = performance.now();
  const tick = (t) => {
    window.maxGap = Math.max(window.maxGap, t - window.last);
    window.last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push(Math.round(e.duration));
  }).observe({ type: 'longtask' });
})()`);
const bigStart = Date.now();
await page.setInputFiles('#attachment-pdf-input', [join(dir, 'big.pdf')]);
const progress = await page
  .waitForFunction(
    () => /(\d+) of 50 pages done/.exec(document.body.textContent ?? '')?.[0],
    null,
    {
      timeout: 20_000,
      polling: 10,
    },
  )
  .then((h) => h.jsonValue())
  .catch(() => 'no progress seen');
check(
  `progress is shown while a big file is inspected (${progress})`,
  progress !== 'no progress seen',
);
check('the 50-page file is read', (await value(4))!.includes('"pages":50'));
console.log(
  `big.pdf (${files['big.pdf']!.length} bytes, 50 pages): ${Date.now() - bigStart} ms in chromium`,
);
console.log('long tasks (ms):', await page.evaluate<number[]>('window.longTasks'));
const gap = Math.round(await page.evaluate<number>('window.maxGap'));
check(`the page kept drawing frames (longest gap ${gap} ms)`, gap < 500);
await page.setInputFiles('#attachment-photo-input', [join(dir, 'face.jpg')]);
await page.waitForFunction(() =>
  document.getElementById('value')!.textContent!.includes('takenOn'),
);
const photo = JSON.parse((await page.textContent('#value'))!).photo;
check(
  `the photo's EXIF date and 3:4 size reach the draft ${JSON.stringify(photo)}`,
  photo.takenOn === '2026-10-01' && photo.widthMm === 30 && photo.heightMm === 40,
);
console.log('photo card:', (await page.textContent('.photo-card'))?.replace(/\s+/g, ' '));
await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
const violations = await page.evaluate<string[]>(
  `axe.run(document.querySelector('.attachments')).then((r) => r.violations.map((v) => v.id + ' ' + v.nodes.length))`,
);
check(`axe-core finds no violations ${JSON.stringify(violations)}`, violations.length === 0);
const width = await page.evaluate(() => document.documentElement.scrollWidth);
check(`nothing wider than a 375-px phone (${width} px)`, width <= 375);
await page.screenshot({ path: join(dir, 'panel-375.png'), fullPage: true });
console.log('screenshot:', join(dir, 'panel-375.png'));
await browser.close();
close();
