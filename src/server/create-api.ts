import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadRulePack } from '../domain/loading/load-rule-pack';
import type { RulePack } from '../domain/model/rule-pack';
import { readRuleFiles } from '../cli/read-rule-files';
import { createApiHandler, type ApiHandler, type HandlerOptions } from './http-handler';
import { ReservationService } from './reservation-service';
import { ReservationStore } from './reservation-store';
import type { ServiceOptions } from './service-context';

export interface ApiOptions extends Omit<ServiceOptions, 'store' | 'pack'>, HandlerOptions {
  /** JSON file of reservations; null keeps them in memory (tests). */
  dataFile: string | null;
  /** The rule pack; default: rules/ under `root`. */
  pack?: RulePack;
  root?: string;
}

export interface ReservationApi {
  handler: ApiHandler;
  service: ReservationService;
  store: ReservationStore;
}

/** Opens the store and wires the service and the HTTP handler. */
export async function createReservationApi(opts: ApiOptions): Promise<ReservationApi> {
  const pack = opts.pack ?? loadRulePack(readRuleFiles(opts.root ?? process.cwd()));
  const store = await ReservationStore.open(opts.dataFile);
  const service = new ReservationService({ ...opts, pack, store });
  return { handler: createApiHandler(service, opts), service, store };
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
  const api = await createReservationApi(opts);
  const server = createServer((req, res) => api.handler(req, res));
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { ...api, server, url: `http://${host}:${port}`, close };
}
