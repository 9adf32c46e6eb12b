// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/domain/model/draft';
import { DraftCheckService } from '../../../src/services/draft-check-service';
import type { DraftRecord } from '../../../src/storage/draft-record';
import { language } from '../../../src/ui/i18n/language.svelte';
import ClientReportsView from '../../../src/ui/report/ClientReportsView.svelte';

const DRAFT: Draft = {
  filer: {
    category: 'org_staff',
    credential: { kind: 'agent_certificate', number: '123456789012', expires: '2028-03-31' },
  },
  applicant: {
    name: 'KIM MINJI',
    nationality: 'KOR',
    status: 'engineer_humanities_international',
    periodOfStay: 'P1Y',
    stayExpires: '2027-01-31',
  },
  procedure: 'extension',
  channel: 'online',
};

const record = (id: string, title: string, draft: Draft) =>
  ({
    id,
    title,
    draft,
    createdAt: '',
    updatedAt: '',
    revision: 1,
    schemaVersion: 2,
  }) as DraftRecord;

describe('ClientReportsView', () => {
  it('checks each case with the editor service, carries the unofficial line, and exports', async () => {
    language.set('en');
    const records = new Map([
      ['a', record('a', 'Kim file', DRAFT)],
      ['b', record('b', '', { applicant: { stayExpires: 'someday' } } as Draft)],
    ]);
    const service = new DraftCheckService(undefined, { unofficial: 'acme-rules 2.0 f00d' });
    const files: { name: string; text: string }[] = [];
    render(ClientReportsView, {
      drafts: { get: async (id: string) => records.get(id) },
      service,
      ids: ['a', 'b', 'gone'],
      now: () => ({ instant: '2026-11-24T01:00:00.000Z' }),
      download: (name: string, text: string) => void files.push({ name, text }),
    });
    await waitFor(() => expect(document.querySelectorAll('article.sheet')).toHaveLength(2));
    const [first, second] = [...document.querySelectorAll('article.sheet')] as HTMLElement[];
    expect(first!.textContent).toContain('Case report: Kim file');
    expect(first!.textContent).toContain('KOR');
    expect(first!.textContent).toContain('2027-01-31 (January 31, 9 Reiwa)');
    expect(first!.textContent).toMatch(/unofficial rules[^:]*: acme-rules 2.0 f00d/i);
    // An invalid draft still has its sheet: its errors, and the rules it would be checked by.
    expect(second!.textContent).toContain('/applicant/stayExpires');
    expect(second!.textContent).toContain('acme-rules 2.0 f00d');
    expect(screen.getByRole('status').textContent).toContain('1 selected case no longer exists');

    await fireEvent.click(screen.getByRole('button', { name: 'Export reports (JSON)' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Export case ledger (CSV)' }));
    expect(files.map((f) => f.name)).toEqual(['reports-2026-11-24.json', 'reports-2026-11-24.csv']);
    const json = JSON.parse(files[0]!.text);
    expect(json.reports.map((r: { caseId: string }) => r.caseId)).toEqual(['a', 'b']);
    expect(json.reports[0].rulePack.unofficial).toBe('acme-rules 2.0 f00d');
    expect(files[1]!.text).toContain('Unofficial rules');
  });
});
