import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// npm run bench:profile — reads the .cpuprofile files `node --cpu-prof` wrote and prints where
// the time went: self time by source module and the busiest functions.
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const dir = process.argv[2] ?? '.cpuprofile';
const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
// tsx starts a loader thread too: the benchmark's own thread is the one running project code.
const busy = (p: CpuProfile) => p.nodes.filter((n) => n.callFrame.url.includes('/src/')).length;
const profile = files
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile)
  .sort((a, b) => busy(b) - busy(a))[0];
if (!profile) throw new Error(`no .cpuprofile in ${dir}`);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, i) => {
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const idle = profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id);
for (const id of idle) selfMicros.delete(id);
const total = [...selfMicros.values()].reduce((s, v) => s + v, 0);

function moduleOf(url: string): string {
  if (!url) return '(native / gc / idle)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0)
    return url
      .slice(nm + 13)
      .split('/')
      .slice(0, 2)
      .join('/');
  const src = url.indexOf('/src/');
  return src >= 0 ? url.slice(src + 1) : url.replace(/^.*\//, '');
}

function top(key: (n: ProfileNode) => string, count: number): [string, number][] {
  const sums = new Map<string, number>();
  for (const [id, us] of selfMicros) {
    const k = key(byId.get(id)!);
    sums.set(k, (sums.get(k) ?? 0) + us);
  }
  return [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
}

const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)} %`;
console.log(`self time by module (${(total / 1000).toFixed(0)} ms sampled):`);
for (const [k, us] of top((n) => moduleOf(n.callFrame.url), 14)) console.log(`  ${pct(us)}  ${k}`);
console.log('busiest functions:');
for (const [k, us] of top(
  (n) =>
    `${n.callFrame.functionName || '(anonymous)'}  ${moduleOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`,
  16,
))
  console.log(`  ${pct(us)}  ${k}`);
