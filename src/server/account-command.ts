import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Temporal } from '@js-temporal/polyfill';
import { filerKeyOf, LOGIN_PATTERN, newAccount } from './auth/identity';
import { hashPassword, passwordProblem } from './auth/password';
import type { ReservationFiler } from '../domain/reservation/reservation-request';
import type { Account } from './store/account-port';
import { openStore } from './store/open-store';

export const ACCOUNT_USAGE = `usage: npm run serve:api -- account <command> [--data <sqlite file> | --database postgres://…]
  add <login> --category <filer category> [--credential-kind k --credential-number n --credential-expires YYYY-MM-DD] [--password-stdin]
  list
  approve <login>          (a sign-up waiting for approval)
  disable <login> | enable <login>
  reset-password <login> [--password-stdin]
  attach <login> --from <filer key>   (reservations made under that key before accounts)
Without --password-stdin a random password is printed once.`;

async function readStdinLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

async function newPassword(
  fromStdin: boolean | undefined,
): Promise<{ password: string; shown: boolean }> {
  if (!fromStdin) return { password: randomBytes(12).toString('base64url'), shown: true };
  const password = await readStdinLine();
  const weak = passwordProblem(password);
  if (weak) throw new Error(`--password-stdin: ${weak}`);
  return { password, shown: false };
}

const line = (a: Account) =>
  `${a.login}\t${a.state}\t${a.filer.category}\t${a.filerKey}\t${a.createdAt}`;

/** The operator's account commands; returns the exit code. */
export async function runAccountCommand(
  argv: string[],
  out: (s: string) => void = console.log,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      database: { type: 'string' },
      category: { type: 'string' },
      'credential-kind': { type: 'string' },
      'credential-number': { type: 'string' },
      'credential-expires': { type: 'string' },
      'password-stdin': { type: 'boolean' },
      from: { type: 'string' },
    },
  });
  const [command, login] = positionals;
  const where =
    values.database ?? process.env.DATABASE_URL ?? values.data ?? 'data/reservations.sqlite';
  const store = await openStore(where, out);
  const accounts = store.accounts;
  const now = Temporal.Now.instant();
  try {
    if (command === 'list') {
      out('login\tstate\tcategory\tfiler key\tcreated');
      for (const a of await accounts.accounts()) out(line(a));
      return 0;
    }
    if (!login) throw new Error(`account ${command ?? ''}: which login?\n${ACCOUNT_USAGE}`);
    if (command === 'add') {
      if (!LOGIN_PATTERN.test(login))
        throw new Error(`login "${login}": 3–64 letters, digits, ".", "_", "@" or "-"`);
      if (!values.category)
        throw new Error('account add: --category is required (the filer category)');
      const number = values['credential-number']?.trim();
      const filer: ReservationFiler = {
        category: values.category,
        ...(number
          ? {
              credential: {
                kind: values['credential-kind'],
                number,
                expires: values['credential-expires'],
              },
            }
          : {}),
      };
      const { password, shown } = await newPassword(values['password-stdin']);
      await accounts.createAccount(
        newAccount(login, filer, await hashPassword(password), 'active', now),
      );
      out(
        `account ${login} added (filer key ${filerKeyOf(login, filer)})${shown ? `; password: ${password}` : ''}`,
      );
      return 0;
    }
    const account = await accounts.account({ login });
    if (!account) throw new Error(`no account "${login}" (account list shows them)`);
    const at = now.toString();
    if (command === 'approve' || command === 'enable' || command === 'disable') {
      await accounts.updateAccount(
        account.id,
        { state: command === 'disable' ? 'disabled' : 'active' },
        at,
      );
      if (command === 'disable') await accounts.deleteSessionsOf(account.id);
      out(
        `account ${login}: ${command === 'disable' ? 'disabled, signed out everywhere' : 'active'}`,
      );
      return 0;
    }
    if (command === 'reset-password') {
      const { password, shown } = await newPassword(values['password-stdin']);
      await accounts.updateAccount(account.id, { passwordHash: await hashPassword(password) }, at);
      await accounts.deleteSessionsOf(account.id);
      out(
        `account ${login}: password reset, signed out everywhere${shown ? `; password: ${password}` : ''}`,
      );
      return 0;
    }
    if (command === 'attach') {
      if (!values.from) throw new Error('account attach: --from <filer key> is required');
      const n = await accounts.rekeyReservations(values.from, account.filerKey);
      out(`account ${login}: ${n} reservations made under "${values.from}" now belong to it`);
      return 0;
    }
    throw new Error(`unknown account command "${command}"\n${ACCOUNT_USAGE}`);
  } finally {
    await store.close();
  }
}
