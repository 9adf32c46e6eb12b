import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { PROJECT_ROOT } from '../../../src/cli/project-root';

export interface AppServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Builds the app as shipped (production build, service worker included) into a fresh
 * folder and serves it with vite preview on a free port, as `npm run build` would.
 */
export async function startBuiltApp(): Promise<AppServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'zp-dist-'));
  await build({
    root: PROJECT_ROOT,
    mode: 'production',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  const server: PreviewServer = await preview({
    root: PROJECT_ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}
