import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

export interface ServedPage {
  port: number;
  /** The entry script's text, to see what the first load carries. */
  entryJs: string;
  /** Every path the browser asked for, in order. */
  requested: string[];
  close: () => void;
}

/** Builds the bare panel page in this folder with vite and serves it on a free local port. */
export async function buildAndServe(): Promise<ServedPage> {
  const outDir = mkdtempSync(join(tmpdir(), 'attachment-check-'));
  await build({
    root: import.meta.dirname,
    configFile: false,
    logLevel: 'warn',
    plugins: [svelte()],
    build: { outDir, emptyOutDir: true },
  });
  const assets = readdirSync(join(outDir, 'assets'));
  const entry = assets.find((f) => f.startsWith('index') && f.endsWith('.js'))!;
  console.log('assets:', assets.join(', '));
  const requested: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url === '/' ? '/index.html' : req.url!.split('?')[0]!;
    requested.push(path);
    try {
      const body = readFileSync(join(outDir, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return {
    port: (server.address() as { port: number }).port,
    entryJs: readFileSync(join(outDir, 'assets', entry), 'utf8'),
    requested,
    close: () => server.close(),
  };
}
