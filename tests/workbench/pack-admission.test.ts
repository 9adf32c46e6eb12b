import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleFiles } from '../../src/domain/loading/load-rule-pack';
import type { RuleSet } from '../../src/domain/model/rule';
import type { PublisherKeyPair } from '../../src/domain/signing/pack-signature';
import { packContentHash } from '../../src/domain/signing/content-hash';
import { admitPack } from '../../src/services/pack-admission';
import { weakenings } from '../../src/workbench/weakening';
import { validatePack } from '../../src/workbench/validate-pack';
import { shippedPack } from '../support/shipped-pack';
import { packFiles, signed, testPublisher, trusting } from '../support/signing';

let key: PublisherKeyPair;
beforeAll(async () => {
  key = await testPublisher();
});
const candidate = (files: RuleFiles, signature?: unknown) => ({
  files,
  ...(signature ? { signature } : {}),
  origin: 'file' as const,
  source: 'pack.json',
});
const admit = (files: RuleFiles, signature?: unknown, trust = trusting(key)) =>
  admitPack(candidate(files, signature), shippedPack(), trust);

/** Every block rule lowered to info, as in the probe of issue 14. */
function allBlocksToInfo(files: RuleFiles): RuleFiles {
  const out = structuredClone(files);
  for (const [path, json] of Object.entries(out)) {
    if (!path.endsWith('/rules.json')) continue;
    for (const rule of (json as RuleSet).rules)
      if (rule.severity === 'block') rule.severity = 'info';
  }
  return out;
}

