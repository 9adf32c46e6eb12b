// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseState } from '../../src/domain/cases-dashboard/case-state';
import {
  remindNow,
  startPageReminders,
  type PageReminderOptions,
} from '../../src/services/reminders/page-reminders';
import { CASE_STATES_STORED } from '../../src/services/reminders/reminder-events';

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

describe('reminder rounds while the app is open', () => {
  beforeEach(() => {
    shown.length = 0;
    (globalThis as { Notification?: unknown }).Notification = FakeNotification;
    vi.useFakeTimers({
      now: new Date('2026-12-02T03:00:00Z'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    delete (globalThis as { Notification?: unknown }).Notification;
  });

  it('runs again once the list has stored states the first round did not have, and reminds once', async () => {
    const states = new Map<string, { id: string; key: string; state: CaseState }>();
    const base = options(false);
    const stop = startPageReminders({
      ...base,
      storage: { ...base.storage, caseStates: { all: async () => new Map(states) } } as never,
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(shown).toEqual([]);
    // The list's first check stores its states batch by batch.
    states.set('a', { id: 'a', key: 'k', state: closing });
    dispatchEvent(new Event(CASE_STATES_STORED));
    dispatchEvent(new Event(CASE_STATES_STORED));
    await vi.advanceTimersByTimeAsync(1500);
    expect(shown).toEqual(['Window closes in 3 days: KIM MINJI']);
    dispatchEvent(new Event(CASE_STATES_STORED));
    await vi.advanceTimersByTimeAsync(1500);
    expect(shown).toHaveLength(1);
    stop();
  });
});
