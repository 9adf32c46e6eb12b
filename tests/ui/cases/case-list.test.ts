// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import CaseList from '../../../src/ui/cases/CaseList.svelte';
import { language } from '../../../src/ui/i18n/language.svelte';
import { NEW_CASE_ID } from '../../../src/ui/shell/new-case';
import { caseStorage, listRules, extension, LIST_NOW } from './fixtures';

async function seed(storage: ReturnType<typeof caseStorage>) {
  await storage.drafts.create({ title: 'Far', draft: extension('FAR', '2027-06-01') });
  await storage.drafts.create({ title: 'Soon', draft: extension('SOON', '2026-12-01') });
  await storage.drafts.create({ title: 'Late', draft: extension('LATE', '2026-11-01') });
  await storage.drafts.create({ title: '', draft: { applicant: { name: 'Only Name' } } });
}

function mount(storage: ReturnType<typeof caseStorage>, lang: 'ja' | 'en' = 'en') {
  language.set(lang);
  const onOpen = vi.fn();
  const download = vi.fn();
  render(CaseList, { storage, onOpen, download, ...listRules(), now: () => LIST_NOW });
  return { onOpen, download };
}

const titles = () =>
  screen
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent?.trim())
    .filter((t) => t !== 'Backup');

describe('CaseList', () => {
  it('shows each case state, deadline and procedure, nearest deadline first', async () => {
    const storage = caseStorage();
    await seed(storage);
    mount(storage);
    // Without a procedure the deadline cannot be computed: it needs attention first.
    await waitFor(() => expect(titles()).toEqual(['Only Name', 'Late', 'Soon', 'Far']));
    await waitFor(() => expect(screen.queryByText(/Checking…/)).toBeNull());
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Needs input');
    expect(items[0]!.textContent).toContain('Deadline unknown');
    expect(items[0]!.textContent).not.toContain('No deadline');
    expect(items[1]!.textContent).toContain('Too late (window closed on 31 Oct 2026)');
    expect(items[2]!.textContent).toContain('Closes in 7 days');
    expect(items[2]!.textContent).toContain('by 30 Nov 2026 (in 7 days)');
    expect(items[2]!.textContent).toContain('Extension of Period of Stay');
    expect(items[3]!.textContent).toContain('Window not yet open (opens on 1 Mar 2027)');
    expect(screen.getByText(/4 cases/)).toBeTruthy();
  });

  it('filters by state, procedure and search text, and sorts by name', async () => {
    const storage = caseStorage();
    await seed(storage);
    mount(storage);
    await waitFor(() => expect(titles()).toHaveLength(4));
    await fireEvent.change(screen.getByLabelText('State'), { target: { value: 'too_late' } });
    await waitFor(() => expect(titles()).toEqual(['Late']));
    await fireEvent.change(screen.getByLabelText('State'), { target: { value: '*' } });
    await fireEvent.change(screen.getByLabelText('Procedure'), { target: { value: '' } });
    await waitFor(() => expect(titles()).toEqual(['Only Name']));
    await fireEvent.change(screen.getByLabelText('Procedure'), { target: { value: '*' } });
    await fireEvent.input(screen.getByLabelText('Search (name, procedure)'), {
      target: { value: 'so' },
    });
    await waitFor(() => expect(titles()).toEqual(['Soon']));
    expect(screen.getByText(/1 of 4 cases/)).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('Search (name, procedure)'), {
      target: { value: '' },
    });
    await fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'title' } });
    await waitFor(() => expect(titles()).toEqual(['Far', 'Late', 'Only Name', 'Soon']));
  });

  it('creates and opens cases through onOpen', async () => {
    const storage = caseStorage();
    await seed(storage);
    const { onOpen } = mount(storage);
    await screen.findByRole('button', { name: 'Open: Soon' });
    await fireEvent.click(screen.getByRole('button', { name: 'Open: Soon' }));
    const soon = (await storage.drafts.list({ text: 'soon' }))[0]!;
    expect(onOpen).toHaveBeenLastCalledWith(soon.id);
    // "New case" opens an editor that stores the case only with its first answer.
    await fireEvent.click(screen.getByRole('button', { name: 'New case' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(2));
    expect(onOpen).toHaveBeenLastCalledWith(NEW_CASE_ID);
    expect(await storage.drafts.list({})).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Open: (untitled)' })).toBeNull();
  });

  it('duplicates, and deletes only after confirmation', async () => {
    const storage = caseStorage();
    await storage.drafts.create({ title: 'Kim', draft: extension('KIM', '2026-12-20') });
    mount(storage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Duplicate: Kim' }));
    expect(await screen.findByRole('button', { name: 'Open: Kim (copy)' })).toBeTruthy();
    const statuses = () => screen.getAllByRole('status').map((s) => s.textContent ?? '');
    await waitFor(() =>
      expect(statuses().some((t) => t.includes('Created "Kim (copy)"'))).toBe(true),
    );

    await fireEvent.click(screen.getByRole('button', { name: 'Delete: Kim (copy)' }));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    await fireEvent.keyDown(cancel, { key: 'Escape' });
    expect(screen.queryByText('Delete this case? This cannot be undone.')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete: Kim (copy)' }));
    expect(await storage.drafts.count()).toBe(2);
    await fireEvent.click(screen.getByRole('button', { name: 'Delete: Kim (copy)' }));
    expect(screen.getByText('Delete this case? This cannot be undone.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Delete: Kim (copy)' }));
    await waitFor(() => expect(titles()).toEqual(['Kim']));
    expect(await storage.drafts.count()).toBe(1);
  });

  it('follows changes written elsewhere (the editor, another tab)', async () => {
    const storage = caseStorage();
    const record = await storage.drafts.create({ title: 'Tran', draft: {} });
    mount(storage);
    const item = await screen.findByRole('listitem');
    await waitFor(() => expect(item.textContent).toContain('Needs input'));
    await storage.drafts.save(record.id, { draft: extension('TRAN', '2027-06-01') });
    await waitFor(() =>
      expect(screen.getByRole('listitem').textContent).toContain('Window not yet open'),
    );
  });

  it('marks a draft the core cannot read as having errors', async () => {
    const storage = caseStorage();
    // Valid by the draft schema, but the stay expires beyond the calendar the core covers.
    await storage.drafts.create({ title: 'Odd', draft: extension('ODD', '2099-01-01') });
    mount(storage);
    const item = await screen.findByRole('listitem');
    await waitFor(() => expect(item.textContent).toMatch(/Has errors \(\d+\)/));
  });

  it('sets a stored draft outside the draft schema aside with its reason; the others stay listed', async () => {
    const storage = caseStorage();
    await storage.drafts.create({ title: 'Good', draft: extension('GOOD', '2027-06-01') });
    await storage.drafts.create({ title: 'Odd', draft: { procedure: 'holiday' } as never });
    mount(storage);
    const panel = await screen.findByRole('region', { name: /1/ }, { timeout: 15000 });
    expect(panel.textContent).toContain('Odd');
    expect(panel.textContent).toContain('/draft/procedure');
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Open: / })).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Open: Good' })).toBeTruthy();
  });

  it('speaks Japanese', async () => {
    const storage = caseStorage();
    await storage.drafts.create({ title: '', draft: extension('LE', '2026-12-01') });
    mount(storage, 'ja');
    expect(await screen.findByRole('heading', { name: '案件一覧' })).toBeTruthy();
    const item = await screen.findByRole('listitem');
    await waitFor(() => expect(item.textContent).toContain('7日後に締切'));
    expect(item.textContent).toContain('2026年11月30日まで');
    expect(within(item).getByRole('button', { name: '開く: LE' })).toBeTruthy();
    expect(screen.getByLabelText('検索（名前・手続）')).toBeTruthy();
  });
});
