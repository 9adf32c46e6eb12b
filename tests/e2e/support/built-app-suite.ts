import { afterAll, beforeAll } from 'vitest';
import { startBuiltApp, type AppServer } from './app-server';
import { openBrowser, type BrowserSession } from './browser';

export interface Suite {
  app: AppServer;
  browser: BrowserSession;
}

/** Builds and serves the app and opens chromium once per test file; closes both after it. */
export function useBuiltApp(): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.app = await startBuiltApp();
    suite.browser = await openBrowser();
  }, 120_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.close();
  });
  return suite;
}
