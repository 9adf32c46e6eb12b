import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, sharedBuild, type AppServer } from './support/app-server';
import { openBrowser, type BrowserSession } from './support/browser';

const CREDENTIAL = '987654321098';
const LOGIN = 'tran-office';
const PASSWORD = 'a long enough password';
let outDir: string;
let app: AppServer;
let browser: BrowserSession;

beforeAll(async () => {
  // The built-in endpoint on /api of the preview server, with its own store (accounts and
  // sessions live there too, so the restarted server still knows the signed-in browser).
  process.env.ZAIRYU_API = 'on';
  process.env.ZAIRYU_API_DATA = join(mkdtempSync(join(tmpdir(), 'zp-api-')), 'reservations.sqlite');
  outDir = await sharedBuild();
  app = await serveApp(outDir);
  browser = await openBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The account's reservations as the endpoint has them (signed in with a bearer session). */
async function serverReservations(): Promise<{ id: string; state: string }[]> {
  const session = await fetch(`${app.url}api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: LOGIN, password: PASSWORD, mode: 'bearer' }),
  });
  const { token } = (await session.json()) as { token: string };
  const res = await fetch(`${app.url}api/reservations`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return ((await res.json()) as { reservations: { id: string; state: string }[] }).reservations;
}

describe('offline PWA and reservation sync in chromium', () => {
  it('ships a service worker and a manifest', () => {
    expect(existsSync(join(outDir, 'sw.js'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.icons.length).toBeGreaterThan(0);
  });

  it('books offline after a reload and is confirmed exactly once when back online', async () => {
    const { context } = browser;
    const page = await context.newPage();
    await page.goto(app.url);
    await page.evaluate(() => localStorage.setItem('zairyu-precheck.lang', 'en'));
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.getByRole('button', { name: 'New case' }).click();
    await page.getByLabel('Case title', { exact: true }).fill('TRAN THI B');
    await page.getByLabel('Procedure', { exact: true }).selectOption('extension');
    await page.getByLabel('Channel', { exact: true }).selectOption('counter');
    await page.waitForTimeout(800); // autosave
    await page.goto(`${app.url}#/reservations`);
    await page.getByRole('heading', { name: 'Counter reservations' }).waitFor();
    await page.getByRole('combobox', { name: 'Category', exact: true }).selectOption('scrivener');
    await page
      .getByRole('combobox', { name: 'Credential', exact: true })
      .selectOption('notified_certificate');
    await page.getByRole('textbox', { name: 'Credential number (12 digits)' }).fill(CREDENTIAL);
    await page.getByRole('textbox', { name: 'Credential expires' }).fill('2029-03-31');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // The first run: an account for the saved filer, active at once on this machine's endpoint.
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByRole('textbox', { name: 'Login' }).fill(LOGIN);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByTestId('signed-in-as').waitFor();
    const unauthenticated = await fetch(`${app.url}api/reservations`);
    expect(unauthenticated.status).toBe(401);

    // Off the network and the server stopped: the shell comes from the service worker.
    await context.setOffline(true);
    await app.close();
    await page.reload();
    await page.getByRole('heading', { name: 'Counter reservations' }).waitFor();
    await page.getByTestId('offline-banner').waitFor();
    await page
      .getByRole('radio', { name: /^09:30–10:00/ })
      .first()
      .check();
    await page
      .getByRole('combobox', { name: 'Choose from the drafts' })
      .selectOption({ label: 'TRAN THI B' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('This booking is allowed.').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Send the booking' }).click();
    await page
      .getByText(/Queued/)
      .first()
      .waitFor();
    // In the slot grid the booking is held as queued, not shown as booked.
    await page.getByTestId('slot-queued').first().waitFor();

    app = await serveApp(outDir, app.port);
    await context.setOffline(false);
    await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
    await expect.poll(serverReservations, { timeout: 60_000, interval: 1000 }).toHaveLength(1);
    await page.waitForTimeout(3000); // a late retry must not book twice
    expect(await serverReservations()).toHaveLength(1);
    await expect
      .poll(() => page.getByText(/confirmed/i).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
  }, 180_000);
});
