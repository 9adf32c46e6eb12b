import { createHash } from 'node:crypto';
import { Temporal } from '@js-temporal/polyfill';
import { loadShippedPack } from '../../src/cli/load-shipped-pack';
import { Checker } from '../../src/domain/evaluation/checker';
import type { Draft } from '../../src/domain/model/draft';
import type { Report } from '../../src/domain/model/report';
import { parseInstant } from '../../src/domain/time/tokyo-time';
import { EngineChecker } from './baseline/engine-checker';
import { generateDrafts } from './draft-generator';

// npm run bench — the same generated drafts through (a) the compiled core and (b) the previous
// path kept as the baseline (json-rules-engine run plus the Kleene re-evaluation, same facts,
// same report assembly), in one as-of instant and across 32 as-of days. Every report is built
// in full inside the timed section; outside it the serialised reports of (a) and (b) are
// hashed and must match. Figures only: nothing here asserts a time.
const COUNT = Number(process.env.BENCH_DRAFTS ?? 10_000);
const LANG = process.env.BENCH_LANG === 'ja' ? 'ja' : 'en';
// bench:profile runs only the compiled core, so the profile shows where its time goes.
const CORE_ONLY = process.env.BENCH_CORE_ONLY === '1';
// The first load in this process, after the modules are imported: what a command pays.
const loadStart = Temporal.Now.instant();
const pack = loadShippedPack();
const packReadyMs = loadStart.until(Temporal.Now.instant()).total('milliseconds');
const base = parseInstant('2026-11-24T10:00:00+09:00');
const drafts = generateDrafts(COUNT, base.toPlainDate());
// 32 days from late January to mid-December: month ends, 29 Feb 2028 is not in range, but
// the year-end closure, weekends and holidays are.
const DAYS = Array.from({ length: 32 }, (_, i) =>
  base.subtract({ days: 300 }).add({ days: i * 11 + (i % 3) }),
);

interface Run {
  name: string;
  ms: number;
  /** CPU time of this process: on a shared machine wall time also counts waiting for a core. */
  cpuMs: number;
  heapMb: number;
  hash: string;
}

type CheckOne = (draft: Draft, asOf: Temporal.ZonedDateTime) => Report | Promise<Report>;

async function measure(
  name: string,
  asOfOf: (i: number) => Temporal.ZonedDateTime,
  check: CheckOne,
): Promise<Run> {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const reports = new Array<Report>(drafts.length);
  const start = Temporal.Now.instant();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < drafts.length; i++) reports[i] = await check(drafts[i]!, asOfOf(i));
  const ms = start.until(Temporal.Now.instant()).total('milliseconds');
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const hash = createHash('sha256');
  for (const r of reports) hash.update(JSON.stringify(r)).update('\n');
  return { name, ms, cpuMs, heapMb, hash: hash.digest('hex').slice(0, 16) };
}

function print(run: Run): void {
  const perSecond = COUNT / (run.ms / 1000);
  const micros = (run.ms * 1000) / COUNT;
  const cpuMicros = (run.cpuMs * 1000) / COUNT;
  console.log(
    `${run.name.padEnd(34)} ${perSecond.toFixed(0).padStart(8)} drafts/s ${micros.toFixed(1).padStart(8)} µs/draft (CPU ${cpuMicros.toFixed(1)} µs, ${(COUNT / (run.cpuMs / 1000)).toFixed(0)}/s) ${run.ms.toFixed(0).padStart(7)} ms  heap +${run.heapMb.toFixed(1).padStart(6)} MB  reports ${run.hash}`,
  );
}

async function mode(
  title: string,
  asOfOf: (i: number) => Temporal.ZonedDateTime,
): Promise<boolean> {
  const core = new Checker(pack);
  const engine = new EngineChecker(pack);
  // Warm-up on a slice: compilation, engine builds and the JIT, for both paths alike.
  for (const d of drafts.slice(0, 200)) {
    core.checkNow(d, { asOf: base, lang: LANG });
    await engine.check(d, { asOf: base, lang: LANG });
  }
  console.log(`\n${title}`);
  const a = await measure('(a) compiled core, full reports', asOfOf, (d, asOf) =>
    core.checkNow(d, { asOf, lang: LANG }),
  );
  print(a);
  if (CORE_ONLY) return true;
  const b = await measure('(b) json-rules-engine baseline', asOfOf, (d, asOf) =>
    engine.check(d, { asOf, lang: LANG }),
  );
  print(b);
  const same = a.hash === b.hash;
  console.log(
    `(a) / (b): ${(b.ms / a.ms).toFixed(2)}x faster (CPU time ${(b.cpuMs / a.cpuMs).toFixed(2)}x); report hashes ${same ? 'equal' : 'DIFFER'}`,
  );
  return same;
}

console.log(`${COUNT} generated drafts, reports in ${LANG}, pack ${pack.version}`);
console.log(`shipped pack ready ${packReadyMs.toFixed(0)} ms after its modules are imported`);
console.log(
  '(c) hand-written checks: dropped, they cover a subset and would not give the same findings',
);
const one = await mode(
  `one as-of instant (${base.toString({ timeZoneName: 'never' })})`,
  () => base,
);
const many = await mode(
  `${DAYS.length} as-of days, drafts spread across them`,
  (i) => DAYS[i % DAYS.length]!,
);
if (!one || !many) {
  console.error('the compiled core and the baseline disagree: see tests/evaluation/');
  process.exitCode = 1;
}
