// npm run lighthouse — Lighthouse (mobile) against the production build served by vite
// preview, as `npm run build && npm run preview` serve it. Prints the four category scores
// (median of LIGHTHOUSE_RUNS runs, default 3), the metrics behind performance and every audit
// that costs points, with the machine's load and Lighthouse's own CPU benchmark: simulated
// mobile throttling multiplies whatever else the machine is doing, so read the figures
// against those two. Figures, not a test: nothing here passes or fails.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildApp, serveApp } from '../e2e/support/app-server';

/** Pinned like every dependency; fetched by npx on first use, not installed into the project. */
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'speed-index',
  'cumulative-layout-shift',
];
const TARGET: Record<(typeof CATEGORIES)[number], number> = {
  performance: 90,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

interface Audit {
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
}
interface Report {
  categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  environment: { benchmarkIndex: number };
}

// Asynchronous: the preview server answers from this same process while Lighthouse runs.
async function lighthouse(url: string, out: string): Promise<Report> {
  await promisify(execFile)(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--form-factor=mobile',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
  );
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'zp-lighthouse-'));
const outDir = await buildApp();
const app = await serveApp(outDir);
try {
  const reports: Report[] = [];
  for (let i = 0; i < runs; i++) {
    const load = loadavg()[0]!.toFixed(1);
    const report = await lighthouse(app.url, join(work, `run-${i}.json`));
    reports.push(report);
    const scores = CATEGORIES.map((c) => `${c} ${Math.round(report.categories[c]!.score * 100)}`);
    console.log(
      `run ${i + 1}/${runs}: ${scores.join(', ')} (load ${load}, benchmarkIndex ${Math.round(report.environment.benchmarkIndex)})`,
    );
  }
  console.log(`\nmedian of ${runs} (mobile, ${app.url}):`);
  for (const c of CATEGORIES) {
    const score = median(reports.map((r) => Math.round(r.categories[c]!.score * 100)));
    console.log(`  ${c.padEnd(15)} ${String(score).padStart(3)}  target ${TARGET[c]}`);
  }
  for (const m of METRICS) {
    const values = reports.map((r) => r.audits[m]!);
    const mid = median(values.map((a) => a.numericValue ?? 0));
    const shown = values.find((a) => a.numericValue === mid)?.displayValue ?? String(mid);
    console.log(`  ${m.padEnd(25)} ${shown}`);
  }
  // Audits that cost points in any run, so a score below target says why.
  const costs = new Map<string, string>();
  for (const r of reports) {
    for (const c of CATEGORIES) {
      for (const ref of r.categories[c]!.auditRefs) {
        const a = r.audits[ref.id]!;
        if (ref.weight > 0 && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'manual')
          costs.set(`${c}: ${ref.id}`, `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      }
    }
  }
  console.log(costs.size ? '\naudits that cost points:' : '\nno audit cost points');
  for (const [id, text] of costs) console.log(`  ${id} — ${text}`);
} finally {
  await app.close();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
