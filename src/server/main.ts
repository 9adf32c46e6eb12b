import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RulePackError } from '../domain/loading/rule-file-error';
import { PROJECT_ROOT } from '../cli/project-root';
import { listenReservationApi } from './create-api';
import { ACCOUNT_USAGE, runAccountCommand } from './account-command';
import { DEFAULT_WRITES_PER_MINUTE } from './auth/auth-gate';
import { parseCapacity } from './capacity-option';
import { parseCors } from './cors';
import { parseAllowedHosts } from './host-check';
import { parseSlotTimes } from './slot-times-option';
import { unconfirmedDefaults } from './unconfirmed-defaults';

// npm run serve:api -- [--port 8787] [--host 127.0.0.1] [--data data/reservations.sqlite]
//   [--database postgres://…] [--cors <origin>,…|*] [--allowed-hosts <name>,…|*] [--write-limit 60] [--secure-cookie] [--capacity tokyo_application=50,osaka_issuance=45]
//   [--slot-times osaka_issuance=09:00,10:00,11:00,13:00,14:00,15:00] (repeat per system)
const USAGE =
  'usage: npm run serve:api -- [--port 8787] [--host 127.0.0.1] [--data <sqlite file>] [--database postgres://…] [--cors <origin>,...] [--allowed-hosts <name>,...] [--write-limit <per account and minute>] [--secure-cookie] [--capacity system=n,...] [--slot-times system=HH:MM,...]';

if (process.argv[2] === 'account') {
  // Operator commands on the same store: npm run serve:api -- account add … (see ACCOUNT_USAGE).
  try {
    process.exit(await runAccountCommand(process.argv.slice(3)));
  } catch (e) {
    console.error(`${(e as Error).message}\n${ACCOUNT_USAGE}`);
    process.exit(2);
  }
}

try {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      database: { type: 'string' },
      cors: { type: 'string' },
      'allowed-hosts': { type: 'string' },
      'write-limit': { type: 'string' },
      'secure-cookie': { type: 'boolean' },
      capacity: { type: 'string' },
      'slot-times': { type: 'string', multiple: true },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: "${values.port}"`);
  const database = storeLocation(values.data, values.database);
  const settings = {
    capacity: parseCapacity(values.capacity),
    slotTimes: parseSlotTimes(values['slot-times']),
  };
  const api = await listenReservationApi({
    root: PROJECT_ROOT,
    database,
    port,
    host: values.host,
    cors: parseCors(values.cors),
    allowedHosts: parseAllowedHosts(values['allowed-hosts']),
    auth: {
      writesPerMinute: parseWriteLimit(values['write-limit']),
      secureCookie: values['secure-cookie'] ?? false,
    },
    ...settings,
  });
  console.log(
    `reservation endpoint: ${api.url}/api/reservations (${api.store.kind}: ${api.store.location})`,
  );
  const today = api.service.ctx.now().toPlainDate().toString();
  for (const line of unconfirmedDefaults(api.service.ctx.pack, today, settings)) {
    console.log(`unconfirmed default: ${line}`);
  }
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

function parseWriteLimit(text: string | undefined): number {
  if (text === undefined) return DEFAULT_WRITES_PER_MINUTE;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--write-limit: "${text}" is not a whole number of writes a minute`);
  return n;
}
