import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleFiles } from '../../../src/domain/loading/load-rule-pack';
import { packContentHash } from '../../../src/domain/signing/content-hash';
import type { PackSignature, PublisherKeyPair } from '../../../src/domain/signing/pack-signature';
import { verifyPack } from '../../../src/domain/signing/verify-pack';
import { packFiles, signed, testPublisher, trusting } from '../../support/signing';

let key: PublisherKeyPair;
let files: RuleFiles;
let signature: PackSignature;
beforeAll(async () => {
  key = await testPublisher();
  files = packFiles();
  signature = await signed(files, key);
});
const verify = (f: RuleFiles, s: unknown = signature, trust = trusting(key)) =>
  verifyPack(f, s, trust);

describe('verifyPack', () => {
  it('a pack as signed by a trusted publisher is signed, with publisher and version', async () => {
    const result = await verify(files);
    expect(result.status).toBe('signed');
    if (result.status !== 'signed') return;
    expect(result.publisher).toBe('Test policy division');
    expect(result.manifest.version).toBe((files['rules/pack.json'] as { version: string }).version);
    expect(result.manifest.files.map((f) => f.path)).toEqual(Object.keys(files).sort());
  });

  it('a change to any one file is refused, naming that file', async () => {
    for (const path of Object.keys(files)) {
      const tampered = { ...files, [path]: { ...(files[path] as object), tampered: true } };
      const result = await verify(tampered);
      expect(result.status, path).toBe('tampered');
      if (result.status !== 'tampered') continue;
      if (path === 'rules/pack.json') continue; // also its own reason, below
      expect(result.mismatches).toEqual([{ path, problem: 'changed' }]);
      expect(result.reason.en).toContain(`${path} (changed after signing)`);
      expect(result.reason.ja).toContain(path);
    }
  });

  it('a one-number change deep in a file is refused (a fee)', async () => {
    const fees = structuredClone(files['rules/fees/parameters.json']) as {
      parameters: Record<
        string,
        { values: Record<string, { value: { online: { extension: number } } }> }
      >;
    };
    const values = fees.parameters['fees.revenue_stamps']!.values;
    values[Object.keys(values).sort().at(-1)!]!.value.online.extension = 0;
    const result = await verify({ ...files, 'rules/fees/parameters.json': fees });
    expect(result.status === 'tampered' && result.mismatches).toEqual([
      { path: 'rules/fees/parameters.json', problem: 'changed' },
    ]);
  });

  it('an added file and a removed file are refused, each named', async () => {
    const added = await verify({ ...files, 'rules/extra/rules.json': { id: 'extra', rules: [] } });
    expect(added.status === 'tampered' && added.reason.en).toMatch(
      /rules\/extra\/rules\.json \(added after signing\)/,
    );
    const removed: RuleFiles = { ...files };
    delete removed['rules/attachments/rules.json'];
    const result = await verify(removed);
    expect(result.status === 'tampered' && result.reason.en).toMatch(
      /rules\/attachments\/rules\.json \(removed after signing\)/,
    );
  });

  it('a stripped signature makes the pack unsigned, and says so', async () => {
    const result = await verifyPack(files, undefined, trusting(key));
    expect(result).toEqual({
      status: 'unsigned',
      reason: { ja: '署名がありません。', en: 'The pack is not signed.' },
    });
  });

  it('a swapped manifest is refused: edited text under the old signature, or another pack’s signature', async () => {
    const edited = {
      ...signature,
      manifest: signature.manifest.replace(/"version": "[^"]+"/, '"version": "2099.01.01"'),
    };
    const forged = await verify(files, edited);
    expect(forged.status === 'tampered' && forged.reason.en).toMatch(
      /signature does not match the manifest/,
    );

    const other = packFiles('2026.12.24');
    const otherSignature = await signed(other, key);
    const swapped = await verify(files, otherSignature);
    expect(swapped.status === 'tampered' && swapped.reason.en).toMatch(
      /rules\/pack\.json says version 2026\.11\.23, but the signed manifest is for 2026\.12\.24/,
    );
  });

  it('a signature by a revoked key counts as unsigned, with the date and reason', async () => {
    const trust = trusting(key);
    trust.revoked.push({ keyId: key.keyId, revokedOn: '2026-11-30', reason: 'laptop lost' });
    const result = await verify(files, signature, trust);
    expect(result.status).toBe('unsigned');
    expect(result.status === 'unsigned' && result.reason.en).toMatch(
      new RegExp(`${key.keyId} was revoked on 2026-11-30 \\(laptop lost\\)`),
    );
  });

  it('a signature by a key the app does not know counts as unsigned', async () => {
    const stranger = await testPublisher('Someone else');
    const result = await verify(files, await signed(files, stranger));
    expect(result.status === 'unsigned' && result.reason.en).toMatch(
      /not a publisher key this app trusts/,
    );
  });

  it('a signature claiming a trusted key id but made with another key is refused', async () => {
    const stranger = await testPublisher('Impostor');
    const sig = await signed(files, { ...stranger, keyId: key.keyId });
    const result = await verify(files, sig);
    expect(result.status).toBe('tampered');
  });

  it('a malformed signature block is refused', async () => {
    const result = await verify(files, { algorithm: 'RSA', keyId: key.keyId });
    expect(result.status === 'tampered' && result.reason.en).toMatch(/malformed/);
  });
});

describe('packContentHash', () => {
  it('tells packs with the same version apart, and ignores schemas (they come from the app)', async () => {
    const a = await packContentHash(files);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(await packContentHash({ ...files, 'rules/schema/x.schema.json': {} })).toBe(a);
    const changed = {
      ...files,
      'rules/vocabulary.json': { ...(files['rules/vocabulary.json'] as object), x: 1 },
    };
    expect(await packContentHash(changed)).not.toBe(a);
  });
});
