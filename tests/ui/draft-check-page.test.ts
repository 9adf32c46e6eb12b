// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DraftCheckPage from '../../src/ui/check/DraftCheckPage.svelte';
import { Locale } from '../../src/ui/i18n/locale.svelte';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('DraftCheckPage', () => {
  it('checks the draft through the core and names a missing answer', async () => {
    localStorage.clear();
    const locale = new Locale(memoryStorage());
    locale.set('en');
    render(DraftCheckPage, { locale });
    const editor = screen.getByLabelText('Draft (JSON)');
    await fireEvent.input(editor, { target: { value: '{"channel": "online"}' } });
    expect(await screen.findByText('More input needed')).toBeTruthy();
    expect(screen.getByText('/procedure')).toBeTruthy();
  });

  it('reports JSON that cannot be read and keeps the text', async () => {
    localStorage.clear();
    const locale = new Locale(memoryStorage());
    render(DraftCheckPage, { locale });
    const editor = screen.getByLabelText('申請内容（JSON）') as HTMLTextAreaElement;
    await fireEvent.input(editor, { target: { value: '{"procedure": ' } });
    expect((await screen.findByRole('alert')).textContent).toContain('JSONとして読めません');
    expect(localStorage.getItem('zairyu-precheck.scratch-draft')).toBe('{"procedure": ');
  });

  it('names the field of an invalid draft', async () => {
    localStorage.clear();
    const locale = new Locale(memoryStorage());
    locale.set('en');
    render(DraftCheckPage, { locale });
    const editor = screen.getByLabelText('Draft (JSON)');
    await fireEvent.input(editor, { target: { value: '{"procedure": "holiday"}' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('/procedure');
  });
});
