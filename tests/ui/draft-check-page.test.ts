// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DraftCheckPage from '../../src/ui/check/DraftCheckPage.svelte';
import { language } from '../../src/ui/i18n/language.svelte';

describe('DraftCheckPage', () => {
  it('checks the draft through the core and names a missing answer', async () => {
    localStorage.clear();
    language.set('en');
    render(DraftCheckPage);
    const editor = screen.getByLabelText('Draft (JSON)');
    await fireEvent.input(editor, { target: { value: '{"channel": "online"}' } });
    expect(await screen.findByText('More input needed')).toBeTruthy();
    expect(screen.getByText('Procedure')).toBeTruthy();
  });

  it('reports JSON that cannot be read and keeps the text', async () => {
    localStorage.clear();
    language.set('ja');
    render(DraftCheckPage);
    const editor = screen.getByLabelText('申請内容（JSON）') as HTMLTextAreaElement;
    await fireEvent.input(editor, { target: { value: '{"procedure": ' } });
    expect((await screen.findByRole('alert')).textContent).toContain('JSONとして読めません');
    expect(localStorage.getItem('zairyu-precheck.scratch-draft')).toBe('{"procedure": ');
  });

  it('names the field of an invalid draft', async () => {
    localStorage.clear();
    language.set('en');
    render(DraftCheckPage);
    const editor = screen.getByLabelText('Draft (JSON)');
    await fireEvent.input(editor, { target: { value: '{"procedure": "holiday"}' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('/procedure');
  });
});
