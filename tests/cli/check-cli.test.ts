import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/project-root';

const dir = mkdtempSync(join(tmpdir(), 'zp-check-'));
function run(draft: unknown, ...args: string[]) {
  const file = join(dir, `d${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof draft === 'string' ? draft : JSON.stringify(draft));
  const r = spawnSync('npx', ['tsx', 'src/cli/check.ts', file, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const asOf = ['--as-of', '2026-11-24T10:00:00+09:00', '--lang', 'en'];

describe('npm run check', () => {
  it('exits 1 with a report when the draft cannot be filed', () => {
    const r = run({ procedure: 'permanent_residence', channel: 'online' }, ...asOf);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).verdict).toBe('not_fileable');
  });

  it('prints an array of reports for an array of drafts', () => {
    const r = run(
      [{ channel: 'online' }, { procedure: 'permanent_residence', channel: 'online' }],
      ...asOf,
    );
    const reports = JSON.parse(r.out);
    expect(reports.map((x: { verdict: string }) => x.verdict)).toEqual([
      'needs_input',
      'not_fileable',
    ]);
    expect(r.code).toBe(1);
  });

  it('exits 2 naming the field of an invalid draft', () => {
    const r = run([{ channel: 'online' }, { channel: 'fax' }], ...asOf);
    expect(r.code).toBe(2);
    expect(r.err).toContain('#/1/channel');
    expect(r.out).toBe('');
  });

  it('exits 2 on unreadable JSON and on a bad --as-of', () => {
    expect(run('{"channel":', ...asOf).code).toBe(2);
    const bad = run({ channel: 'online' }, '--as-of', '2026-11-24');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--as-of');
  });
});
