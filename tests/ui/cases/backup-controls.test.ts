// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import CaseList from '../../../src/ui/cases/CaseList.svelte';
import { language } from '../../../src/ui/i18n/language.svelte';
import { caseStorage, listRules, extension, LIST_NOW } from './fixtures';

function english() {
  language.set('en');
  return {};
}

async function pick(input: HTMLElement, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
}

describe('backup in the case list', () => {
  it('exports every case and imports them into an empty browser', async () => {
    const source = caseStorage();
    await source.drafts.create({
      title: 'Kim',
      draft: extension('KIM', '2026-12-20'),
      formState: { x: '20' },
    });
    await source.drafts.create({ title: 'Le', draft: {} });
    const download = vi.fn();
    const first = render(CaseList, {
      ...english(),
      storage: source,
      onOpen: vi.fn(),
      download,
      ...listRules(),
      now: () => LIST_NOW,
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    const [fileName, json] = download.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/^zairyu-precheck-backup-.*\.json$/);
    expect(await screen.findByText(`Saved 2 cases to ${fileName}.`)).toBeTruthy();
    first.unmount();

    const target = caseStorage();
    render(CaseList, {
      ...english(),
      storage: target,
      onOpen: vi.fn(),
      download,
      ...listRules(),
      now: () => LIST_NOW,
    });
    await pick(screen.getByLabelText('Import backup'), fileName, json);
    expect(await screen.findByText('Imported 2 cases (2 new, 0 replaced).')).toBeTruthy();
    expect(await target.drafts.list()).toEqual(await source.drafts.list());
    expect(await screen.findByRole('button', { name: 'Open: Kim' })).toBeTruthy();
  });

  it('stores the good rows, sets a bad row aside with its pointer, and shows, exports and deletes it', async () => {
    const storage = caseStorage();
    await storage.drafts.create({ title: 'Kept', draft: {} });
    const download = vi.fn();
    vi.stubGlobal('confirm', () => true);
    render(CaseList, {
      ...english(),
      storage,
      onOpen: vi.fn(),
      download,
      ...listRules(),
      now: () => LIST_NOW,
    });
    const row = (id: string, title: string, draft: unknown) => ({
      id,
      title,
      draft,
      createdAt: '2026-11-23T01:00:00Z',
      updatedAt: '2026-11-23T01:00:00Z',
      schemaVersion: 2,
    });
    const file = {
      format: 'zairyu-precheck.backup',
      version: 1,
      exportedAt: '2026-11-23T01:00:00Z',
      drafts: [
        row('0b7c5a52-8d1e-4c3e-9a57-1f2d3c4b5a60', 'Good', {}),
        row('1c8d6b63-9e2f-4d4f-8b68-2e3f4d5c6b71', 'Broken', { applicant: 'NGUYEN' }),
      ],
    };
    await pick(screen.getByLabelText('Import backup'), 'mixed.json', JSON.stringify(file));
    expect(
      await screen.findByText('Import: 1 new, 0 replaced, 0 skipped, 1 set aside'),
    ).toBeTruthy();
    expect(screen.getByText(/\/drafts\/1 \(Broken\) set aside/)).toBeTruthy();
    expect((await storage.drafts.list()).map((r) => r.title).sort()).toEqual(['Good', 'Kept']);

    const panel = await screen.findByRole('region', {
      name: 'Set aside: 1 rows that could not be read',
    });
    expect(panel.textContent).toContain('/draft/applicant');
    expect(panel.textContent).toContain('backup mixed.json, row 1');
    expect(panel.textContent).toContain('How to fix');
    await fireEvent.click(screen.getByRole('button', { name: 'Export set-aside rows (JSON)' }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    const [, json] = download.mock.calls[0] as [string, string];
    expect((JSON.parse(json) as { drafts: { title: string }[] }).drafts[0]!.title).toBe('Broken');
    await fireEvent.click(screen.getByRole('button', { name: 'Delete set-aside row Broken' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /Set aside/ })).toBeNull());
    expect(await storage.quarantine.count()).toBe(0);
    vi.unstubAllGlobals();
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const storage = caseStorage();
    await storage.drafts.create({ title: 'Kept', draft: {} });
    render(CaseList, {
      ...english(),
      storage,
      onOpen: vi.fn(),
      ...listRules(),
      now: () => LIST_NOW,
    });
    await pick(
      screen.getByLabelText('Import backup'),
      'other.json',
      JSON.stringify({
        format: 'other',
        version: 1,
        exportedAt: '2026-11-23T01:00:00Z',
        drafts: [],
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The backup was not imported; nothing was changed.');
    expect(alert.textContent).toContain('/format');
    expect((await storage.drafts.list()).map((r) => r.title)).toEqual(['Kept']);
    await pick(screen.getByLabelText('Import backup'), 'bad.json', 'not json');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('The file is not JSON'),
    );
  });

  it('reports whether the browser keeps the data', async () => {
    render(CaseList, {
      ...english(),
      storage: caseStorage(false),
      onOpen: vi.fn(),
      ...listRules(),
      now: () => LIST_NOW,
    });
    expect(await screen.findByText(/may clear them when space runs low/)).toBeTruthy();
  });
});
