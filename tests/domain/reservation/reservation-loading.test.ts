import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../../src/cli/read-rule-files';
import { PROJECT_ROOT } from '../../../src/cli/project-root';
import { Checker } from '../../../src/domain/evaluation/checker';
import { loadRulePack } from '../../../src/domain/loading/load-rule-pack';
import { RulePackError } from '../../../src/domain/loading/rule-file-error';
import { isCaseRule } from '../../../src/domain/reservation/reservation-rules';
import { parseInstant } from '../../../src/domain/time/tokyo-time';
import { shippedPack } from '../../support/shipped-pack';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// tokyo_reservation.credential_expired reads credentialExpires (both catalogues) and reservedDate.
const tokyoRule = () =>
  shippedPack()
    .ruleSets.find((s) => s.id === 'reservation-tokyo')!
    .rules.find((r) => r.id === 'tokyo_reservation.credential_expired')!;

function errorsWith(change: (files: Json) => void): string[] {
  const files = structuredClone(readRuleFiles(PROJECT_ROOT)) as Json;
  change(files);
  try {
    loadRulePack(files);
    return [];
  } catch (e) {
    return (e as RulePackError).errors.map((x) => `${x.file}#${x.pointer}: ${x.message}`);
  }
}

describe('reservation rule sets in the pack', () => {
  it('keeps reservation cases apart from draft cases', () => {
    const pack = shippedPack();
    expect(pack.reservationCases.map((f) => f.file).sort()).toEqual([
      'rules/reservation-osaka/cases/osaka-issuance.json',
      'rules/reservation-tokyo/cases/tokyo-application.json',
    ]);
    expect(pack.cases.some((f) => f.file.includes('reservation-'))).toBe(false);
  });

  it('accepts reservation facts only in reservation sets', () => {
    const draftSet = (subject?: string) => ({
      id: 'probe',
      ...(subject ? { subject } : {}),
      title: { ja: '試験', en: 'Probe' },
      rules: [{ ...structuredClone(tokyoRule()), id: 'probe.slots' }],
    });
    const asDraft = errorsWith((files) => {
      files['rules/probe/rules.json'] = draftSet();
    });
    expect(asDraft.some((e) => e.includes('unknown fact "credentialExpires"'))).toBe(false);
    expect(asDraft.some((e) => e.includes('unknown fact "reservedDate"'))).toBe(true);
    const asReservation = errorsWith((files) => {
      files['rules/probe/rules.json'] = draftSet('reservation');
    });
    expect(asReservation).toEqual([]);
  });

  it('rejects draft-only facts in a reservation set', () => {
    const errors = errorsWith((files) => {
      files['rules/reservation-tokyo/rules.json'].rules[0].conditions.all[0].fact = 'stayExpires';
    });
    expect(errors).toEqual([
      expect.stringContaining('rules/reservation-tokyo/rules.json#/rules/0/conditions/all/0/fact'),
    ]);
  });

  it('validates reservation cases against reservation-case.schema.json', () => {
    const errors = errorsWith((files) => {
      files['rules/reservation-osaka/cases/osaka-issuance.json'].cases[0].request.system = 'kyoto';
    });
    expect(errors[0]).toContain('/cases/0/request/system');
  });

  it('splits rules into request rules and per-case rules', () => {
    const set = shippedPack().ruleSets.find((s) => s.id === 'reservation-osaka')!;
    const perCase = set.rules.filter(isCaseRule).map((r) => r.id);
    expect(perCase).toContain('osaka_issuance.examination_not_finished');
    expect(perCase).not.toContain('osaka_issuance.slot_quota_exceeded');
  });

  it('the draft checker ignores reservation sets', async () => {
    const report = await new Checker(shippedPack()).check(
      { procedure: 'extension', channel: 'counter', bureau: 'osaka' } as never,
      { asOf: parseInstant('2026-11-24T10:00:00+09:00'), lang: 'en' },
    );
    expect(report.findings.some((f) => f.id.includes('reservation'))).toBe(false);
    expect(report.findings.some((f) => f.id.startsWith('osaka_issuance'))).toBe(false);
  });
});
