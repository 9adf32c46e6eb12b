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

  it('refuses an invalid backup, names the pointer and changes nothing', async () => {
    const storage = caseStorage();
    await storage.drafts.create({ title: 'Kept', draft: {} });
    render(CaseList, {
      ...english(),
      storage,
      onOpen: vi.fn(),
      ...listRules(),
      now: () => LIST_NOW,
    });
    const bad = {
      format: 'zairyu-precheck.backup',
      version: 1,
      exportedAt: '2026-11-23T01:00:00Z',
      drafts: [
        {
          id: 'nope',
          title: 'X',
          draft: {},
          createdAt: '2026-11-23T01:00:00Z',
          updatedAt: '2026-11-23T01:00:00Z',
          schemaVersion: 2,
        },
      ],
    };
    await pick(screen.getByLabelText('Import backup'), 'bad.json', JSON.stringify(bad));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The backup was not imported; nothing was changed.');
    expect(alert.textContent).toContain('/drafts/0/id');
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
