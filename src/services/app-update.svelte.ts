/**
 * The service worker precaches the app shell so it works offline after the first visit.
 * When a new version is deployed, `available` turns true and the user chooses when to
 * reload (drafts are saved on every change, so nothing is lost either way).
 */
export class AppUpdate {
  available = $state(false);
  offlineReady = $state(false);
  private update: ((reload?: boolean) => Promise<void>) | undefined;

  async register(): Promise<void> {
    if (!('serviceWorker' in navigator)) return;
    const { registerSW } = await import('virtual:pwa-register');
    this.update = registerSW({
      onNeedRefresh: () => (this.available = true),
      onOfflineReady: () => (this.offlineReady = true),
    });
  }

  async apply(): Promise<void> {
    await this.update?.(true);
  }

  dismiss(): void {
    this.available = false;
  }
}
