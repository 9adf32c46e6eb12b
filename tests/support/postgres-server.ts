import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL server for tests: initdb + pg_ctl from Debian's `postgresql` package
 * into a temporary folder, on a free loopback port. PostgreSQL refuses to run as root, so as
 * root it runs as the `postgres` user through runuser.
 */
export interface PostgresServer {
  /** A new, empty database; returns its URL. */
  createDatabase(): Promise<string>;
  stop(): void;
}

function binDir(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin/initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

const BIN = binDir();
export const POSTGRES_MISSING = BIN
  ? null
  : 'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): the PostgreSQL tests are skipped. Install it with `apt-get install -y postgresql` (.ci/run does); with CI set they fail instead.';

/** True when the PostgreSQL tests run; throws under CI when they cannot. */
export function postgresAvailable(): boolean {
  if (!POSTGRES_MISSING) return true;
  if (process.env.CI) throw new Error(POSTGRES_MISSING);
  console.warn(POSTGRES_MISSING);
  return false;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

const isRoot = () => process.getuid?.() === 0;

function run(cmd: string, args: string[]): void {
  const [file, argv] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', join(BIN!, cmd), ...args]]
    : [join(BIN!, cmd), args];
  execFileSync(file, argv, { stdio: 'pipe' });
}

/**
 * Starts a server. `durable: false` turns fsync off (test speed; the endpoint's own crash
 * tests kill the endpoint, not the database); benchmarks keep PostgreSQL's defaults.
 */
export async function startPostgres(opts: { durable?: boolean } = {}): Promise<PostgresServer> {
  if (!BIN) throw new Error(POSTGRES_MISSING!);
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const settings = [`-k ${dir}`, `-p ${port}`, '-h 127.0.0.1', '-c max_connections=200'];
  if (opts.durable === false) settings.push('-c fsync=off', '-c synchronous_commit=off');
  run('pg_ctl', ['-D', data, '-o', settings.join(' '), '-l', join(dir, 'log'), '-w', 'start']);
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let n = 0;
  return {
    async createDatabase() {
      const name = `t${process.pid}_${++n}`;
      const client = new pg.Client(admin);
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
