// The endpoint under load, in its own process so that the load generator does not share its
// event loop: node --import tsx bench-server.ts <kind> <location> <accounts> <token file>.
// It makes <accounts> filer accounts with bearer sessions through the store (no sign-in per
// account: scrypt would dominate the start), writes their tokens to <token file>, then
// prints its URL on stdout.
import { writeFileSync } from 'node:fs';
import { Temporal } from '@js-temporal/polyfill';
import { loadShippedPack } from '../../../src/cli/load-shipped-pack';
import { newAccount, startSession } from '../../../src/server/auth/identity';
import { hashPassword } from '../../../src/server/auth/password';
import { listenReservationApi } from '../../../src/server/create-api';
import { JsonFileStore } from '../../../src/server/store/json-file-store';
import { agentFiler } from '../../support/test-accounts';
import { BENCH_AT, BENCH_CAPACITY, BENCH_WRITE_LIMIT, benchFilerNumber } from './bench-setup';

const [kind, location, accounts, tokenFile] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
];
const at = Temporal.ZonedDateTime.from(BENCH_AT);
const api = await listenReservationApi({
  pack: loadShippedPack(),
  database: kind === 'json-file' ? null : location,
  ...(kind === 'json-file' ? { store: await JsonFileStore.open(location) } : {}),
  now: () => at,
  capacity: { tokyo_application: BENCH_CAPACITY },
  auth: { writesPerMinute: BENCH_WRITE_LIMIT },
  log: () => undefined,
});
const hash = await hashPassword('bench accounts share one password');
const tokens: string[] = [];
const n = Number(accounts);
for (let i = 0; i < n; i += 200) {
  const batch = Array.from({ length: Math.min(200, n - i) }, async (_, j) => {
    const number = benchFilerNumber(i + j);
    const account = newAccount(
      `bench-${number}`,
      agentFiler(number),
      hash,
      'active',
      at.toInstant(),
    );
    await api.store.accounts.createAccount(account);
    tokens[i + j] = (
      await startSession(api.store.accounts, account, 'bearer', at.toInstant())
    ).token;
  });
  await Promise.all(batch);
}
writeFileSync(tokenFile, JSON.stringify(tokens));
console.log(`listening ${api.url}`);
process.on('SIGTERM', () => void api.close().then(() => process.exit(0)));
