// npm run bench:browser — the app at scale in Debian's chromium, against one production
// build: 1,000 and 10,000 drafts (seeded straight into IndexedDB), a 10,000-row CSV import
// and the first screen's JavaScript. Prints figures and the 10,000 / 1,000 ratio of each;
// nothing here is an assertion.
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { buildApp, serveApp } from '../e2e/support/app-server';
import { openBrowser } from '../e2e/support/browser';
import { seedDrafts, seededDraft } from '../e2e/support/seed-drafts';
import { readCasesCsv } from '../../src/bulk/read-cases-csv';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import { readRuleFiles } from '../../src/cli/read-rule-files';
import { Checker } from '../../src/domain/evaluation/checker';
import { loadRulePack } from '../../src/domain/loading/load-rule-pack';
import { SchemaValidator } from '../../src/domain/loading/schema-validator';
import { batchResults } from '../../src/services/check-worker/batch-results';
import { batchStates } from '../../src/services/check-worker/batch-states';

const outDir = await buildApp();
const app = await serveApp(outDir);

// Long tasks of the main thread, collected from the first script on.
const OBSERVE = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;
const longest = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    const max = Math.max(0, ...w.__longTasks);
    w.__longTasks = [];
    return max;
  });
const summary = (page: Page) => page.locator('p.summary[aria-live]').innerText();
async function until(page: Page, test: (text: string) => boolean, timeoutMs = 600_000) {
  const end = Date.now() + timeoutMs;
  while (!test(await summary(page).catch(() => ''))) {
    if (Date.now() > end) throw new Error(`timed out; summary: ${await summary(page)}`);
    await page.waitForTimeout(50);
  }
}

/** Time from an input event to the summary's change, measured in the page. */
function latency(page: Page, selector: string, value: string): Promise<number> {
  return page.evaluate(
    ([sel, val]) =>
      new Promise<number>((resolve) => {
        const el = document.querySelector(sel!) as HTMLInputElement | HTMLSelectElement;
        const target = document.querySelector('p.summary[aria-live]')!;
        const before = target.textContent;
        const start = performance.now();
        // No named function here: tsx would wrap it in a helper the page does not have.
        new MutationObserver((_, obs) => {
          if (target.textContent !== before) {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        }).observe(target, { subtree: true, characterData: true, childList: true });
        el.value = val!;
        el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
      }),
    [selector, value],
  );
}

interface Figures {
  checkedS: number;
  checkLongestMs: number;
  reopenMs: number;
  reopenLongestMs: number;
  searchMs: number;
  clearMs: number;
  filterMs: number;
  scrollLongestMs: number;
  heapMB: number;
  rows: number;
}

async function listFigures(n: number): Promise<Figures> {
  const session = await openBrowser();
  const page = await session.context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(app.url);
  await until(page, (t) => /^0件/.test(t));
  await seedDrafts(page, n);
  const count = n.toLocaleString('en');
  let t = performance.now();
  await page.reload();
  await until(page, (s) => s.startsWith(`${count}件`) && !s.includes('確認中'));
  const checkedS = (performance.now() - t) / 1000;
  const checkLongestMs = await longest(page);
  t = performance.now();
  await page.reload();
  await page.locator('.case-list').waitFor();
  await until(page, (s) => s.startsWith(`${count}件`));
  const reopenMs = performance.now() - t;
  await page.waitForTimeout(1000);
  const reopenLongestMs = await longest(page);
  const searchMs = await latency(page, 'input[type="search"]', 'applicant 9');
  const clearMs = await latency(page, 'input[type="search"]', '');
  const filterMs = await latency(page, '.filters label:nth-of-type(3) select', 'needs_input');
  await latency(page, '.filters label:nth-of-type(3) select', '*');
  await longest(page);
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(30);
  }
  const scrollLongestMs = await longest(page);
  const heapMB = await page.evaluate(
    () =>
      (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize /
      2 ** 20,
  );
  const rows = await page.locator('[role="listitem"]').count();
  await session.close();
  return {
    checkedS,
    checkLongestMs,
    reopenMs,
    reopenLongestMs,
    searchMs,
    clearMs,
    filterMs,
    scrollLongestMs,
    heapMB,
    rows,
  };
}

function csv(n: number): string {
  const lines = [
    'applicant_name,birth_date,nationality,procedure,stay_expires,filer_category,channel',
  ];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      `APPLICANT ${i},1990-04-${day},VNM,extension,2027-0${1 + (i % 6)}-${day},org_staff,online`,
    );
  }
  return lines.join('\n') + '\n';
}

async function csvFigures(n: number) {
  const session = await openBrowser();
  const page = await session.context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(`${app.url}#/bulk`);
  const input = page.getByLabel(/CSVファイルを選ぶ/);
  await input.waitFor({ state: 'attached' });
  let t = performance.now();
  await input.setInputFiles({
    name: 'cases.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv(n)),
  });
  await page.getByText(/件の確認が終わりました/).waitFor({ timeout: 600_000 });
  const checkedS = (performance.now() - t) / 1000;
  const checkLongestMs = await longest(page);
  t = performance.now();
  await page
    .getByRole('button', { name: /取り込む/ })
    .first()
    .click();
  await page.getByText(/件を取り込みました/).waitFor({ timeout: 600_000 });
  const storedS = (performance.now() - t) / 1000;
  await session.close();
  return { checkedS, storedS, checkLongestMs };
}

