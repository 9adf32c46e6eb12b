import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { PROJECT_ROOT } from '../../../src/cli/project-root';

export interface AppServer {
  url: string;
  port: number;
  outDir: string;
  close: () => Promise<void>;
}

/** A production build of the app (service worker included), as `npm run build` makes it. */
export async function buildApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'zp-dist-'));
  await build({
    root: PROJECT_ROOT,
    mode: 'production',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Serves a build with vite preview (and the /api endpoint when ZAIRYU_API=on). */
export async function serveApp(outDir: string, port = 0): Promise<AppServer> {
  const server = await preview({
    root: PROJECT_ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { port, host: '127.0.0.1', strictPort: port !== 0 },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    port: address.port,
    outDir,
    close: () => server.close(),
  };
}

/**
 * The run's shared build (tests/e2e/support/global-build.ts) inside vitest, else a fresh
 * one (the screenshot script runs outside vitest).
 */
export async function sharedBuild(): Promise<string> {
  try {
    const { inject } = await import('vitest');
    const dir = inject('appDist');
    if (dir) return dir;
  } catch {
    // not inside a vitest run
  }
  return buildApp();
}

export async function startBuiltApp(): Promise<AppServer> {
  return serveApp(await sharedBuild());
}
