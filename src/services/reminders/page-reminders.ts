import type { Lang } from '../../domain/model/localized';
import type { CaseStateStore } from '../../storage/case-state-store';
import type { DraftRepository } from '../../storage/draft-repository';
import type { SettingsRepository } from '../../storage/settings-repository';
import type { ReminderNotice } from './reminder-notice';
import { runReminders, type ReminderSource } from './reminder-run';
import { CASE_STATES_STORED, REMINDERS_ON } from './reminder-events';
import { msToTokyoMidnight } from './tokyo-midnight';
import { PERIODIC_TAG } from './periodic-tag';

export { REMINDERS_ON };

export interface PageReminderOptions {
  storage: {
    caseStates: Pick<CaseStateStore, 'all'>;
    settings: Pick<SettingsRepository, 'get' | 'set'>;
    drafts: Pick<DraftRepository, 'get'>;
  };
  lang: () => Lang;
  unofficial: () => string | null;
  /** True while a lock protects the app (the passphrase lock is set up): no names then. */
  isLocked?: () => boolean;
  today: () => string;
}

/** The page's source: Dexie through the repositories, with names of the cases. */
function pageSource(options: PageReminderOptions): ReminderSource {
  const { storage } = options;
  return {
    states: async () =>
      [...(await storage.caseStates.all()).values()].map((s) => ({ id: s.id, state: s.state })),
    closeWithin: () => storage.settings.get('closeWithinDays'),
    log: () => storage.settings.get('reminderLog'),
    saveLog: (log) => storage.settings.set('reminderLog', log),
    names: async (ids) => {
      const out = new Map<string, string>();
      // A hidden page may be on a locked screen (a midnight round usually is): names only
      // while someone is looking at the unlocked app.
      if (options.isLocked?.() || document.visibilityState !== 'visible') return out;
      for (const id of ids) {
        const record = await storage.drafts.get(id);
        const name = record?.title.trim() || record?.draft.applicant?.name?.trim();
        if (name) out.set(id, name);
      }
      return out;
    },
  };
}

/** A notification through the service worker when there is one (Android allows no other). */
async function show(notice: ReminderNotice): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  const options = { body: notice.body, tag: notice.tag, data: { hash: notice.hash } };
  // A worker still installing cannot show notifications yet: the page shows this one.
  if (registration?.active) return registration.showNotification(notice.title, options);
  const shown = new Notification(notice.title, options);
  shown.onclick = () => {
    window.focus();
    location.hash = notice.hash;
  };
}

export function notificationsAllowed(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted';
}

/** One round now, if reminders are on and allowed; the count of reminders shown. */
export async function remindNow(options: PageReminderOptions): Promise<number> {
  if (!notificationsAllowed() || !(await options.storage.settings.get('reminders'))) return 0;
  const lang = options.lang();
  const unofficial = options.unofficial();
  // What the service worker needs to word its notices the same way.
  await options.storage.settings.set('reminderContext', { lang, unofficial });
  return runReminders(pageSource(options), { today: options.today(), lang, unofficial, show });
}

/**
 * Reminders while the app is open: a round at start, at every Tokyo midnight, and when the
 * tab comes back after the day turned (a sleeping laptop misses its timers). Returns the stop.
 */
export function startPageReminders(options: PageReminderOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastDay = '';
  let rounds: Promise<unknown> = Promise.resolve();
  // One round after another: two at once would both read the log before either wrote it,
  // and remind twice. Each round reminds only what the log has not seen today.
  let queued = false;
  const round = () => {
    lastDay = options.today();
    if (queued) return;
    queued = true;
    rounds = rounds
      .then(() => {
        queued = false;
        return remindNow(options);
      })
      .catch(() => 0);
  };
  // A long check stores states batch by batch: one round once they stop arriving.
  let settle: ReturnType<typeof setTimeout> | undefined;
  const statesStored = () => {
    clearTimeout(settle);
    settle = setTimeout(round, 1000);
  };
  const schedule = () => {
    timer = setTimeout(() => {
      round();
      schedule();
    }, msToTokyoMidnight());
  };
  const visible = () => {
    if (document.visibilityState === 'visible' && options.today() !== lastDay) round();
  };
  round();
  schedule();
  document.addEventListener('visibilitychange', visible);
  // Sent by the reminder switch once permission is given: the first round runs at once.
  addEventListener(REMINDERS_ON, round);
  // States stored after the first round (the list was still checking) are reminded of too.
  addEventListener(CASE_STATES_STORED, statesStored);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', visible);
    removeEventListener(REMINDERS_ON, round);
    removeEventListener(CASE_STATES_STORED, statesStored);
    clearTimeout(settle);
  };
}

type PeriodicSyncRegistration = ServiceWorkerRegistration & {
  periodicSync?: { register(tag: string, options: { minInterval: number }): Promise<void> };
};

/**
 * Asks for notifications (call from a click: browsers ignore the request otherwise), records
 * the choice, and where the browser offers periodic background sync (Chromium, installed app)
 * asks the service worker to remind twice a day while the app is closed. Returns the permission.
 */
export async function enableReminders(
  settings: Pick<SettingsRepository, 'set'>,
): Promise<NotificationPermission | 'unsupported'> {
  if (typeof Notification === 'undefined') return 'unsupported';
  const permission = await Notification.requestPermission();
  await settings.set('reminders', permission === 'granted');
  if (permission === 'granted') await registerPeriodicSync();
  return permission;
}

/** True when the browser took the periodic sync registration. */
export async function registerPeriodicSync(): Promise<boolean> {
  try {
    const registration = (await navigator.serviceWorker?.getRegistration()) as
      PeriodicSyncRegistration | undefined;
    if (!registration?.periodicSync) return false;
    await registration.periodicSync.register(PERIODIC_TAG, { minInterval: 12 * 60 * 60 * 1000 });
    return true;
  } catch {
    // Not installed, or the browser declined: reminders still come while the app is open.
    return false;
  }
}

export async function disableReminders(settings: Pick<SettingsRepository, 'set'>): Promise<void> {
  await settings.set('reminders', false);
  try {
    const registration = (await navigator.serviceWorker?.getRegistration()) as
      | (ServiceWorkerRegistration & { periodicSync?: { unregister(tag: string): Promise<void> } })
      | undefined;
    await registration?.periodicSync?.unregister(PERIODIC_TAG);
  } catch {
    // Nothing was registered.
  }
}
