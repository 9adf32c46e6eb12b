import { Temporal } from '@js-temporal/polyfill';
import { loadShippedPack } from '../../src/cli/load-shipped-pack';
import { OfficeCalendars } from '../../src/domain/calendar/office-calendar';
import { Checker } from '../../src/domain/evaluation/checker';
import { createEngine, FACT_TABLE } from '../../src/domain/evaluation/engine-factory';
import { assembleReport } from '../../src/domain/evaluation/report-assembly';
import { ruleOutcomes } from '../../src/domain/evaluation/rule-outcomes';
import { rulesInForce } from '../../src/domain/evaluation/rules-in-force';
import { buildFacts } from '../../src/domain/facts/build-facts';
import { termIndex } from '../../src/domain/model/vocabulary';
import { parameterFactsOn } from '../../src/domain/parameters/parameter-values';
import { parseInstant } from '../../src/domain/time/tokyo-time';
import { generateDrafts } from './draft-generator';
import { handWrittenChecker } from './hand-written-check';

// npm run bench — 10,000 generated drafts through (a) the core, (b) a fresh json-rules-engine
// Engine per draft doing the same work, (c) the main checks written by hand. Figures only;
// nothing here asserts a time.
const COUNT = Number(process.env.BENCH_DRAFTS ?? 10_000);
const asOf = parseInstant('2026-11-24T10:00:00+09:00');
const pack = loadShippedPack();
const drafts = generateDrafts(COUNT, asOf.toPlainDate());

async function measure(name: string, run: () => Promise<unknown> | unknown) {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = Temporal.Now.instant();
  await run();
  const ms = start.until(Temporal.Now.instant()).total('milliseconds');
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const perSecond = COUNT / (ms / 1000);
  console.log(
    `${name.padEnd(44)} ${perSecond.toFixed(0).padStart(9)} drafts/s  ${ms.toFixed(0).padStart(7)} ms  heap +${heapMb.toFixed(1)} MB`,
  );
  return perSecond;
}

const checker = new Checker(pack);
await checker.check(drafts[0]!, { asOf }); // warm-up: first engine build and JIT

const core = await measure('(a) core (engine cached per rule set)', async () => {
  for (const d of drafts) await checker.check(d, { asOf, lang: 'en' });
});

const date = asOf.toPlainDate().toString();
const draftSets = pack.ruleSets.filter((s) => (s.subject ?? 'draft') === 'draft');
const rules = rulesInForce(draftSets, date);
const params = parameterFactsOn(pack.parameters, date);
const calendars = new OfficeCalendars(pack.calendar);
const terms = termIndex(pack.vocabulary);
const fresh = await measure('(b) fresh json-rules-engine Engine per draft', async () => {
  for (const d of drafts) {
    const facts = buildFacts(d, {
      asOf,
      lang: 'en',
      params,
      allParameters: pack.parameters,
      calendars,
    });
    const { results, failureResults } = await createEngine(rules).run({
      ...facts.values,
      [FACT_TABLE]: facts,
    });
    assembleReport(
      ruleOutcomes(rules, [...results, ...failureResults], facts),
      facts,
      pack,
      terms,
      'en',
      date,
    );
  }
});

const hand = handWrittenChecker(pack, asOf.toPlainDate());
const byHand = await measure('(c) hand-written TypeScript (main checks)', () => {
  for (const d of drafts) hand(d);
});

console.log(`\n${COUNT} drafts, ${rules.length} rules in force on ${date}`);
console.log(`core / fresh engine per draft: ${(core / fresh).toFixed(2)}x`);
console.log(`hand-written / core:           ${(byHand / core).toFixed(0)}x`);
