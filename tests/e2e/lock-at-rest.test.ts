import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, overflows } from './support/axe';
import { useBuiltApp } from './support/built-app-suite';

const suite = useBuiltApp();

// Names found nowhere in the app's own files, so any hit is the applicant's data.
const NAME = 'QUIXOTE ZEBULON';
const NAME_JA = 'キホーテ・ゼブロン';
const PASSPHRASE = 'correct horse battery staple';

/**
 * Everything the origin keeps, as text: every IndexedDB store of every database, every
 * Cache Storage entry, localStorage, sessionStorage and every file of the origin-private
 * file system. Binary values are decoded as UTF-8 so a name in them would show.
 */
function dumpOrigin(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const text = (value: unknown) =>
      JSON.stringify(value, (_k, v: unknown) =>
        v instanceof ArrayBuffer || ArrayBuffer.isView(v)
          ? new TextDecoder().decode(v as ArrayBuffer)
          : v,
      );
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        out.push(`idb ${info.name}/${store}: ${text(rows)}`);
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        out.push(`cache ${request.url}: ${await (await cache.match(request))!.text()}`);
      }
    }
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i)!;
        out.push(`storage ${key}: ${store.getItem(key)}`);
      }
    }
    const walk = async (dir: FileSystemDirectoryHandle, path: string): Promise<void> => {
      const entries = (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries();
      for await (const [name, handle] of entries) {
        if (handle.kind === 'file') {
          const file = await (handle as FileSystemFileHandle).getFile();
          out.push(`opfs ${path}/${name}: ${await file.text()}`);
        } else await walk(handle as FileSystemDirectoryHandle, `${path}/${name}`);
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    return out.join('\n');
  });
}

describe('passphrase lock in chromium', () => {
  it('leaves no applicant name readable anywhere on a locked profile, unlocks, and wipes the device', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.app.url);
    await page.getByRole('button', { name: '新しい案件' }).click();
    await page.getByLabel('案件名', { exact: true }).fill(`${NAME} 更新`);
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/#\/cases\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    await page.getByLabel('申請人の氏名', { exact: true }).fill(NAME_JA);
    await page.getByLabel('申請方法', { exact: true }).selectOption({ label: 'オンライン申請' });
    // Unlocked and without a lock, the name is stored as typed (the dump can see it).
    await expect.poll(() => dumpOrigin(page), { timeout: 10_000 }).toContain(NAME_JA);

    // Set up the lock.
    await page.getByRole('link', { name: 'ロックとデータ' }).click();
    await page
      .getByRole('heading', { name: 'パスフレーズによるロックとこの端末のデータ' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '暗号化してロックを設定' }).click();
    await expect.poll(() => page.getByTestId('lock-problem').textContent()).toContain('10文字以上');
    await page.getByLabel('パスフレーズ', { exact: true }).first().fill(PASSPHRASE);
    await page.getByLabel('パスフレーズ（確認）', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('パスフレーズを忘れるとデータを失うことを理解しました').check();
    await page.getByRole('button', { name: '暗号化してロックを設定' }).click();
    await expect
      .poll(
        // A refusal shows up in the failure message instead of a bare timeout.
        async () =>
          `${await page.getByTestId('lock-status').textContent()}` +
          ((await page.getByTestId('lock-problem').count())
            ? `${await page.getByTestId('lock-problem').textContent()}`
            : ''),
        { timeout: 20_000 },
      )
      .toContain('ロックを設定しました');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '暗号化バックアップを書き出す' }).click(),
    ]);
    const backup = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(backup)).toMatchObject({ format: 'zairyu-precheck.encrypted-backup' });

    // Locked: nothing personal anywhere the origin keeps data, nor in the exported file.
    await page.getByRole('button', { name: '今すぐロック' }).click();
    await page.getByRole('heading', { name: 'ロックされています' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await overflows(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
    const dump = await dumpOrigin(page);
    expect(dump).toContain(id);
    // The lines that hold a name, so a failure says which store leaks it.
    const leaks = (text: string) =>
      text.split('\n').filter((line) => line.includes(NAME) || line.includes(NAME_JA));
    expect(leaks(dump).map((line) => line.slice(0, 120))).toEqual([]);
    expect(leaks(backup)).toEqual([]);

    // Wrong passphrase refused; the right one opens the cases as before.
    await page.getByLabel('パスフレーズ', { exact: true }).fill('not the passphrase');
    await page.getByRole('button', { name: 'ロックを解除' }).click();
    await expect
      .poll(() => page.locator('#unlock-error').textContent(), { timeout: 20_000 })
      .toContain('パスフレーズが違います');
    await page.getByLabel('パスフレーズ', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'ロックを解除' }).click();
    await page.getByRole('link', { name: '案件一覧' }).click({ timeout: 20_000 });
    await expect
      .poll(() => page.locator('main').textContent(), { timeout: 20_000 })
      .toContain(`${NAME} 更新`);

    // Wipe this device: asked first, then nothing is left and no lock screen remains.
    await page.getByRole('link', { name: 'ロックとデータ' }).click();
    await page.getByRole('button', { name: 'この端末を消去…' }).click();
    await page.getByRole('button', { name: 'すべて消去する' }).click();
    await page.getByRole('button', { name: '新しい案件' }).waitFor({ timeout: 20_000 });
    const after = await dumpOrigin(page);
    expect(after).not.toContain(id);
    expect(after).not.toContain('"vault"');
    await page.close();
  }, 120_000);
});