async function firstScreenKB(): Promise<number> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  let total = 0;
  context.on('response', async (r) => {
    if (!/\.m?js(\?|$)/.test(new URL(r.url()).pathname)) return;
    total += gzipSync(await r.body().catch(() => Buffer.alloc(0)), { level: 9 }).length;
  });
  const page = await context.newPage();
  await page.goto(app.url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(2000);
  await browser.close();
  return total / 1024;
}

/**
 * The baseline of the same run: the same work with the core in this Node process, in the
 * worker's batches (pack loaded, drafts validated and checked, CSV parsed and checked).
 * The browser figures divided by these show what the worker path adds, whatever the load.
 */
function coreFigures() {
  const t = performance.now();
  const pack = loadRulePack(readRuleFiles(PROJECT_ROOT));
  const checker = new Checker(pack);
  const validator = new SchemaValidator(pack.schemas);
  const loadMs = performance.now() - t;
  const asOf = new Date().toISOString();
  const states = (n: number) => {
    const drafts = Array.from({ length: n }, (_, i) => seededDraft(i));
    const start = performance.now();
    for (let i = 0; i < n; i += 250)
      batchStates(checker, validator, { drafts: drafts.slice(i, i + 250), asOf });
    return (performance.now() - start) / 1000;
  };
  const rows = (n: number) => {
    const start = performance.now();
    const parsed = readCasesCsv(Buffer.from(csv(n)), { vocabulary: pack.vocabulary, validator });
    for (let i = 0; i < parsed.rows.length; i += 500)
      batchResults(checker, { rows: parsed.rows.slice(i, i + 500), asOf, lang: 'ja' });
    return (performance.now() - start) / 1000;
  };
  states(1000); // warm-up, as the worker is warm after its first batches
  return { loadMs, states: [states(1_000), states(10_000)], csv: [rows(1_000), rows(10_000)] };
}

const core = coreFigures();
const fs = await firstScreenKB();
const small = await listFigures(1_000);
const large = await listFigures(10_000);
const csvSmall = await csvFigures(1_000);
const csvLarge = await csvFigures(10_000);
await app.close();

const f = (v: number, digits = 0) => v.toFixed(digits);
const ratio = (a: number, b: number) => (b > 0 ? `×${(a / b).toFixed(1)}` : '–');
const rows: [string, number, number, number][] = [
  ['all drafts checked after load, s (worker, from no cache)', small.checkedS, large.checkedS, 1],
  ['  longest main-thread task meanwhile, ms', small.checkLongestMs, large.checkLongestMs, 0],
  ['list shown from cached states, ms', small.reopenMs, large.reopenMs, 0],
  ['  longest main-thread task meanwhile, ms', small.reopenLongestMs, large.reopenLongestMs, 0],
  ['search "applicant 9", ms to updated list', small.searchMs, large.searchMs, 0],
  ['clear search (all rows back), ms', small.clearMs, large.clearMs, 0],
  ['state filter, ms', small.filterMs, large.filterMs, 0],
  ['longest task while scrolling, ms', small.scrollLongestMs, large.scrollLongestMs, 0],
  ['JS heap, MB', small.heapMB, large.heapMB, 0],
  ['rows in the DOM', small.rows, large.rows, 0],
  ['CSV rows parsed and checked, s', csvSmall.checkedS, csvLarge.checkedS, 1],
  ['CSV valid rows stored, s', csvSmall.storedS, csvLarge.storedS, 2],
  [
    '  longest task while checking the CSV, ms',
    csvSmall.checkLongestMs,
    csvLarge.checkLongestMs,
    0,
  ],
];
console.log(`first screen: ${f(fs)} kB gzip of JavaScript (target <= 120, goal 60)`);
console.log(
  `baseline, the core in Node: pack loaded ${f(core.loadMs)} ms; states of 1,000 / 10,000 drafts ` +
    `${f(core.states[0]!, 2)} / ${f(core.states[1]!, 2)} s; CSV 1,000 / 10,000 rows parsed and checked ` +
    `${f(core.csv[0]!, 2)} / ${f(core.csv[1]!, 2)} s`,
);
console.log(
  `worker path / core: all drafts checked ×${(small.checkedS / core.states[0]!).toFixed(1)} / ` +
    `×${(large.checkedS / core.states[1]!).toFixed(1)}; CSV checked ×${(csvSmall.checkedS / core.csv[0]!).toFixed(1)} / ` +
    `×${(csvLarge.checkedS / core.csv[1]!).toFixed(1)} (1,000 / 10,000)`,
);
console.log(`${'figure'.padEnd(58)}${'1,000'.padStart(10)}${'10,000'.padStart(10)}  ratio`);
for (const [name, a, b, d] of rows)
  console.log(`${name.padEnd(58)}${f(a, d).padStart(10)}${f(b, d).padStart(10)}  ${ratio(b, a)}`);
process.exit(0);
