// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { language } from '../../../src/ui/i18n/language.svelte';
import ParameterValueInput from '../../../src/ui/workbench/ParameterValueInput.svelte';
import { splitBytes, valueForm } from '../../../src/ui/workbench/parameter-form';
import { shippedPack } from '../../support/shipped-pack';

describe('parameter values without JSON', () => {
  it('picks a form from the unit the parameter declares', () => {
    expect(valueForm('status ids', ['student'])).toEqual({ kind: 'choices', list: 'statuses' });
    expect(valueForm('bytes', 10_485_760)).toEqual({ kind: 'bytes' });
    expect(valueForm('ISO 8601 duration', 'P3M')).toEqual({ kind: 'duration' });
    expect(valueForm('days', 14)).toEqual({ kind: 'number', unit: 'days' });
    expect(valueForm('yen per channel and procedure id', { online: {} })).toEqual({
      kind: 'json',
    });
    expect(splitBytes(10_485_760)).toEqual({ amount: 10, unit: 'MiB' });
    expect(splitBytes(25_000_000)).toEqual({ amount: 25, unit: 'MB' });
  });

  it('edits a list of statuses with checkboxes named from the vocabulary', async () => {
    language.set('ja');
    const onChange = vi.fn();
    render(ParameterValueInput, {
      form: { kind: 'choices', list: 'statuses' },
      value: ['student'],
      vocabulary: shippedPack().vocabulary,
      describedBy: 'help',
      onChange,
    });
    expect((screen.getByLabelText('留学') as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(screen.getByLabelText('永住者'));
    expect(onChange).toHaveBeenLastCalledWith(['student', 'permanent_resident']);
  });

  it('edits a byte size with a unit and a period as people write it', async () => {
    language.set('en');
    const onChange = vi.fn();
    render(ParameterValueInput, {
      form: { kind: 'bytes' },
      value: 10_485_760,
      vocabulary: shippedPack().vocabulary,
      describedBy: 'help',
      onChange,
    });
    await fireEvent.change(screen.getByLabelText('Unit'), { target: { value: 'MB' } });
    expect(onChange).toHaveBeenLastCalledWith(10_000_000);
  });
});
