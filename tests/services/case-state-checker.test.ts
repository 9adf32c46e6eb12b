import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import { readRuleFiles } from '../../src/cli/read-rule-files';
import { splitSchemas } from '../../src/domain/loading/pack-schemas';
import { caseState, invalidCaseState } from '../../src/domain/cases-dashboard';
import { loadRulePack, type RuleFiles } from '../../src/domain/loading/load-rule-pack';
import type { Draft } from '../../src/domain/model/draft';
import { parseInstant } from '../../src/domain/time/tokyo-time';
import { CaseStateChecker } from '../../src/services/case-state-checker';
import {
  PackFailure,
  WorkerCheckRunner,
} from '../../src/services/check-worker/worker-check-runner';
import { DraftCheckService } from '../../src/services/draft-check-service';
import { nodeCheckWorker } from '../support/node-worker-like';
import { shippedChecker } from '../support/shipped-pack';
import { packFiles } from '../support/signing';

const schemas = splitSchemas(readRuleFiles(PROJECT_ROOT));
const asOf = parseInstant('2026-11-24T10:00:00+09:00');
const complete = (stayExpires: string, number = '123456789012') => ({
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
    stayExpires,
  },
  procedure: 'extension',
  channel: 'online',
  bureau: 'tokyo',
});

let checkers: CaseStateChecker[] = [];
afterEach(() => {
  checkers.forEach((c) => c.dispose());
  checkers = [];
});
const make = (...args: ConstructorParameters<typeof CaseStateChecker>) => {
  const c = new CaseStateChecker(...args);
  checkers.push(c);
  return c;
};

describe('case states from the check worker', () => {
  it('match the states the page computes, invalid drafts included', async () => {
    const files = packFiles();
    const checker = make(new DraftCheckService(loadRulePack(files, { schemas })), {
      files,
      createWorker: nodeCheckWorker,
    });
    const drafts = [
      complete('2027-01-23'),
      complete('2026-12-01'),
      complete('2026-11-01'),
      complete('2027-06-30'),
      { applicant: { name: 'Only Name' } },
      { procedure: 'holiday' },
      { applicant: { birthDate: '1990-02-30' } },
    ];
    const states = await checker.states(drafts, asOf.toInstant().toString(), 10);
    expect(checker.inWorker).toBe(true);
    const expected = drafts.slice(0, 5).map((d) =>
      caseState(shippedChecker().checkNow(d as Draft, { asOf, lang: 'en' }), asOf.toPlainDate(), {
        soonDays: 10,
      }),
    );
    expect(states.slice(0, 5)).toEqual(expected);
    expect(states.map((s) => s.kind)).toEqual([
      'fileable',
      'closes_soon',
      'too_late',
      'not_yet_open',
      'needs_input',
      'invalid',
      'invalid',
    ]);
    expect(states[6]).toEqual(invalidCaseState(1));
  }, 60_000);

  it('a batch that overruns falls back to the page, whose time limit drops the pack', async () => {
    const files: RuleFiles = packFiles();
    const p = files['rules/online-eligibility/parameters.json'] as {
      parameters: Record<string, { values: Record<string, { value: unknown }> }>;
    };
    for (const v of Object.values(p.parameters['online.credential_number_pattern']!.values))
      v.value = '^([0-9]+)+$';
    const failures: PackFailure[] = [];
    const pack = loadRulePack(files, { schemas });
    const runner = new WorkerCheckRunner({
      files,
      schemas: pack.schemas,
      label: 'unofficial rules: test',
      createWorker: nodeCheckWorker,
      timeLimitMs: 400,
      onFailure: (f) => failures.push(f),
    });
    const checker = make(new DraftCheckService(pack, { runner }), {
      files,
      createWorker: nodeCheckWorker,
      batchLimitMs: 400,
    });
    const started = performance.now();
    const states = await checker.states(
      [complete('2027-01-23', '0'.repeat(31) + '!'), complete('2027-01-23')],
      asOf.toInstant().toString(),
    );
    runner.dispose();
    expect(checker.inWorker).toBe(false);
    expect(states.map((s) => s.kind)).toEqual(['invalid', 'invalid']);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.rule).toBe('online.credential_number_invalid');
    // Overrun of the batch, then of one check and its rule-by-rule rerun: not 106 s.
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
