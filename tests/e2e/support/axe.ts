import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's violations on the page as it stands, one line each (rule id and targets). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, not as a <script>: the app's Content Security
  // Policy rightly refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    return (await axe.run()).violations.map(
      (v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
  });
}

/** True when the page is wider than the viewport (a phone would scroll sideways). */
export const overflows = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
