import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/built-app-suite';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const suite = useBuiltApp();

async function violations(page: Page): Promise<string[]> {
  // Evaluated, not added as an inline <script>, which the app's CSP refuses (ADR 16).
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    return (await axe.run()).violations.map(
      (v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
  });
  return result;
}

const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('accessibility and phone width', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`case list and case editor are axe-clean and fit 375 px (${lang})`, async () => {
      const page = await suite.browser.context.newPage();
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(suite.app.url);
      await page.evaluate((l) => localStorage.setItem('zairyu-precheck.lang', l), lang);
      await page.reload();
      await page.getByRole('button', { name: lang === 'ja' ? '新しい案件' : 'New case' }).waitFor();
      expect(await violations(page)).toEqual([]);
      expect(await overflows(page)).toBe(false);
      await page.getByRole('button', { name: lang === 'ja' ? '新しい案件' : 'New case' }).click();
      await page.getByRole('heading', { name: /^判定:|^Verdict:/ }).waitFor();
      expect(await violations(page)).toEqual([]);
      expect(await overflows(page)).toBe(false);
    }, 60_000);
  }
});