describe('admitPack', () => {
  it('a newer pack signed by a trusted publisher is admissible with no question, labelled official', async () => {
    const files = packFiles('2026.12.24');
    const result = await admit(files, await signed(files, key));
    expect(result.kind).toBe('admissible');
    if (result.kind !== 'admissible') return;
    expect(result.confirmations).toEqual([]);
    expect(result.label).toEqual({
      official: true,
      name: 'test.rules',
      version: '2026.12.24',
      hash: await packContentHash(files),
      publisher: 'Test policy division',
    });
  }, 60_000);

  it('an older signed pack needs an explicit confirmation: no silent rollback', async () => {
    const files = packFiles('2026.01.05');
    const result = await admit(files, await signed(files, key));
    expect(result.kind === 'admissible' && result.confirmations.map((c) => c.kind)).toEqual([
      'rollback',
    ]);
    expect(result.kind === 'admissible' && result.confirmations[0]!.text.en).toMatch(
      /older than the rules in use \(2026\.11\.23\)/,
    );
  }, 60_000);

  it('an unsigned pack needs the acknowledgement of unofficial rules and is labelled with name, version and hash', async () => {
    const files = packFiles('2026.12.24');
    const result = await admit(files);
    expect(result.kind).toBe('admissible');
    if (result.kind !== 'admissible') return;
    expect(result.confirmations.map((c) => c.kind)).toEqual(['unofficial']);
    expect(result.confirmations[0]!.text.en).toMatch(/not signed.*unofficial rules/);
    expect(result.label).toMatchObject({
      official: false,
      name: 'pack.json',
      version: '2026.12.24',
    });
    expect(result.label.hash).toMatch(/^[0-9a-f]{12}$/);
  }, 60_000);

  it('a pack signed with a revoked key is treated as unsigned, saying why', async () => {
    const files = packFiles('2026.12.24');
    const trust = trusting(key);
    trust.revoked.push({ keyId: key.keyId, revokedOn: '2026-11-30', reason: 'key leaked' });
    const result = await admit(files, await signed(files, key), trust);
    expect(result.kind === 'admissible' && result.label.official).toBe(false);
    expect(result.kind === 'admissible' && result.confirmations[0]!.text.en).toMatch(
      /revoked on 2026-11-30/,
    );
  }, 60_000);

  it('a signed pack changed after signing is refused outright', async () => {
    const files = packFiles('2026.12.24');
    const signature = await signed(files, key);
    const result = await admit({ ...files, 'rules/vocabulary.json': {} }, signature);
    expect(result).toMatchObject({ kind: 'refused' });
    expect(result.kind === 'refused' && result.reason.en).toMatch(
      /^Refused: Files differ.*rules\/vocabulary\.json \(changed/,
    );
  });

  it('the probe: every block rule set to info is refused (its own cases fail), and the weakening lists each rule', async () => {
    const lowered = allBlocksToInfo(packFiles('2026.12.24'));
    const result = await admit(lowered);
    expect(result.kind === 'refused' && result.reason.en).toMatch(
      /of the pack's own test cases fail/,
    );
    const candidatePack = validatePack(lowered);
    expect(candidatePack.ok).toBe(true);
    if (!candidatePack.ok) return;
    const blocks = shippedPack()
      .ruleSets.flatMap((s) => s.rules)
      .filter((r) => r.severity === 'block');
    const lowers = weakenings(shippedPack(), candidatePack.pack).filter(
      (w) => w.kind === 'severity-lowered',
    );
    expect(lowers.map((w) => w.subject).sort()).toEqual(blocks.map((r) => r.id).sort());
    expect(lowers[0]!.text.ja).toMatch(/申請不可 から 情報/);
  }, 60_000);

  it('a pack that carries its own schema is refused: schemas come from the app', async () => {
    const files = packFiles('2026.12.24');
    files['rules/schema/rule-set.schema.json'] = { $id: 'rule-set.schema.json' };
    const result = await admit(files);
    expect(result.kind === 'refused' && result.errors.map((e) => e.file)).toEqual([
      'rules/schema/rule-set.schema.json',
    ]);
  });

  it('a pattern that can freeze the app is refused before it is used', async () => {
    const files = packFiles('2026.12.24');
    const p = files['rules/online-eligibility/parameters.json'] as {
      parameters: Record<string, { values: Record<string, { value: unknown }> }>;
    };
    for (const v of Object.values(p.parameters['online.credential_number_pattern']!.values))
      v.value = '^([0-9]+)+$';
    const result = await admit(files);
    expect(result.kind === 'refused' && result.errors[0]!.message).toMatch(/ReDoS/);
  });

  it('a pack changed in the workbench cannot keep the version it came from', async () => {
    const base = packFiles();
    const edited = structuredClone(base);
    (edited['rules/pack.json'] as { notes: unknown }).notes = { ja: '変更', en: 'changed' };
    const editedFrom = { version: '2026.11.23', hash: await packContentHash(base) };
    const result = await admitPack(
      { files: edited, origin: 'workbench', source: 'workbench', editedFrom },
      shippedPack(),
      trusting(key),
    );
    expect(result.kind === 'refused' && result.reason.en).toMatch(
      /cannot keep the version 2026\.11\.23/,
    );
  });
});

describe('weakenings', () => {
  it('names removed block rules, cut periods and changed parameters; nothing for the same pack', () => {
    const files = packFiles();
    const same = validatePack(files);
    expect(same.ok && weakenings(shippedPack(), same.pack)).toEqual([]);
    const changed = structuredClone(files);
    const set = changed['rules/online-eligibility/rules.json'] as RuleSet;
    const [first] = set.rules.filter((r) => r.severity === 'block');
    set.rules = set.rules.filter((r) => r !== first);
    const second = set.rules.find((r) => r.severity === 'block' && r.effective.until === null)!;
    second.effective = { ...second.effective, until: '2026-12-31' };
    const fees = changed['rules/fees/parameters.json'] as {
      parameters: Record<string, { values: object }>;
    };
    fees.parameters['fees.revenue_stamps']!.values = {
      ...fees.parameters['fees.revenue_stamps']!.values,
    };
    (
      Object.values(fees.parameters['fees.revenue_stamps']!.values).at(-1) as {
        value: { online: { extension: number } };
      }
    ).value.online.extension = 1;
    const result = validatePack(changed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(weakenings(shippedPack(), result.pack).map((w) => `${w.kind} ${w.subject}`)).toEqual([
      `rule-removed ${first!.id}`,
      `period-cut ${second.id}`,
      'parameter-changed fees.revenue_stamps',
    ]);
  });
});
