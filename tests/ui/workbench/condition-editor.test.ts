// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { ConditionNode } from '../../../src/domain/model/rule';
import ConditionEditor from '../../../src/ui/workbench/ConditionEditor.svelte';
import { language } from '../../../src/ui/i18n/language.svelte';
import { factOptions } from '../../../src/workbench/fact-options';
import { shippedPack } from '../../support/shipped-pack';

function english() {
  language.set('en');
  return {};
}

const root: ConditionNode = {
  all: [
    { fact: 'channel', operator: 'equal', value: 'online' },
    { fact: 'procedure', operator: 'notIn', value: { fact: 'param.online.procedures' } },
  ],
};

describe('ConditionEditor', () => {
  const facts = factOptions('draft', shippedPack().parameters);

  it('edits all / any, adds and removes conditions with labelled controls', async () => {
    const onchange = vi.fn();
    render(ConditionEditor, { root, facts, ...english(), onchange });
    await fireEvent.change(screen.getByLabelText(/Condition group/), { target: { value: 'any' } });
    expect(onchange).toHaveBeenLastCalledWith({ any: (root as { all: unknown[] }).all });
    await fireEvent.click(screen.getByRole('button', { name: 'Add condition /' }));
    expect(onchange.mock.lastCall![0].all).toHaveLength(3);
    await fireEvent.click(screen.getByRole('button', { name: 'Remove /all/0' }));
    expect(onchange.mock.lastCall![0]).toEqual({ all: [(root as { all: unknown[] }).all[1]] });
    await fireEvent.click(screen.getByRole('button', { name: 'Negate / un-negate /all/1' }));
    expect(onchange.mock.lastCall![0].all[1]).toHaveProperty('not');
  });

  it('offers catalogue facts and operators, and compares with a parameter', async () => {
    const onchange = vi.fn();
    render(ConditionEditor, { root, facts, ...english(), onchange });
    const factSelects = screen.getAllByLabelText('Fact') as HTMLSelectElement[];
    expect(factSelects[0]!.value).toBe('channel');
    expect([...factSelects[0]!.options].map((o) => o.value)).toEqual(
      expect.arrayContaining(['windowIsOpen', 'param.online.procedures', 'stayExpires']),
    );
    await fireEvent.change(factSelects[0]!, { target: { value: 'bureau' } });
    expect(onchange.mock.lastCall![0].all[0]).toEqual({
      fact: 'bureau',
      operator: 'equal',
      value: 'online',
    });
    const values = screen.getAllByLabelText('Value');
    expect((values[1] as HTMLSelectElement).value).toBe('param.online.procedures');
    await fireEvent.change(values[0]!, { target: { value: 'tokyo' } });
    expect(onchange.mock.lastCall![0].all[0].value).toBe('tokyo');
    const operators = screen.getAllByLabelText('Operator') as HTMLSelectElement[];
    await fireEvent.change(operators[1]!, { target: { value: 'in' } });
    expect(onchange.mock.lastCall![0].all[1].operator).toBe('in');
  });
});
