import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../src/cli/read-rule-files';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import { loadActiveRulePack } from '../../src/services/rule-pack-runtime';
import { RulePackStore } from '../../src/services/rule-pack-store';
import { fetchBundle } from '../../src/services/rule-pack-transfer';
import { bundleText } from '../../src/workbench/pack-bundle';
import { stampVersion } from '../../src/workbench/pack-edits';
import { packFiles, signed, testPublisher, trusting } from '../support/signing';

const shipped = readRuleFiles(PROJECT_ROOT);
let n = 0;
const store = () => new RulePackStore(`test-rules-${++n}`, () => `2026-11-23T0${n}:00:00Z`);

describe('rule packs kept in IndexedDB', () => {
  it('uses the shipped rules until a pack is saved, then that pack, and can go back', async () => {
    const s = store();
    expect((await loadActiveRulePack(s)).info.origin).toBe('shipped');
    const files = stampVersion(shipped, '2026.12.01', '2026-12-01');
    // An unsigned pack is used only once the user acknowledged it as unofficial (issue 14 §3).
    await s.save(files, 'file', 'pack.json', { acknowledged: true });
    const active = await loadActiveRulePack(s);
    expect(active.info).toMatchObject({
      version: '2026.12.01',
      published: '2026-12-01',
      origin: 'file',
      label: { official: false, name: 'pack.json', version: '2026.12.01' },
    });
    expect(active.pack.version).toBe('2026.12.01');
    await s.useShipped();
    expect((await loadActiveRulePack(s)).info.origin).toBe('shipped');
    const [kept] = await s.list();
    await s.activate(kept!.id);
    expect((await loadActiveRulePack(s)).info.version).toBe('2026.12.01');
    s.close();
  });

  it('does not use an unsigned pack nobody acknowledged, saying why', async () => {
    const s = store();
    await s.save(stampVersion(shipped, '2026.12.01', '2026-12-01'), 'file', 'pack.json');
    const active = await loadActiveRulePack(s);
    expect(active.info.origin).toBe('shipped');
    expect(active.problems?.[0]?.message).toMatch(/not signed.*acknowledge it/);
    s.close();
  });

  it('a pack kept as signed counts as unsigned once its key is revoked, and is not used', async () => {
    const key = await testPublisher();
    const files = packFiles('2026.12.01');
    const s = store();
    await s.save(files, 'file', 'pack.json', { signature: await signed(files, key) });
    expect((await loadActiveRulePack(s, trusting(key))).info.label).toMatchObject({
      official: true,
      publisher: 'Test policy division',
    });
    const revoked = trusting(key);
    revoked.revoked.push({ keyId: key.keyId, revokedOn: '2026-12-02', reason: 'key leaked' });
    const after = await loadActiveRulePack(s, revoked);
    expect(after.info.origin).toBe('shipped');
    expect(after.problems?.[0]?.message).toMatch(/revoked on 2026-12-02/);
    s.close();
  });

  it('falls back to the shipped rules when a kept pack no longer loads, saying why', async () => {
    const s = store();
    await s.save(
      { ...shipped, 'rules/pack.json': { version: '' } },
      'url',
      'https://example.org/p.json',
    );
    const active = await loadActiveRulePack(s);
    expect(active.info.origin).toBe('shipped');
    expect(active.problems?.[0]?.file).toBe('rules/pack.json');
    s.close();
  });

  it('fetches a bundle from a URL and names HTTP errors', async () => {
    const ok = (async () => new Response(bundleText(shipped))) as typeof fetch;
    expect(Object.keys(await fetchBundle('https://example.org/p.json', ok))).toContain(
      'rules/pack.json',
    );
    const missing = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    await expect(fetchBundle('https://example.org/x.json', missing)).rejects.toThrow(/404/);
  });
});
