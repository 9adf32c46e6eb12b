import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Temporal } from '@js-temporal/polyfill';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import { startSession } from '../../src/server/auth/identity';
import { openStore } from '../../src/server/store/open-store';
import { ensureAccount } from '../support/test-accounts';

/** `npm run serve:api` as a separate process (one node process, so SIGKILL kills it all). */
export interface EndpointProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function spawnEndpoint(args: string[]): Promise<EndpointProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'src/server/main.ts'), '--port', '0', ...args],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } },
  );
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`endpoint did not start:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /reservation endpoint: (http:\/\/[^/\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`endpoint exited with ${code}:\n${out}`));
    });
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    url,
    child,
    output: () => out,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

interface Slot {
  date: string;
  time: string;
  remaining: number;
}

/**
 * Slots a booking made now can take: the endpoints run on the real clock, so the test asks
 * them. The first bookable day is left out: its booking deadline may pass during the test.
 */
export async function bookableSlots(url: string): Promise<Slot[]> {
  const r = await fetch(`${url}/api/reservations/availability?system=tokyo_application`);
  const body = (await r.json()) as { bookableDays: string[]; slots: Slot[] };
  const days = new Set(body.bookableDays.slice(1));
  return body.slots.filter((s) => days.has(s.date));
}

/** A booking as the account of `token` (bearer session). */
export async function post(url: string, key: string, body: unknown, token: string) {
  const r = await fetch(`${url}/api/reservations`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': key,
      Authorization: `Bearer ${token}`,
    },
    body: JSON.stringify(body),
  });
  return { status: r.status, json: (await r.json()) as { reservation?: { id: string } } };
}

/**
 * Accounts with bearer sessions for the credential numbers, made in the store before the
 * endpoints start (they run on the real clock, so the sessions do too).
 */
export async function sessionsFor(where: string, numbers: string[]): Promise<Map<string, string>> {
  const store = await openStore(where, () => undefined);
  const tokens = new Map<string, string>();
  try {
    const now = Temporal.Now.instant();
    for (let i = 0; i < numbers.length; i += 50) {
      await Promise.all(
        numbers.slice(i, i + 50).map(async (n) => {
          const account = await ensureAccount(store.accounts, n, now);
          tokens.set(n, (await startSession(store.accounts, account, 'bearer', now)).token);
        }),
      );
    }
  } finally {
    await store.close();
  }
  return tokens;
}
