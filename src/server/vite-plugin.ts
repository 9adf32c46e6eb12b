import { resolve } from 'node:path';
import { runnerImport, type Connect, type Plugin } from 'vite';
import type { ReservationApi } from './create-api';

type CreateApiModule = typeof import('./create-api');

export interface ReservationApiPluginOptions {
  /**
   * Default ./data/reservations.sqlite (env ZAIRYU_API_DATA overrides: a SQLite file or a
   * postgres:// URL). A former data/reservations.json beside it is imported once.
   */
  database?: string;
  /** Default: on, except under vitest (unless ZAIRYU_API=on) and with ZAIRYU_API=off. */
  enabled?: boolean;
}

/**
 * Serves the reference reservation endpoint on /api of the Vite dev and preview servers, so
 * `npm start` gives the app and its endpoint on one origin. The store opens on the first
 * /api request; ZAIRYU_API=off leaves /api alone (for a separate endpoint).
 */
export function reservationApiPlugin(opts: ReservationApiPluginOptions = {}): Plugin {
  let root = process.cwd();
  let api: Promise<ReservationApi> | undefined;
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    if (!req.url?.startsWith('/api/')) return next();
    const where = process.env.ZAIRYU_API_DATA ?? opts.database ?? 'data/reservations.sqlite';
    const database = /^postgres(ql)?:\/\//i.test(where) ? where : resolve(root, where);
    // Loaded on first use through Vite's module runner: the config stays free of the core.
    api ??= runnerImport<CreateApiModule>(resolve(root, 'src/server/create-api.ts'), {
      configFile: false,
      logLevel: 'silent',
    }).then(({ module }) =>
      module.createReservationApi({
        root,
        database,
        // Accounts apply here too. A sign-up from this machine's own app is active at once
        // (ADR 12), unless ZAIRYU_API_SIGN_UP=approve asks for the operator's approval.
        auth: { approveLocalSignUps: process.env.ZAIRYU_API_SIGN_UP !== 'approve' },
      }),
    );
    api.then(
      (a) => a.handler(req, res, next),
      (e: unknown) => next(e),
    );
  };
  // The database is closed with the server (a clean WAL checkpoint for SQLite).
  const closeStore = () => {
    const opened = api;
    api = undefined;
    void opened?.then(
      (a) => a.shutdown(),
      () => undefined,
    );
  };
  return {
    name: 'zairyu-reservation-api',
    apply: () =>
      opts.enabled ??
      (process.env.ZAIRYU_API === 'on' ||
        (process.env.ZAIRYU_API !== 'off' && !process.env.VITEST)),
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(middleware);
      server.httpServer?.once('close', closeStore);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
      server.httpServer?.once('close', closeStore);
    },
  };
}
