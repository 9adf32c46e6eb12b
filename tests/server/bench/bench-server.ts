// The endpoint under load, in its own process so that the load generator does not share its
// event loop: node --import tsx bench-server.ts <kind> <location>. Prints its URL on stdout.
import { Temporal } from '@js-temporal/polyfill';
import { loadShippedPack } from '../../../src/cli/load-shipped-pack';
import { listenReservationApi } from '../../../src/server/create-api';
import { JsonFileStore } from '../../../src/server/store/json-file-store';
import { BENCH_AT, BENCH_CAPACITY } from './bench-setup';

const [kind, location] = process.argv.slice(2) as [string, string];
const at = Temporal.ZonedDateTime.from(BENCH_AT);
const api = await listenReservationApi({
  pack: loadShippedPack(),
  database: kind === 'json-file' ? null : location,
  ...(kind === 'json-file' ? { store: await JsonFileStore.open(location) } : {}),
  now: () => at,
  capacity: { tokyo_application: BENCH_CAPACITY },
  log: () => undefined,
});
console.log(`listening ${api.url}`);
process.on('SIGTERM', () => void api.close().then(() => process.exit(0)));
