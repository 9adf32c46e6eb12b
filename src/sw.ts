// The app's service worker (vite-plugin-pwa, injectManifest): the precache of the app shell as
// before, plus reminders by periodic background sync where the browser offers it (ADR 0019).
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { PERIODIC_TAG } from './services/reminders/periodic-tag';
import { runReminders } from './services/reminders/reminder-run';
import { workerReminders, workerSource } from './services/reminders/worker-source';

// The few service worker types used here, so the project's DOM typings need no webworker lib.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface PeriodicSyncEvent extends ExtendableEvent {
  tag: string;
}
interface NotificationClickEvent extends ExtendableEvent {
  notification: Notification;
}
interface WindowClientLike {
  url: string;
  focus(): Promise<unknown>;
  navigate(url: string): Promise<unknown>;
}
declare const self: {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
  registration: ServiceWorkerRegistration;
  location: Location;
  clients: {
    matchAll(options: {
      type: 'window';
      includeUncontrolled: boolean;
    }): Promise<WindowClientLike[]>;
    openWindow(url: string): Promise<unknown>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: string, listener: (event: never) => void): void;
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Every screen is index.html (hash routes); the reservation endpoint is never the app shell.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }),
);

// registerType 'prompt': the page asks the waiting worker to take over when the user agrees.
self.addEventListener('message', (event: MessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

/** A reminder round while no page is open; notices name no applicant (the lock is unknown). */
async function backgroundRound(): Promise<number> {
  if ((await workerReminders.enabled()) !== true) return 0;
  if (Notification.permission !== 'granted') return 0;
  const context = await workerReminders.context();
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  return runReminders(workerSource, {
    today,
    lang: context?.lang ?? 'ja',
    unofficial: context?.unofficial ?? null,
    show: (notice) =>
      self.registration.showNotification(notice.title, {
        body: notice.body,
        tag: notice.tag,
        data: { hash: notice.hash },
      }),
  });
}

self.addEventListener('periodicsync', (event: PeriodicSyncEvent) => {
  if (event.tag === PERIODIC_TAG) event.waitUntil(backgroundRound());
});

// A click opens the app at the case (or the list), in a window already open if there is one.
self.addEventListener('notificationclick', (event: NotificationClickEvent) => {
  event.notification.close();
  const hash = (event.notification.data as { hash?: string } | null)?.hash ?? '#/cases';
  const url = new URL(`./${hash}`, self.registration.scope).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows[0];
      if (open) {
        await open.focus();
        await open.navigate(url);
      } else {
        await self.clients.openWindow(url);
      }
    })(),
  );
});
