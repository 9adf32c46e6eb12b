// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { language } from '../../../src/ui/i18n/language.svelte';
import CaseEditorScreen from '../../../src/ui/shell/CaseEditorScreen.svelte';
import { hasAnswer, NEW_CASE_ID } from '../../../src/ui/shell/new-case';
import { caseStorage, checkService } from '../cases/fixtures';

describe('a new case', () => {
  it('is stored with its first answer, under its own address, and saves what follows', async () => {
    language.set('en');
    location.hash = '#/cases/new';
    const storage = caseStorage();
    const view = render(CaseEditorScreen, { storage, service: checkService(), id: NEW_CASE_ID });
    expect(await screen.findByTestId('case-unsaved')).toBeTruthy();
    expect(await storage.drafts.list({})).toHaveLength(0);

    await fireEvent.change(screen.getByLabelText('Procedure', { exact: true }), {
      target: { value: 'extension' },
    });
    await waitFor(async () => expect(await storage.drafts.list({})).toHaveLength(1));
    const [created] = await storage.drafts.list({});
    expect(created!.draft.procedure).toBe('extension');
    expect(location.hash).toBe(`#/cases/${created!.id}`);
    await waitFor(() => expect(screen.queryByTestId('case-unsaved')).toBeNull());

    const title = screen.getByLabelText('Case title', { exact: true });
    await fireEvent.input(title, { target: { value: 'NGUYEN VAN A' } });
    await waitFor(async () =>
      expect((await storage.drafts.get(created!.id))?.title).toBe('NGUYEN VAN A'),
    );
    expect(await storage.drafts.list({})).toHaveLength(1);
    view.unmount();
  });

  it('left without an answer stores nothing', async () => {
    language.set('en');
    const storage = caseStorage();
    const view = render(CaseEditorScreen, { storage, service: checkService(), id: NEW_CASE_ID });
    await screen.findByTestId('case-unsaved');
    await fireEvent.input(screen.getByLabelText('Case title', { exact: true }), {
      target: { value: '   ' },
    });
    view.unmount();
    dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await storage.drafts.list({})).toHaveLength(0);
  });

  it('counts a title, an answer or text typed in a field as an answer', () => {
    const empty = { title: '', draft: {}, formState: {} };
    expect(hasAnswer(empty)).toBe(false);
    expect(hasAnswer({ ...empty, title: ' ' })).toBe(false);
    expect(hasAnswer({ ...empty, title: 'K' })).toBe(true);
    expect(hasAnswer({ ...empty, draft: { procedure: 'extension' } })).toBe(true);
    expect(hasAnswer({ ...empty, formState: { '/applicant/stayExpires': '２０２８年' } })).toBe(
      true,
    );
  });
});
