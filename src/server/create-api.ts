import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadRulePack } from '../domain/loading/load-rule-pack';
import type { RulePack } from '../domain/model/rule-pack';
import { readRuleFiles } from '../cli/read-rule-files';
import { AuthGate, DEFAULT_WRITES_PER_MINUTE, type AuthSettings } from './auth/auth-gate';
import { LOOPBACK_HOSTS } from './host-check';
import { createApiHandler, type ApiHandler, type HandlerOptions } from './http-handler';
import { ReservationService } from './reservation-service';
import type { ServiceOptions } from './service-context';
import { scheduleMaintenance } from './store-maintenance';
import { openStore, type Log } from './store/open-store';
import type { ReservationRepository } from './store/store-port';

export interface ApiOptions extends Omit<ServiceOptions, 'store' | 'pack'>, HandlerOptions {
  /**
   * A SQLite file (created when missing; a former JSON data file is imported once), a
   * postgres:// URL, or null for a throwaway store (tests).
   */
  database: string | null;
  /** An opened store instead of `database` (benchmarks). */
  store?: ReservationRepository;
  /** The rule pack; default: rules/ under `root`. */
  pack?: RulePack;
  root?: string;
  /** Operator messages (imports, upkeep); default: stdout. */
  log?: Log;
  /**
   * Accounts always apply: reservation reads and every write need a session. These settings
   * choose limits, the cookie's Secure flag and whether local sign-ups are active at once.
   */
  auth?: Partial<AuthSettings>;
}

export interface ReservationApi {
  handler: ApiHandler;
  service: ReservationService;
  store: ReservationRepository;
  gate: AuthGate;
  /** Stops the upkeep schedule and closes the store. */
  shutdown(): Promise<void>;
}

/** Opens the store and wires the service, its upkeep and the HTTP handler. */
export async function createReservationApi(opts: ApiOptions): Promise<ReservationApi> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const pack = opts.pack ?? loadRulePack(readRuleFiles(opts.root ?? process.cwd()));
  const store = opts.store ?? (await openStore(opts.database, log));
  const service = new ReservationService({ ...opts, pack, store });
  const settings: AuthSettings = {
    approveLocalSignUps: opts.auth?.approveLocalSignUps ?? false,
    writesPerMinute: opts.auth?.writesPerMinute ?? DEFAULT_WRITES_PER_MINUTE,
    secureCookie: opts.auth?.secureCookie ?? false,
  };
  const now = () => service.ctx.now().toInstant();
  const gate = new AuthGate(store.accounts, now, settings, opts.cors ?? []);
  const stopUpkeep = scheduleMaintenance(service, log, undefined, () => gate.sweepSessions());
  let closing: Promise<void> | undefined;
  const shutdown = () => {
    stopUpkeep();
    return (closing ??= store.close());
  };
  return { handler: createApiHandler(service, gate, opts), service, store, gate, shutdown };
}

export interface RunningApi extends ReservationApi {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** A standalone endpoint on 127.0.0.1 (port 0 = any free port). */
export async function listenReservationApi(
  opts: ApiOptions & { port?: number; host?: string },
): Promise<RunningApi> {
  // Standalone, the endpoint checks Host itself (loopback names unless configured).
  const api = await createReservationApi({
    ...opts,
    allowedHosts: opts.allowedHosts ?? LOOPBACK_HOSTS,
  });
  const server = createServer((req, res) => api.handler(req, res));
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const close = async () => {
    if (server.listening) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
    await api.shutdown();
  };
  return { ...api, server, url: `http://${host}:${port}`, close };
}
