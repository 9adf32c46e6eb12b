import { Agent, request } from 'node:http';

export interface LoadResult {
  sent: number;
  ms: number;
  statuses: Record<number, number>;
  /** Latencies in ms of the requests that got the expected status. */
  p50: number;
  p99: number;
  ok: number;
}

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

function send(agent: Agent, url: URL, r: LoadRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url.origin + r.path,
      { method: r.method, agent, headers: r.headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(r.body);
  });
}

const pct = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/**
 * Sends up to `count` requests with `concurrency` in flight (keep-alive connections), and
 * stops starting new ones after `maxMs`: every run is bounded in count and in time.
 */
export async function load(
  base: string,
  opts: { count: number; concurrency: number; maxMs: number; expect: number },
  make: (i: number) => LoadRequest,
): Promise<LoadResult> {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const statuses: Record<number, number> = {};
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < opts.count && performance.now() - start < opts.maxMs) {
      const i = next++;
      const t0 = performance.now();
      const status = await send(agent, url, make(i)).catch(() => 0);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === opts.expect) latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const ms = performance.now() - start;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    sent: next,
    ms,
    statuses,
    ok: latencies.length,
    p50: pct(latencies, 0.5),
    p99: pct(latencies, 0.99),
  };
}
