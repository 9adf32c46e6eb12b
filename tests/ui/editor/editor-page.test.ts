// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../src/domain/model/draft';
import { DraftCheckService } from '../../../src/services/draft-check-service';
import { language } from '../../../src/ui/i18n/language.svelte';
import EditorHarness from './EditorHarness.svelte';

const AS_OF = '2026-11-24T10:00:00+09:00';
let service: DraftCheckService;

beforeAll(() => {
  service = new DraftCheckService();
});

const AGENT: Draft = {
  filer: {
    category: 'org_staff',
    credential: { kind: 'agent_certificate', number: '123456789012', expires: '2028-03-31' },
  },
  applicant: {
    name: 'NGUYEN VAN A',
    status: 'engineer_humanities_international',
    periodOfStay: 'P1Y',
  },
};

function mount(initial: Draft, lang: 'ja' | 'en' = 'en') {
  language.set(lang);
  const saved = vi.fn();
  render(EditorHarness, { service, initial, asOf: AS_OF, saved });
  return { saved };
}

const verdict = () => screen.findByTestId('verdict');

describe('EditorPage', () => {
  it('changes the verdict as fields change', async () => {
    mount(AGENT);
    await fireEvent.change(screen.getByLabelText('Procedure'), {
      target: { value: 'extension' },
    });
    await fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'online' } });
    await waitFor(async () => expect((await verdict()).textContent).toBe('More input needed'));

    const expiry = screen.getByLabelText('Expiry of the period of stay');
    await fireEvent.input(expiry, { target: { value: '2027-01-31' } });
    await waitFor(async () => expect((await verdict()).textContent).toBe('Can be filed'));
    expect(screen.getByTestId('window').textContent).toContain('2026-10-31');

    await fireEvent.input(expiry, { target: { value: '2027-06-30' } });
    await waitFor(async () => expect((await verdict()).textContent).toBe('Cannot be filed'));
    expect(document.querySelector('[data-finding="window.not_yet_open"]')).not.toBeNull();
  });

  it('answers for another day when the as-of date changes', async () => {
    mount({
      ...AGENT,
      procedure: 'extension',
      channel: 'online',
      applicant: { ...AGENT.applicant, stayExpires: '2027-01-31' },
    });
    await waitFor(async () => expect((await verdict()).textContent).toBe('Can be filed'));
    await fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2027-02-05' } });
    await waitFor(async () => expect((await verdict()).textContent).toBe('Cannot be filed'));
  });

  it('shows a date in the Japanese era and keeps half-typed text', async () => {
    const { saved } = mount({ ...AGENT, procedure: 'extension', channel: 'online' }, 'ja');
    const expiry = screen.getByLabelText('在留期間満了日') as HTMLInputElement;
    await fireEvent.input(expiry, { target: { value: '2027/1/31' } });
    const field = expiry.closest('[data-pointer]') as HTMLElement;
    await waitFor(() =>
      expect(within(field).getByTestId('era').textContent).toBe('令和9年1月31日'),
    );
    expect(saved).toHaveBeenLastCalledWith(
      expect.objectContaining({
        applicant: expect.objectContaining({ stayExpires: '2027-01-31' }),
      }),
      { '/applicant/stayExpires': '2027/1/31' },
    );

    await fireEvent.input(expiry, { target: { value: '2027-0' } });
    expect(expiry.value).toBe('2027-0');
    const [draft, formState] = saved.mock.lastCall!;
    expect(draft.applicant.stayExpires).toBeUndefined();
    expect(formState).toEqual({ '/applicant/stayExpires': '2027-0' });
  });

  it('marks the fields the verdict needs and focuses one from the report', async () => {
    mount({ ...AGENT, procedure: 'extension', channel: 'online' });
    const marker = await screen.findByText('Answer needed');
    const field = marker.closest('[data-pointer]');
    expect(field?.getAttribute('data-pointer')).toBe('/applicant/stayExpires');
    await fireEvent.click(
      await screen.findByRole('button', { name: 'Expiry of the period of stay' }),
    );
    expect(document.activeElement?.getAttribute('name')).toBe('/applicant/stayExpires');
  });

  it('asks a COE for the status applied for, not the current status', async () => {
    mount({ procedure: 'coe', channel: 'online', filer: { category: 'org_staff' } });
    expect(screen.getByLabelText('Status applied for')).toBeTruthy();
    expect(screen.queryByLabelText('Current status of residence')).toBeNull();
    expect(screen.queryByLabelText('Expiry of the period of stay')).toBeNull();
  });

  it('switches the labels with the language', async () => {
    mount({ procedure: 'extension', channel: 'online' });
    expect(screen.getByLabelText('Procedure')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Extension of Period of Stay' })).toBeTruthy();
    language.set('ja');
    expect(await screen.findByLabelText('申請の種類')).toBeTruthy();
    expect(screen.getByRole('option', { name: '在留期間更新許可申請' })).toBeTruthy();
    await waitFor(async () => expect((await verdict()).textContent).toBe('入力が必要です'));
  });

  it('offers the receipt methods the report allows and renders the attachment slot', async () => {
    mount({ ...AGENT, procedure: 'extension', channel: 'online', withProcedures: ['reentry'] });
    expect(screen.getByTestId('attachment-slot')).toBeTruthy();
    await waitFor(() => {
      const select = screen.getByLabelText('Receipt method') as HTMLSelectElement;
      const ids = [...select.options].map((o) => o.value).filter(Boolean);
      expect(ids).toEqual(['counter']);
    });
    expect(screen.getByLabelText('Re-entry kind')).toBeTruthy();
  });
});

describe('EditorPage after a reload', () => {
  it('shows the half-typed text kept in the form state', async () => {
    language.set('en');
    render(EditorHarness, {
      service,
      initial: { ...AGENT, procedure: 'extension', channel: 'online' },
      initialForm: { '/applicant/stayExpires': '2027-01', '/applicant/periodOfStay': '1年' },
      asOf: AS_OF,
      saved: vi.fn(),
    });
    const expiry = screen.getByLabelText('Expiry of the period of stay') as HTMLInputElement;
    expect(expiry.value).toBe('2027-01');
    expect(expiry.getAttribute('aria-invalid')).toBe('true');
    // The stored P1Y came from "1年"; the typed form is what the user sees again.
    expect((screen.getByLabelText('Period of stay') as HTMLInputElement).value).toBe('1年');
  });
});

describe('EditorPage answers no longer asked', () => {
  it('keeps them, names them and removes them on request', async () => {
    const { saved } = mount({
      procedure: 'coe',
      channel: 'online',
      applicant: { status: 'student', stayExpires: '2027-01-31' },
    });
    const note = screen.getByTestId('unasked');
    expect(note.textContent).toContain('Current status of residence');
    expect(note.textContent).toContain('Expiry of the period of stay');
    await fireEvent.click(within(note).getByRole('button', { name: 'Remove them' }));
    expect(saved.mock.lastCall![0]).toEqual({ procedure: 'coe', channel: 'online' });
    expect(screen.queryByTestId('unasked')).toBeNull();
  });
});
