import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RulePackError } from '../domain/loading/rule-file-error';
import { PROJECT_ROOT } from '../cli/project-root';
import { listenReservationApi } from './create-api';
import { parseCapacity } from './capacity-option';

// npm run serve:api -- [--port 8787] [--host 127.0.0.1] [--data data/reservations.json]
//   [--cors <origin>|*] [--capacity tokyo_application=50,osaka_issuance=45]
const USAGE =
  'usage: npm run serve:api -- [--port 8787] [--host 127.0.0.1] [--data <file>] [--cors <origin>] [--capacity system=n,...]';

try {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: 'data/reservations.json' },
      cors: { type: 'string' },
      capacity: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: "${values.port}"`);
  const api = await listenReservationApi({
    root: PROJECT_ROOT,
    dataFile: resolve(values.data),
    port,
    host: values.host,
    cors: values.cors,
    capacity: parseCapacity(values.capacity),
  });
  console.log(`reservation endpoint: ${api.url}/api/reservations (data: ${resolve(values.data)})`);
  const stop = () => void api.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(e instanceof RulePackError ? e.message : `${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
