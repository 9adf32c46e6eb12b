import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import { checkPackUrl } from '../../src/services/rule-pack-transfer';

const run = (script: string, ...args: string[]) => {
  const r = spawnSync('npx', ['tsx', `src/cli/${script}.ts`, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('rules:keygen, rules:sign and rules:verify', () => {
  it('signs the rules folder with a new key; verify trusts it only with the key listed, and names a changed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zp-sign-'));
    const keys = join(dir, 'keys');
    expect(run('rules-keygen', '--publisher', 'Test policy', '--out', keys).code).toBe(0);
    const privateFile = readdirSync(keys).find((f) => f.endsWith('.private.json'))!;
    const publicFile = readdirSync(keys).find((f) => f.endsWith('.public.json'))!;
    // Only the owner may read the private key.
    expect(statSync(join(keys, privateFile)).mode & 0o077).toBe(0);
    expect(readFileSync(join(keys, publicFile), 'utf8')).not.toContain('"d"');

    const bundle = join(dir, 'pack.signed.json');
    const signed = run('rules-sign', 'rules', '--key', join(keys, privateFile), '--out', bundle);
    expect(signed.code, signed.err).toBe(0);
    expect(signed.out).toMatch(/signed \d+ files of pack \S+ as Test policy/);

    // The repository trusts no key: the bundle counts as unsigned there.
    const untrusted = run('rules-verify', bundle);
    expect(untrusted.code).toBe(1);
    expect(untrusted.err).toMatch(/^unsigned: .*not a publisher key this app trusts/);

    const trust = join(dir, 'trust.json');
    const entry = JSON.parse(readFileSync(join(keys, publicFile), 'utf8'));
    writeFileSync(trust, JSON.stringify({ publishers: [entry], revoked: [] }));
    const ok = run('rules-verify', bundle, '--trust', trust);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/^signed: pack zairyu-precheck\.rules .* by Test policy/);

    const json = JSON.parse(readFileSync(bundle, 'utf8'));
    json.files['rules/sources.json'].documents.pop();
    writeFileSync(bundle, JSON.stringify(json));
    const changed = run('rules-verify', bundle, '--trust', trust);
    expect(changed.code).toBe(1);
    expect(changed.err).toMatch(/^tampered: .*rules\/sources\.json \(changed after signing\)/);
  }, 180_000);

  it('refuses to sign a pack that does not pass rules:check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zp-sign-'));
    expect(run('rules-keygen', '--publisher', 'Test policy', '--out', dir).code).toBe(0);
    const key = readdirSync(dir).find((f) => f.endsWith('.private.json'))!;
    const r = run('rules-sign', join(PROJECT_ROOT, 'src'), '--key', join(dir, key));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/a pack is signed only when rules:check passes/);
  }, 60_000);
});

describe('URLs a pack may come from', () => {
  const app = 'http://127.0.0.1:4173';
  it('accepts https and the app’s own origin, refuses plain http elsewhere, saying how to fix it', () => {
    expect(checkPackUrl('https://rules.example.org/p.json', app).href).toBe(
      'https://rules.example.org/p.json',
    );
    expect(checkPackUrl('/packs/p.json', app).href).toBe(`${app}/packs/p.json`);
    expect(() => checkPackUrl('http://rules.example.org/p.json', app)).toThrow(
      /cannot be loaded from http:\/\/rules\.example\.org: use an https URL/,
    );
    expect(() => checkPackUrl('ftp://x/p.json', app)).toThrow(/https/);
  });
});
