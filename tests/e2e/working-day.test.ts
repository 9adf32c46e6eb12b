import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations as violations } from './support/axe';
import { useBuiltApp } from './support/built-app-suite';

const suite = useBuiltApp();

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function openInEnglish(width: number): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(suite.app.url);
  await page.evaluate(() => localStorage.setItem('zairyu-precheck.lang', 'en'));
  await page.reload();
  return page;
}

/** A new case with a title, procedure and channel; the expiry only when given. */
async function newCase(page: Page, title: string, expiry?: string) {
  await page.goto(`${suite.app.url}#/cases`);
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByLabel('Case title', { exact: true }).fill(title);
  await page.getByLabel('Procedure', { exact: true }).selectOption('extension');
  await page.getByLabel('Channel', { exact: true }).selectOption('counter');
  if (expiry) {
    const field = page.getByLabel('Expiry of the period of stay', { exact: true });
    await field.fill(expiry);
    await field.blur();
  }
  await page.waitForTimeout(800); // autosave
}

describe("an agent's working day", () => {
  it('stores a new case only with its first answer; an unknown deadline reads so and comes first', async () => {
    const page = await openInEnglish(1280);
    await page.getByRole('button', { name: 'New case' }).click();
    await page.getByTestId('case-unsaved').waitFor();
    expect(page.url()).toMatch(/#\/cases\/new$/);
    await page.getByRole('link', { name: /Back to cases/ }).click();
    await page.getByText('No cases yet. Start with "New case".').waitFor();

    await newCase(page, 'FAR AHEAD', '2030-06-01');
    expect(page.url()).not.toMatch(/#\/cases\/new$/);
    await newCase(page, 'NO EXPIRY');
    await page.goto(`${suite.app.url}#/cases`);
    const rows = page.getByRole('listitem').filter({ has: page.getByRole('heading') });
    await expect.poll(() => rows.count()).toBe(2);
    await expect
      .poll(() => rows.first().textContent(), { timeout: 20_000 })
      .toContain('Deadline unknown');
    expect(await rows.first().textContent()).toContain('NO EXPIRY');
    expect(await rows.first().textContent()).not.toContain('No deadline');
    expect(await rows.nth(1).textContent()).toContain('FAR AHEAD');
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New case' }).click();
    await page.getByTestId('case-unsaved').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('books on a phone one day at a time, names the applicant and exports the reservation', async () => {
    const page = await openInEnglish(375);
    await newCase(page, 'TRAN THI B');
    await page.goto(`${suite.app.url}#/reservations`);
    await page.getByRole('heading', { name: 'Counter reservations' }).waitFor();
    await page.getByRole('combobox', { name: 'Category', exact: true }).selectOption('scrivener');
    await page
      .getByRole('combobox', { name: 'Credential', exact: true })
      .selectOption('notified_certificate');
    await page.getByRole('textbox', { name: 'Credential number (12 digits)' }).fill('123456789012');
    await page.getByRole('textbox', { name: 'Credential expires' }).fill('2029-03-31');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    // Day tabs: one day's slots at a time, moved with the arrow keys, targets of 44 px.
    const tabs = page.getByRole('tablist', { name: 'Bookable days' }).getByRole('tab');
    await expect.poll(() => tabs.count()).toBeGreaterThan(1);
    const days = await page.locator('fieldset.day').count();
    expect(days).toBe(1);
    const first = await page.locator('fieldset.day').getAttribute('data-day');
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('fieldset.day').getAttribute('data-day')).not.toBe(first);
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('fieldset.day').getAttribute('data-day')).toBe(first);
    const label = page.locator('fieldset.day .slot label').first();
    expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect((await tabs.first().boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    expect(await violations(page)).toEqual([]);

    await page.locator('input[name="reservation-slot"]').first().check();
    await page
      .getByRole('combobox', { name: 'Choose from the drafts' })
      .selectOption({ label: 'TRAN THI B' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('This booking is allowed.').waitFor({ timeout: 20_000 });
    // Offline, so the booking stays in the outbox as queued (no account on the endpoint here).
    await suite.browser.context.setOffline(true);
    await page.getByRole('button', { name: 'Send the booking' }).click();
    const applicants = page.getByTestId('entry-applicants');
    await applicants.waitFor();
    expect(await applicants.textContent()).toContain('TRAN THI B');

    const button = page.getByRole('button', { name: /^Add to calendar \(\.ics\): the / });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^reservation-\d{4}-\d{2}-\d{2}-\d{4}\.ics$/);
    const ics = readFileSync((await download.path())!, 'utf8');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(unfolded).toMatch(/DTSTART:\d{8}T\d{6}Z\r\nDTEND:\d{8}T\d{6}Z/);
    expect(unfolded).toContain('SUMMARY:Booking deadline (');
    expect(unfolded).toContain('SUMMARY:Cancellation deadline (');
    expect(unfolded).toContain('DESCRIPTION:Applicants: TRAN THI B');
    expect(unfolded).not.toMatch(/SUMMARY:[^\r]*TRAN/);

    await suite.browser.context.setOffline(false);

    // At the desk the days stay side by side, without tabs.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => page.getByRole('tablist', { name: 'Bookable days' }).count()).toBe(0);
    expect(await page.locator('fieldset.day').count()).toBeGreaterThan(1);
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 180_000);

  it('fits the workbench on a 375 px phone on every tab', async () => {
    const page = await openInEnglish(375);
    await page.goto(`${suite.app.url}#/workbench`);
    const tabs = page.locator('.workbench .tabs button');
    await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const count = await tabs.count();
    for (let i = 0; i < count; i++) {
      await tabs.nth(i).click();
      await page.waitForTimeout(300);
      const name = await tabs.nth(i).textContent();
      expect({ tab: name, width: await pageWidth(page) }).toEqual({ tab: name, width: 375 });
    }
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
