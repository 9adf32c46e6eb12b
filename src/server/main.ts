import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RulePackError } from '../domain/loading/rule-file-error';
import { PROJECT_ROOT } from '../cli/project-root';
import { listenReservationApi } from './create-api';
import { parseCapacity } from './capacity-option';

// npm run serve:api -- [--port 8787] [--host 127.0.0.1] [--data data/reservations.sqlite]
//   [--database postgres://…] [--cors <origin>|*] [--capacity tokyo_application=50,osaka_issuance=45]
const USAGE =
  'usage: npm run serve:api -- [--port 8787] [--host 127.0.0.1] [--data <sqlite file>] [--database postgres://…] [--cors <origin>] [--capacity system=n,...]';

try {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      database: { type: 'string' },
      cors: { type: 'string' },
      capacity: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: "${values.port}"`);
  const database = storeLocation(values.data, values.database);
  const api = await listenReservationApi({
    root: PROJECT_ROOT,
    database,
    port,
    host: values.host,
    cors: values.cors,
    capacity: parseCapacity(values.capacity),
  });
  console.log(
    `reservation endpoint: ${api.url}/api/reservations (${api.store.kind}: ${api.store.location})`,
  );
  const stop = () =>
    void api.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(e instanceof RulePackError ? e.message : `${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}

/** `--data` (a SQLite file) or `--database` (PostgreSQL; else DATABASE_URL), not both. */
function storeLocation(data: string | undefined, database: string | undefined): string {
  if (data !== undefined && database !== undefined) {
    throw new Error('give either --data <sqlite file> or --database <postgres URL>, not both');
  }
  const url = database ?? (data === undefined ? process.env.DATABASE_URL : undefined);
  if (url !== undefined) {
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      throw new Error(`--database / DATABASE_URL: not a postgres:// or postgresql:// URL`);
    }
    return url;
  }
  return resolve(data ?? 'data/reservations.sqlite');
}
