// @vitest-environment jsdom
import { Temporal } from '@js-temporal/polyfill';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import AsOfControl from '../../../src/ui/editor/AsOfControl.svelte';
import { language } from '../../../src/ui/i18n/language.svelte';

function locale() {
  language.set('en');
  return {};
}

describe('AsOfControl', () => {
  it('shows the instant in Japan time with its era and hands on a +09:00 instant', async () => {
    const onChange = vi.fn();
    render(AsOfControl, { ...locale(), value: '2026-11-23T15:30:00Z', onChange });
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2026-11-24');
    expect((screen.getByLabelText('Time') as HTMLInputElement).value).toBe('00:30');
    // English screens show the era in English (the Japanese form is on Japanese screens).
    expect(screen.getByTestId('as-of-era').textContent).toContain('November 24, 8 Reiwa');
    await fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2027-01-31' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-01-31T00:30:00+09:00');
    await fireEvent.change(screen.getByLabelText('Time'), { target: { value: '17:45' } });
    expect(onChange).toHaveBeenLastCalledWith('2026-11-24T17:45:00+09:00');
  });

  it('goes back to now', async () => {
    const onChange = vi.fn();
    const now = () => Temporal.Instant.from('2026-12-01T03:04:59Z');
    render(AsOfControl, { ...locale(), value: '2026-11-24T10:00:00+09:00', onChange, now });
    await fireEvent.click(screen.getByRole('button', { name: 'Now' }));
    expect(onChange).toHaveBeenLastCalledWith('2026-12-01T12:04:00+09:00');
  });
});
