import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../src/cli/read-rule-files';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import { Checker } from '../../src/domain/evaluation/checker';
import { SchemaValidator } from '../../src/domain/loading/schema-validator';
import type { Draft } from '../../src/domain/model/draft';
import { parseInstant } from '../../src/domain/time/tokyo-time';
import { addCase, caseFromDraft, workbenchCaseFile } from '../../src/workbench/case-from-draft';
import { addDatedValue } from '../../src/workbench/pack-edits';
import { locateParameter } from '../../src/workbench/pack-locate';
import { runPackCases } from '../../src/workbench/run-pack-cases';
import { validatePack } from '../../src/workbench/validate-pack';
import { verdictChanges } from '../../src/workbench/verdict-changes';

const shipped = readRuleFiles(PROJECT_ROOT);
const cite = { document: 'domain-facts', section: 'test' };
const loaded = (files: Record<string, unknown>) => {
  const v = validatePack(files);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.pack;
};

const draft: Draft = {
  filer: {
    category: 'lawyer',
    credential: { kind: 'notified_certificate', number: '123456789012', expires: '2028-03-31' },
  },
  applicant: {
    name: 'A',
    birthDate: '1990-01-01',
    nationality: 'VNM',
    status: 'engineer_humanities_international',
    periodOfStay: 'P1Y',
    stayExpires: '2027-01-31',
  },
  procedure: 'extension',
  channel: 'online',
  bureau: 'tokyo',
};
const asOf = '2026-11-24T10:00:00+09:00';

describe('testing an edited pack', () => {
  it('a changed slot limit makes a reservation case fail with a per-field diff', async () => {
    const name = 'reservation_tokyo.cases_per_slot';
    const first = Object.keys(locateParameter(shipped, name)!.values)[0]!;
    const values = locateParameter(shipped, name)!.values;
    const edited = addDatedValue(shipped, shipped, name, '2020-12-08', {
      ...values[first]!,
      value: 1,
      source: cite,
    });
    const before = await runPackCases(loaded(shipped));
    expect(before!.failed).toBe(0);
    const after = (await runPackCases(loaded(edited)))!;
    expect(after.failed).toBeGreaterThan(0);
    expect(
      after.results.find((r) => !r.passed)!.mismatches.length +
        (after.results.find((r) => !r.passed)!.error ? 1 : 0),
    ).toBeGreaterThan(0);
  });

  it('adds a case from a draft in one step and the case runs', async () => {
    const pack = loaded(shipped);
    const report = await new Checker(pack).check(draft, { asOf: parseInstant(asOf), lang: 'en' });
    const c = caseFromDraft('extension by a lawyer is fileable', draft, asOf, 'fileable', report);
    expect(c.expect.verdict).toBe('fileable');
    const files = addCase(shipped, 'online-eligibility', c);
    const withCase = loaded(files);
    const file = withCase.cases.find((f) => f.file === workbenchCaseFile('online-eligibility'))!;
    expect(file.cases).toHaveLength(1);
    const twice = addCase(files, 'online-eligibility', { ...c, name: 'second' });
    expect(
      (twice[workbenchCaseFile('online-eligibility')] as { cases: unknown[] }).cases,
    ).toHaveLength(2);
    expect((await runPackCases(withCase))!.failed).toBe(0);
    expect(await runPackCases(withCase, { cancelled: () => true })).toBeUndefined();
  });

  it('lists the drafts whose verdict the edit changes', async () => {
    const base = loaded(shipped);
    const pv = locateParameter(shipped, 'online.procedures')!.values;
    const last = Object.values(pv).at(-1)!;
    const edited = loaded(
      addDatedValue(shipped, shipped, 'online.procedures', '2026-11-01', {
        ...last,
        value: ['coe'],
        source: cite,
      }),
    );
    const summary = await verdictChanges(
      [
        { id: '1', title: 'extension', draft },
        { id: '2', title: 'broken', draft: { procedure: 'holiday' } },
      ],
      new Checker(base),
      new Checker(edited),
      new SchemaValidator(base.schemas),
      parseInstant(asOf),
    );
    expect(summary).toMatchObject({ checked: 1, skipped: 1 });
    expect(summary.changes).toEqual([
      expect.objectContaining({
        id: '1',
        before: 'fileable',
        after: 'not_fileable',
        added: expect.arrayContaining(['online.procedure_not_eligible']),
      }),
    ]);
  });
});
