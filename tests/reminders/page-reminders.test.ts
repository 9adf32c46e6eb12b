// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseState } from '../../src/domain/cases-dashboard/case-state';
import { remindNow, type PageReminderOptions } from '../../src/services/reminders/page-reminders';

const shown: string[] = [];
class FakeNotification {
  static permission = 'granted';
  onclick: (() => void) | null = null;
  constructor(title: string) {
    shown.push(title);
  }
}

const closing: CaseState = {
  kind: 'closes_soon',
  opens: '2026-09-05',
  closes: '2026-12-05',
  daysToOpen: null,
  daysToClose: null,
  needs: 0,
  blocks: 0,
};

function options(isLocked: boolean, settings = new Map<string, unknown>([['reminders', true]])) {
  return {
    storage: {
      caseStates: { all: async () => new Map([['a', { id: 'a', key: 'k', state: closing }]]) },
      settings: {
        get: async (key: string) => settings.get(key),
        set: async (key: string, value: unknown) => void settings.set(key, value),
      },
      drafts: { get: async () => ({ title: 'KIM MINJI', draft: {} }) },
    } as unknown as PageReminderOptions['storage'],
    lang: () => 'en' as const,
    unofficial: () => null,
    isLocked: () => isLocked,
    today: () => '2026-12-02',
  };
}

describe('remindNow on the page', () => {
  beforeEach(() => {
    shown.length = 0;
    (globalThis as { Notification?: unknown }).Notification = FakeNotification;
  });
  afterEach(() => {
    delete (globalThis as { Notification?: unknown }).Notification;
  });

  it('names the case while the app is open, visible and without a lock', async () => {
    expect(await remindNow(options(false))).toBe(1);
    expect(shown).toEqual(['Window closes in 3 days: KIM MINJI']);
  });

  it('names no one while the passphrase lock is set up', async () => {
    expect(await remindNow(options(true))).toBe(1);
    expect(shown).toEqual(['1 case needs attention']);
  });

  it('shows nothing when reminders are off or not permitted', async () => {
    expect(await remindNow(options(false, new Map([['reminders', false]])))).toBe(0);
    FakeNotification.permission = 'denied';
    expect(await remindNow(options(false))).toBe(0);
    FakeNotification.permission = 'granted';
    expect(shown).toEqual([]);
  });
});
