import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/project-root';

function copyOfRules(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'zp-rules-')), 'rules');
  cpSync(join(PROJECT_ROOT, 'rules'), dir, { recursive: true });
  return dir;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach into known rule files
function edit(dir: string, file: string, change: (json: any) => void) {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}
const run = (script: string, ...args: string[]) => {
  const r = spawnSync('npx', ['tsx', `src/cli/${script}.ts`, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const latest = (values: Record<string, unknown>) => Object.keys(values).sort().at(-1)!;

describe('npm run rules:check -- <folder>', () => {
  it('reports unreadable JSON, schema, semantic, range and ReDoS errors of a pack in any folder at once', () => {
    const dir = copyOfRules();
    writeFileSync(join(dir, 'calendar/closures.json'), '{"closures": [');
    edit(dir, 'online-eligibility/parameters.json', (p) => {
      const v = p.parameters['online.credential_number_pattern'].values;
      v[latest(v)].value = '^([0-9]+)+$';
    });
    edit(dir, 'attachments/parameters.json', (p) => {
      const v = p.parameters['attachments.max_file_bytes'].values;
      v[latest(v)].value = 0;
    });
    edit(dir, 'attachments/rules.json', (r) => delete r.rules[0].source);
    const r = run('rules-check', dir);
    expect(r.code).toBe(2);
    for (const where of [
      'rules/calendar/closures.json#/: not valid JSON',
      'rules/online-eligibility/parameters.json#/parameters/online.credential_number_pattern/values/',
      'rules/attachments/parameters.json#/parameters/attachments.max_file_bytes/values/',
      'rules/attachments/rules.json#/rules/0: missing required field "source"',
    ]) {
      expect(r.err).toContain(where);
    }
    expect(r.err).toMatch(/exponential time \(ReDoS/);
    expect(r.err).toMatch(/0 is outside what the unit "bytes" allows/);
    expect(r.err).not.toMatch(/closures\.json#\/: missing/);
  }, 60_000);

  it('says so when the argument is not a folder', () => {
    const r = run('rules-check', join(PROJECT_ROOT, 'no-such-folder'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is not a folder/);
  }, 30_000);
});

describe('npm run rules:test -- <folder>', () => {
  it("runs the cases of the pack in that folder, not the project's", () => {
    const dir = copyOfRules();
    edit(dir, 'fees/parameters.json', (p) => {
      const v = p.parameters['fees.revenue_stamps'].values;
      v[latest(v)].value.online.extension += 100;
    });
    const r = run('rules-test', dir, 'fees');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL rules\/fees\/cases\//);
    expect(r.out).toMatch(/feeYen: expected 5500, got 5600/);
  }, 60_000);

  it('refuses to run cases of a pack that does not load, naming the errors', () => {
    const dir = copyOfRules();
    edit(dir, 'fees/parameters.json', (p) => {
      const v = p.parameters['fees.revenue_stamps'].values;
      v[latest(v)].value.online.extension = -5500;
    });
    const r = run('rules-test', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/fees\/parameters\.json#.*-5500 is outside/);
    expect(r.err).toMatch(/before running cases/);
  }, 60_000);
});
