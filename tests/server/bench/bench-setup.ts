import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../src/cli/project-root';

/** The server clock of every run: days shown are 25, 26, 27, 30 Nov and 1 Dec 2026. */
export const BENCH_AT = '2026-11-24T10:00:00+09:00[Asia/Tokyo]';
/**
 * An operator capacity setting high enough that slots never fill: the runs measure deciding
 * and storing bookings, not refusing them.
 */
export const BENCH_CAPACITY = 1_000_000;

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

export async function startBenchServer(kind: string, location: string): Promise<BenchServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'tests/server/bench/bench-server.ts'), kind, location],
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
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
