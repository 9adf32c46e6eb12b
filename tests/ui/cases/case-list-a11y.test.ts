// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import CaseList from '../../../src/ui/cases/CaseList.svelte';
import { language } from '../../../src/ui/i18n/language.svelte';
import { caseStorage, listRules, extension, LIST_NOW } from './fixtures';

function locale(lang: 'ja' | 'en') {
  language.set(lang);
  return {};
}

async function violations(container: HTMLElement): Promise<string[]> {
  // jsdom has no layout, so contrast is checked in the browser tests, not here.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

describe('CaseList accessibility', () => {
  it.each(['ja', 'en'] as const)('has no axe violations with cases, in %s', async (lang) => {
    const storage = caseStorage();
    await storage.drafts.create({ title: 'Kim', draft: extension('KIM', '2026-12-01') });
    await storage.drafts.create({ title: '', draft: {} });
    const { container } = render(CaseList, {
      ...locale(lang),
      storage,
      onOpen: vi.fn(),
      ...listRules(),
      now: () => LIST_NOW,
    });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    expect(await violations(container)).toEqual([]);
    // The delete confirmation too.
    await fireEvent.click(screen.getAllByRole('button', { name: /^(Delete|削除): / })[0]!);
    expect(await violations(container)).toEqual([]);
  });

  it('remembers the chosen sort order', async () => {
    const storage = caseStorage();
    const props = {
      ...locale('en'),
      storage,
      onOpen: vi.fn(),
      ...listRules(),
      now: () => LIST_NOW,
    };
    const first = render(CaseList, props);
    await screen.findByText('No cases yet. Start with "New case".');
    await fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'updated' } });
    await waitFor(async () => expect(await storage.settings.get('caseSort')).toBe('updated'));
    first.unmount();
    render(CaseList, props);
    await waitFor(() =>
      expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('updated'),
    );
  });
});
