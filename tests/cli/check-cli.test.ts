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

describe('npm run check at scale and on nonsense input', () => {
  const ok = { procedure: 'extension', channel: 'counter', applicant: { birthDate: '1965-04-01' } };

  it('prints one compact report per line with --format ndjson', () => {
    const r = run([ok, { channel: 'online' }], ...asOf, '--format', 'ndjson');
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).verdict)[1]).toBe('needs_input');
  });

  it('prints the array exactly as JSON.stringify(reports, null, 2) does', () => {
    const r = run([ok, { channel: 'online' }], ...asOf);
    expect(r.out).toBe(JSON.stringify(JSON.parse(r.out), null, 2) + '\n');
  });

  it('takes a birth date in 1965', () => {
    expect(run(ok, ...asOf).code).toBeLessThan(2);
  });

  // Three runs of the command: on a loaded machine that takes longer than one.
  it('refuses an empty array, a second file and an unknown format', { timeout: 90_000 }, () => {
    expect(run([], ...asOf)).toMatchObject({ code: 2, out: '' });
    const second = run(ok, 'other.json', ...asOf);
    expect(second.code).toBe(2);
    expect(second.err).toContain('other.json');
    expect(run(ok, ...asOf, '--format', 'xml').code).toBe(2);
  });

  it('lists every implausible draft by index and field and prints no report', () => {
    const r = run(
      [
        ok,
        { applicant: { birthDate: '2027-01-01' } },
        { applicant: { periodOfStay: 'P100000000000000000000Y' } },
        { procedure: 'extension', applicant: { stayExpires: '2099-01-01' } },
      ],
      ...asOf,
    );
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('#/1/applicant/birthDate');
    expect(r.err).toContain('#/2/applicant/periodOfStay');
    expect(r.err).toContain('#/3/applicant/stayExpires');
    expect(r.err).toContain('3 draft(s)');
    expect(r.err).not.toContain('#/0/');
  });

  it('refuses an as-of instant outside the calendar, saying which dates it covers', () => {
    const r = run(ok, '--as-of', '2051-01-01T10:00:00+09:00', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/2012-01-01 to 2050-11-23/);
  });

  it('says it in Japanese by default', () => {
    const r = run(
      { applicant: { birthDate: '2027-01-01' } },
      '--as-of',
      '2026-11-24T10:00:00+09:00',
    );
    expect(r.err).toContain('生年月日');
  });
});
