// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../src/domain/model/draft';
import { DraftCheckService, type CheckOutcome } from '../../../src/services/draft-check-service';
import { language } from '../../../src/ui/i18n/language.svelte';
import ReportPanel from '../../../src/ui/report/ReportPanel.svelte';

const AS_OF = '2026-11-24T10:00:00+09:00';
let service: DraftCheckService;
beforeAll(() => {
  service = new DraftCheckService();
});

function locale(lang: 'ja' | 'en') {
  language.set(lang);
  return {};
}

const FILEABLE: Draft = {
  filer: {
    category: 'org_staff',
    credential: { kind: 'agent_certificate', number: '123456789012', expires: '2028-03-31' },
  },
  applicant: {
    status: 'engineer_humanities_international',
    periodOfStay: 'P1Y',
    stayExpires: '2027-01-31',
  },
  procedure: 'extension',
  channel: 'online',
  receiptMethod: 'mail',
};

describe('ReportPanel', () => {
  it('says a window that cannot be worked out yet is not known, never "no limit – no limit"', async () => {
    render(ReportPanel, {
      ...locale('ja'),
      draft: { procedure: 'extension', channel: 'online' },
      asOf: AS_OF,
      service,
      debounceMs: 0,
    });
    const window = await screen.findByTestId('window');
    await waitFor(() => expect(window.textContent).toContain('申請期間はまだ分かりません'));
    expect(window.textContent).not.toContain('制限なし');
  });

  it('shows verdict, window timeline, receipt methods, fee, reasons and checklist', async () => {
    render(ReportPanel, {
      ...locale('en'),
      draft: FILEABLE,
      asOf: AS_OF,
      service,
      debounceMs: 0,
    });
    expect((await screen.findByTestId('verdict')).textContent).toBe('Can be filed');
    const timeline = screen.getByTestId('timeline-text').textContent!;
    expect(timeline).toContain('Opens: 2026-10-31 (October 31, 8 Reiwa)');
    expect(timeline).toContain('As of: 2026-11-24');
    expect(timeline).toContain('Closes: 2027-01-30');
    expect(timeline).toContain('Stay expires: 2027-01-31');
    expect(screen.getByTestId('receipt-methods').textContent).toBe('By mail / At the counter');
    expect(screen.getByTestId('fee').textContent).toBe('¥5,500');

    const finding = document.querySelector('[data-finding="window.days_left"]') as HTMLElement;
    const reasons = within(finding);
    expect(reasons.getByText('Official')).toBeTruthy();
    expect(reasons.getByText('Days until the window closes')).toBeTruthy();
    expect(finding.textContent).toMatch(/actual 67\s+is greater than\s+14/);
    expect(reasons.getAllByText('held')).toHaveLength(2);
    const link = reasons.getByRole('link');
    expect(link.getAttribute('href')).toContain('moj.go.jp');

    const checklist = document.querySelector('.checklist.printable') as HTMLElement;
    expect(checklist.textContent).toContain('Fee payment slip');
    const print = vi.fn();
    window.print = print;
    await fireEvent.click(screen.getByRole('button', { name: 'Print checklist' }));
    expect(print).toHaveBeenCalled();
    expect(document.querySelector('.verdict.printable')).not.toBeNull();
  });

  it('lists the needed answers and hands the field to focus', async () => {
    const onFocusField = vi.fn();
    const draft: Draft = { ...FILEABLE, applicant: { status: 'student', periodOfStay: 'P1Y' } };
    render(ReportPanel, {
      ...locale('ja'),
      draft,
      asOf: AS_OF,
      service,
      debounceMs: 0,
      onFocusField,
    });
    expect((await screen.findByTestId('verdict')).textContent).toBe('入力が必要です');
    await fireEvent.click(screen.getByRole('button', { name: '在留期間満了日' }));
    expect(onFocusField).toHaveBeenCalledWith('/applicant/stayExpires');
  });

  it('shows only the newest answer when checks finish out of order', async () => {
    const real = service;
    let calls = 0;
    const slowFirst = {
      pack: real.pack,
      async check(draft: unknown, asOf: string, lang: 'ja' | 'en'): Promise<CheckOutcome> {
        const delay = calls++ === 0 ? 200 : 0;
        const result = await real.check(draft, asOf, lang);
        await new Promise((r) => setTimeout(r, delay));
        return result;
      },
    } as unknown as DraftCheckService;
    const onReport = vi.fn();
    const view = render(ReportPanel, {
      ...locale('en'),
      draft: { ...FILEABLE, applicant: { ...FILEABLE.applicant, stayExpires: '2027-06-30' } },
      asOf: AS_OF,
      service: slowFirst,
      debounceMs: 0,
      onReport,
    });
    await new Promise((r) => setTimeout(r, 20));
    await view.rerender({ draft: FILEABLE });
    await waitFor(() => expect(onReport).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 300));
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('verdict').textContent).toBe('Can be filed');
  });

  it('names the field of an invalid draft', async () => {
    render(ReportPanel, {
      ...locale('en'),
      draft: { procedure: 'holiday' } as Draft,
      asOf: AS_OF,
      service,
      debounceMs: 0,
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('/procedure');
  });
});

describe('ReportPanel when the checker fails', () => {
  it('says so instead of checking for ever', async () => {
    const broken = {
      pack: service.pack,
      check: () => Promise.reject(new Error('boom')),
    } as unknown as DraftCheckService;
    render(ReportPanel, {
      ...locale('en'),
      draft: {},
      asOf: AS_OF,
      service: broken,
      debounceMs: 0,
    });
    expect((await screen.findByRole('alert')).textContent).toContain('The check failed: boom');
  });
});
