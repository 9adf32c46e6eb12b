import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/project-root';

// Answers that do not apply to a draft are set aside and reported, never input errors (exit 2).
describe('npm run check with answers that do not apply', () => {
  it('reports them as a note and judges the draft without them', () => {
    const drafts = [
      {
        filer: {
          category: 'org_staff',
          credential: { kind: 'agent_certificate', number: 'x', expires: '2001-01-01' },
        },
        applicant: {
          name: 'NGUYEN VAN AN',
          status: 'engineer_humanities_international',
          periodOfStay: 'P1Y',
          stayExpires: '2027-01-29',
        },
        procedure: 'extension',
        channel: 'online',
      },
      {
        filer: { category: 'applicant' },
        applicant: {
          name: 'KIM MINJI',
          birthDate: '1980-05-05',
          status: 'permanent_resident',
          periodOfStay: 'P5Y',
          stayExpires: '2027-01-29',
        },
        procedure: 'employment_certificate',
        channel: 'online',
      },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'zp-na-')), 'drafts.json');
    writeFileSync(file, JSON.stringify(drafts));
    const r = spawnSync(
      'npx',
      ['tsx', 'src/cli/check.ts', file, '--as-of', '2026-11-24T10:00:00+09:00', '--lang', 'en'],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.status).toBe(0);
    const reports = JSON.parse(r.stdout) as {
      verdict: string;
      findings: { id: string; message: string }[];
    }[];
    expect(reports.map((x) => x.verdict)).toEqual(['fileable', 'fileable']);
    const notes = reports.map(
      (x) => x.findings.find((f) => f.id === 'procedure.answers_not_applicable')?.message,
    );
    expect(notes[0]).toMatch(/Credential kind.*Credential number.*Credential expiry/);
    expect(notes[1]).toMatch(/Period of stay.*Expiry of the period of stay/);
  });
});
