import { afterEach, describe, expect, it } from 'vitest';
import type { RuleFiles } from '../../src/domain/loading/load-rule-pack';
import { splitSchemas } from '../../src/domain/loading/pack-schemas';
import {
  PackFailure,
  WorkerCheckRunner,
} from '../../src/services/check-worker/worker-check-runner';
import { shippedChecker } from '../support/shipped-pack';
import { nodeCheckWorker } from '../support/node-worker-like';
import { packFiles } from '../support/signing';
import { readRuleFiles } from '../../src/cli/read-rule-files';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import { parseInstant } from '../../src/domain/time/tokyo-time';
import type { Draft } from '../../src/domain/model/draft';
import { admitInWorker } from '../../src/services/check-worker/worker-admission';

const schemas = splitSchemas(readRuleFiles(PROJECT_ROOT));
const asOf = '2026-11-24T10:00:00+09:00';
const draft = (number: string) => ({
  filer: {
    category: 'lawyer',
    credential: { kind: 'notified_certificate', number, expires: '2028-11-24' },
  },
  applicant: {
    name: 'NGUYEN VAN AN',
    nationality: 'VNM',
    birthDate: '1990-04-01',
    status: 'engineer_humanities_international',
    periodOfStay: 'P1Y',
    stayExpires: '2027-01-23',
  },
  procedure: 'extension',
  channel: 'online',
  bureau: 'tokyo',
});

/** The probe of issue 14: a catastrophic credential-number pattern (106 s on 31 digits). */
function catastrophicPack(): RuleFiles {
  const files = packFiles();
  const p = files['rules/online-eligibility/parameters.json'] as {
    parameters: Record<string, { values: Record<string, { value: unknown }> }>;
  };
  for (const v of Object.values(p.parameters['online.credential_number_pattern']!.values))
    v.value = '^([0-9]+)+$';
  return files;
}

let runners: WorkerCheckRunner[] = [];
afterEach(() => {
  runners.forEach((r) => r.dispose());
  runners = [];
});
const runner = (
  files: RuleFiles,
  extra: Partial<ConstructorParameters<typeof WorkerCheckRunner>[0]> = {},
) => {
  const r = new WorkerCheckRunner({
    files,
    schemas,
    label: 'unofficial rules: test',
    createWorker: nodeCheckWorker,
    ...extra,
  });
  runners.push(r);
  return r;
};

describe('checks in a worker with a time limit', () => {
  it('gives the same report as the checker on the page', async () => {
    const report = await runner(packFiles()).check(draft('123456789012'), asOf, 'en');
    const direct = shippedChecker().checkNow(draft('123456789012') as Draft, {
      asOf: parseInstant(asOf),
      lang: 'en',
    });
    expect(report).toEqual(structuredClone(direct));
    expect(report.verdict).toBe('fileable');
  }, 60_000);

  it('a pack whose rule never finishes ends with a message naming the rule; the page stays responsive', async () => {
    const failures: PackFailure[] = [];
    const r = runner(catastrophicPack(), { timeLimitMs: 1500, onFailure: (f) => failures.push(f) });
    // A normal number first: the pack loads and checks fine.
    expect((await r.check(draft('123456789012'), asOf, 'en')).verdict).toBe('fileable');
    let ticks = 0;
    const clock = setInterval(() => ticks++, 50);
    const started = performance.now();
    const error = await r.check(draft('0'.repeat(31) + '!'), asOf, 'ja').catch((e: unknown) => e);
    clearInterval(clock);
    expect(error).toBeInstanceOf(PackFailure);
    const failure = error as PackFailure;
    expect(failure.rule).toBe('online.credential_number_invalid');
    expect(failure.text.en).toMatch(
      /^Rule online\.credential_number_invalid of unofficial rules: test did not finish within 1\.5 s/,
    );
    expect(failure.text.ja).toContain('online.credential_number_invalid');
    expect(failures).toEqual([failure]);
    // Two time limits (the check and the rule-by-rule rerun), not the 106 s the pattern takes.
    expect(performance.now() - started).toBeLessThan(20_000);
    // The test's own thread kept running its timers while the worker was stuck.
    expect(ticks).toBeGreaterThan(20);
    // The pack stays refused afterwards, without starting another worker.
    await expect(r.check(draft('123456789012'), asOf, 'en')).rejects.toBe(failure);
  }, 60_000);

  it('a pack that does not load says why instead of checking', async () => {
    const files = packFiles();
    delete files['rules/vocabulary.json'];
    const error = await runner(files)
      .check(draft('123456789012'), asOf, 'en')
      .catch((e: Error) => e);
    expect(String(error)).toMatch(
      /the rule pack does not load \(1 error\(s\)\): rules\/vocabulary\.json#\/: missing/,
    );
  }, 60_000);
});

describe('admission in a worker', () => {
  it('admits an unsigned pack as unofficial, with its weakenings, across the worker boundary', async () => {
    const files = packFiles();
    const fees = files['rules/fees/parameters.json'] as {
      parameters: Record<string, { values: Record<string, unknown> }>;
    };
    fees.parameters['fees.revenue_stamps']!.values['2031-01-01'] = structuredClone(
      Object.values(fees.parameters['fees.revenue_stamps']!.values).at(-1),
    );
    const admission = await admitInWorker(
      { files, origin: 'file', source: 'p.json' },
      { files: packFiles(), schemas },
      { publishers: [], revoked: [] },
      { createWorker: nodeCheckWorker },
    );
    expect(admission.kind).toBe('admissible');
    if (admission.kind !== 'admissible') return;
    expect(admission.confirmations.map((c) => c.kind)).toEqual(['unofficial']);
    expect(admission.weakenings.map((w) => w.subject)).toEqual(['fees.revenue_stamps']);
    expect(admission.pack.parameters.get('fees.revenue_stamps')).toBeDefined();
  }, 90_000);

  it('an admission that overruns its limit refuses the pack', async () => {
    const admission = await admitInWorker(
      { files: packFiles(), origin: 'file', source: 'p.json' },
      { files: packFiles(), schemas },
      { publishers: [], revoked: [] },
      { createWorker: nodeCheckWorker, limitMs: 200 },
    );
    expect(admission.kind === 'refused' && admission.reason.en).toMatch(
      /did not finish within 0\.2 s/,
    );
  }, 30_000);
});
