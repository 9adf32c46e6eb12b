// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { shippedRulePack } from '../../../src/services/rule-pack-runtime';
import { language } from '../../../src/ui/i18n/language.svelte';
import ChecksPanel from '../../../src/ui/workbench/ChecksPanel.svelte';
import DraftPreview from '../../../src/ui/workbench/DraftPreview.svelte';
import VerdictChanges from '../../../src/ui/workbench/VerdictChanges.svelte';
import { WorkbenchState } from '../../../src/ui/workbench/workbench-state.svelte';
import { addDatedValue } from '../../../src/workbench/pack-edits';
import { locateParameter } from '../../../src/workbench/pack-locate';

function locale(lang: 'ja' | 'en' = 'en') {
  language.set(lang);
  return {};
}
function workbench() {
  const active = shippedRulePack();
  return new WorkbenchState(active.files, { files: active.files, pack: active.pack }, 0);
}
const draft = {
  filer: {
    category: 'lawyer',
    credential: { kind: 'notified_certificate', number: '123456789012', expires: '2028-03-31' },
  },
  applicant: {
    name: 'A',
    birthDate: '1990-01-01',
    nationality: 'VNM',
    status: 'engineer_humanities_international',
    periodOfStay: 'P1Y',
    stayExpires: '2027-01-31',
  },
  procedure: 'extension',
  channel: 'online',
  bureau: 'tokyo',
};

describe('test panels', () => {
  it('previews a saved draft as of a date and adds it as a case in one step', async () => {
    const wb = workbench();
    const listDrafts = async () => [{ id: 'd1', title: 'Nguyen extension', draft }];
    render(DraftPreview, { wb, ...locale(), listDrafts });
    const pick = await screen.findByLabelText('Saved draft');
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'Nguyen extension' })).toBeTruthy(),
    );
    await fireEvent.change(pick, { target: { value: 'd1' } });
    await fireEvent.input(screen.getByLabelText('As of (Japan time)'), {
      target: { value: '2026-11-24T10:00' },
    });
    expect((await screen.findByTestId('verdict')).textContent).toBe('Can be filed');
    await fireEvent.input(screen.getByLabelText('Case name'), {
      target: { value: 'lawyer extension is fileable' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Add as a test case' }));
    const file = wb.files['rules/after-examination/cases/workbench.json'] as {
      cases: { name: string; expect: { verdict: string } }[];
    };
    expect(file.cases[0]).toMatchObject({
      name: 'lawyer extension is fileable',
      expect: { verdict: 'fileable' },
    });
    expect(screen.getByText(/Test case added/)).toBeTruthy();
  });

  it('lists saved drafts whose verdict the edit changes', async () => {
    const wb = workbench();
    const last = Object.values(locateParameter(wb.files, 'online.procedures')!.values).at(-1)!;
    wb.edit((f) =>
      addDatedValue(f, wb.base, 'online.procedures', '2020-04-01', { ...last, value: ['coe'] }),
    );
    wb.validateNow();
    const listDrafts = async () => [{ id: 'd1', title: 'Nguyen extension', draft }];
    render(VerdictChanges, { wb, ...locale(), listDrafts });
    await fireEvent.click(screen.getByRole('button', { name: 'Check saved drafts' }));
    expect(await screen.findByText('Nguyen extension')).toBeTruthy();
    expect(screen.getByText('not fileable')).toBeTruthy();
  });

  it('runs the static checks in Japanese and lists each kind', async () => {
    render(ChecksPanel, { wb: workbench(), ...locale('ja'), onEditRule: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'チェックを実行' }));
    expect(screen.getByRole('heading', { name: /成り立つことのないルール/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /どのルールも判断しない組み合わせ/ })).toBeTruthy();
    expect(screen.getByText(/手続×在留資格×申請者の組み合わせ/)).toBeTruthy();
  });
});
