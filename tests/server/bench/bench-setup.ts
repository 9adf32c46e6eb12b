import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../../../src/cli/project-root';

/** The server clock of every run: days shown are 25, 26, 27, 30 Nov and 1 Dec 2026. */
export const BENCH_AT = '2026-11-24T10:00:00+09:00[Asia/Tokyo]';
/**
 * An operator capacity setting high enough that slots never fill: the runs measure deciding
 * and storing bookings, not refusing them.
 */
export const BENCH_CAPACITY = 1_000_000;
/** Writes per account and minute: far above what one bench account sends. */
export const BENCH_WRITE_LIMIT = 1_000_000;

/** The credential number of bench account i: every booking comes from another filer. */
export const benchFilerNumber = (i: number) => String(800_000_000_000 + i);

export interface BenchServer {
  url: string;
  /** Bearer tokens of the bench accounts, account i at index i. */
  tokens: string[];
  stop(): Promise<void>;
}

export async function startBenchServer(
  kind: string,
  location: string,
  accounts: number,
): Promise<BenchServer> {
  const tokenFile = join(mkdtempSync(join(tmpdir(), 'zairyu-bench-tokens-')), 'tokens.json');
  const script = join(PROJECT_ROOT, 'tests/server/bench/bench-server.ts');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', script, kind, location, String(accounts), tokenFile],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    url,
    tokens: readTokens(tokenFile),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The tokens the bench server wrote, read once; the file (bearer secrets) goes. */
function readTokens(file: string): string[] {
  const tokens = JSON.parse(readFileSync(file, 'utf8')) as string[];
  rmSync(dirname(file), { recursive: true, force: true });
  return tokens;
}
