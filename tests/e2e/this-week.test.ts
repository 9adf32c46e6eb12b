import { Temporal } from '@js-temporal/polyfill';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, overflows } from './support/axe';
import { useBuiltApp } from './support/built-app-suite';

const suite = useBuiltApp();
// A loaded machine may take seconds for what takes milliseconds here.
const PATIENCE = { timeout: 15_000 };
// Notifications are read through the service worker: asking every 50 ms keeps the page's
// faked clock and its IndexedDB work from getting a turn, so these polls ask less often.
const NOTIFY_PATIENCE = { timeout: 20_000, interval: 500 };

/** Complete online extensions, one per name, expiring on the day given. */
async function seedCases(page: Page, cases: [name: string, expires: string][]): Promise<void> {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('zairyu-precheck');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('drafts', 'readwrite');
    rows.forEach(([name, expires], i) => {
      const stamp = new Date(Date.UTC(2026, 10, 1, 0, 0, 0, i)).toISOString();
      const draft = {
        filer: {
          category: 'org_staff',
          credential: { kind: 'agent_certificate', number: '123456789012', expires: '2030-03-31' },
        },
        applicant: {
          name,
          birthDate: '1995-04-02',
          nationality: 'VNM',
          status: 'engineer_humanities_international',
          periodOfStay: 'P1Y',
          stayExpires: expires,
        },
        procedure: 'extension',
        channel: 'online',
        bureau: 'tokyo',
      };
      tx.objectStore('drafts').put({
        id: `week-${i}`,
        title: '',
        draft,
        createdAt: stamp,
        updatedAt: stamp,
        revision: 1,
        schemaVersion: 2,
        procedure: 'extension',
      });
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, cases);
}

/** Titles of the notifications the service worker registration shows. */
const notifications = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({ title: n.title, body: n.body }));
  });

const group = (page: Page, name: string | RegExp) =>
  page.locator('.this-week section', { has: page.getByRole('heading', { name }) });

describe('this week and reminders, in chromium', () => {
  it('lists cases opening this week, closing within N days and overdue; reminds at start, at Tokyo midnight and from the service worker', async () => {
    const { context } = suite.browser;
    await context.grantPermissions(['notifications'], { origin: new URL(suite.app.url).origin });
    const page = await context.newPage();
    // Tokyo, 20 December 2026, an hour before midnight; the clock runs on from there.
    await page.clock.install({ time: new Date('2026-12-20T23:00:00+09:00') });
    await page.goto(suite.app.url);
    await page.getByRole('button', { name: '新しい案件' }).waitFor();
    // The windows of these extensions run from three months before expiry to the day before.
    // The service worker keeps the real time: its case closes a week from the real today.
    const realToday = Temporal.Now.plainDateISO('Asia/Tokyo');
    await seedCases(page, [
      ['OPENS TUESDAY', '2027-03-22'], // opens 22 Dec, in 2 days
      ['CLOSES NEW YEAR', '2027-01-01'], // closes 31 Dec, in 11 days
      ['CLOSED EARLIER', '2026-12-10'], // closed 9 Dec
      ['NEXT SUMMER', '2027-06-30'], // nothing this week
      ['REAL WEEK', realToday.add({ days: 8 }).toString()],
    ]);
    await page.reload();
    const summary = page.getByTestId('thisweek-summary');
    await expect.poll(() => summary.innerText(), { timeout: 20_000 }).toMatch(/今週受付開始/);
    await expect
      .poll(() => page.locator('p.summary[aria-live]').innerText(), { timeout: 20_000 })
      .not.toContain('確認中');

    const opens = group(page, /^今週申請できるようになる案件/);
    const closes = group(page, /^14日以内に締切/);
    const overdue = group(page, /^期限切れ/);
    await expect.poll(() => opens.innerText(), PATIENCE).toContain('OPENS TUESDAY');
    expect(await opens.innerText()).toContain('2026年12月22日に受付開始（2日後）');
    expect(await closes.innerText()).toContain('CLOSES NEW YEAR');
    expect(await closes.innerText()).toContain('2026年12月31日に締切（11日後）');
    expect(await overdue.innerText()).toContain('CLOSED EARLIER');
    expect(await overdue.innerText()).toContain('2026年12月9日に締切（11日経過）');
    expect(await page.locator('.this-week').innerText()).not.toContain('NEXT SUMMER');

    // N is a setting: 10 days leaves out the case closing in 11, and survives a reload.
    const within = page.getByLabel(/締切まで/);
    await within.fill('10');
    await within.blur();
    await expect
      .poll(() => page.locator('.this-week').innerText(), PATIENCE)
      .not.toContain('CLOSES NEW YEAR');
    await page.reload();
    await expect.poll(() => within.inputValue(), PATIENCE).toBe('10');
    await within.fill('14');
    await within.blur();
    await expect.poll(() => closes.innerText(), PATIENCE).toContain('CLOSES NEW YEAR');

    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(page)).toEqual([]);
      expect(await overflows(page)).toBe(false);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Reminders: permission is asked on the click; the first round runs at once and names the
    // case (the app is open and not locked).
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.getByRole('button', { name: 'リマインダーをオンにする' }).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts(), PATIENCE)
      .toContain('リマインダーはオンです。受付開始日と締切が近づいたときに通知します。');
    await expect
      .poll(async () => (await notifications(page)).map((n) => n.title), NOTIFY_PATIENCE)
      .toContain('締切まで11日：CLOSES NEW YEAR');
    // The same day again: nothing is shown twice (the shown one is closed first, so a repeat
    // would be seen rather than replace it).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      for (const n of await registration.getNotifications()) n.close();
    });
    expect(await notifications(page)).toEqual([]);
    await page.reload();
    await page.getByTestId('thisweek-summary').waitFor();
    await page.waitForTimeout(1500);
    expect(await notifications(page)).toEqual([]);

    // Past midnight in Tokyo the next day's round runs by itself.
    await page.clock.fastForward('01:05:00');
    await expect
      .poll(async () => (await notifications(page)).map((n) => n.title), NOTIFY_PATIENCE)
      .toContain('締切まで10日：CLOSES NEW YEAR');

    // Periodic background sync, dispatched as Chromium would for an installed app: the worker
    // names no applicant (it cannot know whether the app is locked).
    const cdp = await context.newCDPSession(page);
    const registrations: { registrationId: string; scopeURL: string }[] = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e) =>
      registrations.push(...e.registrations),
    );
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => registrations.length, PATIENCE).toBeGreaterThan(0);
    const before = (await notifications(page)).length;
    await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
      origin: new URL(suite.app.url).origin,
      registrationId: registrations[0]!.registrationId,
      tag: 'zairyu-reminders',
    });
    await expect
      .poll(async () => (await notifications(page)).length, NOTIFY_PATIENCE)
      .toBeGreaterThan(before);
    const fromWorker = (await notifications(page)).find((n) =>
      /件の案件に対応が必要です$/.test(n.title),
    );
    expect(fromWorker?.title).toMatch(/^\d+件の案件に対応が必要です$/);
    for (const name of ['REAL WEEK', 'CLOSES NEW YEAR', 'OPENS TUESDAY'])
      expect(`${fromWorker?.title} ${fromWorker?.body}`).not.toContain(name);
    await page.close();
  }, 120_000);
});
